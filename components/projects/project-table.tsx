import { getTranslations } from 'next-intl/server';
import { LocalisedText } from '@/components/localised-text';
import { PlainLink } from '@/components/plain-link';
import type { ProjectListItem } from '@/lib/data/projects';
import { formatUsd } from '@/lib/format';
import { nameIn, type AppLocale } from '@/lib/i18n/routing';

/** A project's years as "start–end" ("2021" when it starts and ends the same year), or `none` when neither is known. */
export function projectYears(p: Pick<ProjectListItem, 'startYear' | 'endYear'>, none: string): string {
  if (p.startYear === null && p.endYear === null) return none;
  if (p.startYear === p.endYear) return String(p.startYear);
  return [p.startYear, p.endYear].map((y) => y ?? '…').join('–');
}

/**
 * The projects of one page of results as a table, from the width where it fits (`md`; phones get the cards of
 * `ProjectCards`) and on paper; a table wider than its column scrolls in its own box, never widening the page.
 */
export async function ProjectTable({ items, locale }: { items: ProjectListItem[]; locale: AppLocale }) {
  const t = await getTranslations('projects');
  const tl = await getTranslations('projectList');
  const ts = await getTranslations('status');
  const href = (code: string) => ({ pathname: '/projects/[code]' as const, params: { code } });
  return (
    <div className="mt-4 hidden overflow-x-auto md:block print:block">
      <table className="w-full border-collapse text-left" data-testid="project-table">
        <caption className="sr-only">{t('tableCaption')}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-3">
              {t('colCode')}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t('colTitle')}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t('colRegion')}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t('colStatus')}
            </th>
            <th scope="col" className="py-2 pr-3">
              {tl('colYears')}
            </th>
            <th scope="col" className="py-2 text-right">
              {t('colBudget')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.code} className="border-b border-slate-200 align-top" data-code={p.code}>
              <td className="py-2 pr-3 font-mono whitespace-nowrap">
                <PlainLink locale={locale} href={href(p.code)} className="text-iom-blue underline">
                  {p.code}
                </PlainLink>
              </td>
              <td className="py-2 pr-3">
                <PlainLink locale={locale} href={href(p.code)} className="text-iom-blue underline" data-field="title">
                  <LocalisedText text={p.title} locale={locale} noted={false} />
                </PlainLink>
              </td>
              <td className="py-2 pr-3">{nameIn(p.region, locale)}</td>
              <td className="py-2 pr-3">{ts(p.status)}</td>
              <td className="py-2 pr-3 whitespace-nowrap" data-field="years">
                {projectYears(p, tl('noYears'))}
              </td>
              <td className="py-2 text-right whitespace-nowrap">
                {p.budgetUsd ? formatUsd(p.budgetUsd, locale) : t('noBudget')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
