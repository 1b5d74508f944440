import { getTranslations } from 'next-intl/server';
import { LocalisedText } from '@/components/localised-text';
import { projectYears } from '@/components/projects/project-table';
import type { ProjectListItem } from '@/lib/data/projects';
import { formatUsd } from '@/lib/format';
import { nameIn, type AppLocale } from '@/lib/i18n/routing';

type Props = {
  items: ProjectListItem[];
  total: number;
  totalBudgetUsd: string;
  locale: AppLocale;
  /** The same view on the portal, and each project's page there (absolute: the page is shown inside another site). */
  viewUrl: string;
  projectUrl: (code: string) => string;
};

const LINK = 'inline-flex min-h-11 items-center text-iom-blue underline';

/** A filtered view of projects for an <iframe>: count, total budget, the first projects and a link to the rest. */
export async function EmbedProjects({ items, total, totalBudgetUsd, locale, viewUrl, projectUrl }: Props) {
  const t = await getTranslations({ locale, namespace: 'embed' });
  const ts = await getTranslations({ locale, namespace: 'status' });
  const tl = await getTranslations({ locale, namespace: 'projectList' });
  return (
    <section aria-labelledby="embed-title" className="text-sm">
      <h1 id="embed-title" className="text-lg font-semibold text-iom-blue-dark">
        {t('listTitle', { count: total })}
      </h1>
      {total > 0 && <p data-testid="embed-total">{t('listBudget', { budget: formatUsd(totalBudgetUsd, locale) })}</p>}
      <ul className="mt-2 divide-y divide-slate-200" data-testid="embed-list">
        {items.map((p) => (
          <li key={p.code} data-code={p.code} className="py-1">
            <a href={projectUrl(p.code)} target="_blank" rel="noopener" className={`${LINK} font-semibold`}>
              <LocalisedText text={p.title} locale={locale} noted={false} />
            </a>
            <p className="text-slate-700">
              {[p.code, nameIn(p.region, locale), ts(p.status), projectYears(p, tl('noYears'))].join(' · ')}
              {p.budgetUsd ? ` · ${formatUsd(p.budgetUsd, locale)}` : ''}
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-2">
        <a href={viewUrl} target="_blank" rel="noopener" className={LINK}>
          {total > items.length ? t('seeAll', { count: total }) : t('openPortal')}
        </a>
      </p>
    </section>
  );
}
