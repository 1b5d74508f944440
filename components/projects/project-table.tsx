import { getTranslations } from 'next-intl/server';
import { LocalisedText } from '@/components/localised-text';
import type { ProjectListItem } from '@/lib/data/projects';
import { formatUsd } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { nameIn, type AppLocale } from '@/lib/i18n/routing';

/** The projects of one page of results. */
export async function ProjectTable({ items, locale }: { items: ProjectListItem[]; locale: AppLocale }) {
  const t = await getTranslations('projects');
  const ts = await getTranslations('status');
  return (
    <div className="mt-4 overflow-x-auto">
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
            <th scope="col" className="py-2 text-right">
              {t('colBudget')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.code} className="border-b border-slate-200 align-top" data-code={p.code}>
              <td className="py-2 pr-3 font-mono whitespace-nowrap">
                <Link
                  href={{ pathname: '/projects/[code]', params: { code: p.code } }}
                  className="text-iom-blue underline"
                >
                  {p.code}
                </Link>
              </td>
              <td className="py-2 pr-3">
                <LocalisedText text={p.title} locale={locale} noted={false} />
              </td>
              <td className="py-2 pr-3">{nameIn(p.region, locale)}</td>
              <td className="py-2 pr-3">{ts(p.status)}</td>
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
