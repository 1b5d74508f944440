import { getTranslations } from 'next-intl/server';
import { PlainLink } from '@/components/plain-link';
import type { RegionSummary } from '@/lib/data/regions';
import { formatUsd } from '@/lib/format';
import { nameIn, type AppLocale } from '@/lib/i18n/routing';

/** Regions with their number of published projects and total budget; each links to the list filtered by it. */
export async function RegionTable({ regions, locale }: { regions: RegionSummary[]; locale: AppLocale }) {
  const t = await getTranslations('regionsPage');
  const totalCount = regions.reduce((s, r) => s + r.projectCount, 0);
  // Sum in cents as integers: amounts are decimal strings, never floats.
  const totalCents = regions.reduce((s, r) => s + BigInt(r.totalBudgetUsd.replace('.', '')), 0n);
  const total = `${String(totalCents / 100n)}.${String(totalCents % 100n).padStart(2, '0')}`;
  return (
    <table className="w-full border-collapse text-left" data-testid="region-table">
      <caption className="sr-only">{t('tableCaption')}</caption>
      <thead>
        <tr className="border-b-2 border-slate-300">
          <th scope="col" className="py-2 pr-4">
            {t('colRegion')}
          </th>
          <th scope="col" className="py-2 pr-4 text-right">
            {t('colProjects')}
          </th>
          <th scope="col" className="py-2 text-right">
            {t('colBudget')}
          </th>
        </tr>
      </thead>
      <tbody>
        {regions.map((r) => (
          <tr key={r.slug} className="border-b border-slate-200" data-region={r.slug}>
            <th scope="row" className="py-2 pr-4 font-normal">
              <PlainLink
                locale={locale}
                href={{ pathname: '/projects', query: { region: r.slug } }}
                className="text-iom-blue underline"
              >
                {nameIn(r, locale)}
              </PlainLink>
            </th>
            <td className="py-2 pr-4 text-right" data-field="count">
              {r.projectCount}
            </td>
            <td className="py-2 text-right" data-field="budget">
              {formatUsd(r.totalBudgetUsd, locale)}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-semibold">
          <th scope="row" className="py-2 pr-4">
            {t('total')}
          </th>
          <td className="py-2 pr-4 text-right" data-field="count">
            {totalCount}
          </td>
          <td className="py-2 text-right" data-field="budget">
            {formatUsd(total, locale)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
