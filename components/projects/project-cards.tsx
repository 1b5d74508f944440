import { getTranslations } from 'next-intl/server';
import { LocalisedText } from '@/components/localised-text';
import { PlainLink } from '@/components/plain-link';
import { projectYears } from '@/components/projects/project-table';
import type { ProjectListItem } from '@/lib/data/projects';
import { formatUsd } from '@/lib/format';
import { nameIn, type AppLocale } from '@/lib/i18n/routing';

/**
 * The projects of one page of results as cards, on phones (below `md`, where the table does not fit): code, title (the
 * link, a tap target of at least 44 px), region, status, years and budget.
 */
export async function ProjectCards({ items, locale }: { items: ProjectListItem[]; locale: AppLocale }) {
  const t = await getTranslations('projects');
  const tl = await getTranslations('projectList');
  const ts = await getTranslations('status');
  return (
    <ul aria-label={t('tableCaption')} className="mt-4 space-y-3 md:hidden print:hidden" data-testid="project-cards">
      {items.map((p) => (
        <li key={p.code} className="rounded border border-slate-200 px-3 pt-1 pb-3" data-code={p.code}>
          <h3 className="font-semibold">
            <PlainLink
              locale={locale}
              href={{ pathname: '/projects/[code]', params: { code: p.code } }}
              className="flex min-h-11 items-center py-1 text-iom-blue underline"
            >
              <span>
                <LocalisedText text={p.title} locale={locale} noted={false} />
              </span>
            </PlainLink>
          </h3>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 text-sm">
            <dt className="text-slate-700">{t('colCode')}</dt>
            <dd className="font-mono">{p.code}</dd>
            <dt className="text-slate-700">{t('colRegion')}</dt>
            <dd>{nameIn(p.region, locale)}</dd>
            <dt className="text-slate-700">{t('colStatus')}</dt>
            <dd>{ts(p.status)}</dd>
            <dt className="text-slate-700">{tl('colYears')}</dt>
            <dd data-field="years">{projectYears(p, tl('noYears'))}</dd>
            <dt className="text-slate-700">{t('colBudget')}</dt>
            <dd>{p.budgetUsd ? formatUsd(p.budgetUsd, locale) : t('noBudget')}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
