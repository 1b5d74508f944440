import { getFormatter, getTranslations } from 'next-intl/server';
import { BarChart } from '@/components/dashboard/bar-chart';
import type { DashboardBar } from '@/lib/data/dashboard';
import { barLabel, chartColumns, isZeroAmount, largestBar } from '@/lib/data/dashboard-labels';
import { formatShare, formatUsd, formatUsdCompact } from '@/lib/format';
import type { AppLocale } from '@/lib/i18n/routing';
import type { DashboardChart as Chart } from '@/lib/validation/dashboard-params';

type Props = {
  chart: Chart;
  bars: DashboardBar[];
  /** Total budget of the matches (what the bars of every chart but the countries' add up to). */
  totalBudgetUsd: string;
  /** Countries the matches name in all (the country chart's bars are the largest of them). */
  countryCount: number;
  /** The CSV of exactly this chart's figures. */
  csvHref: string;
  locale: AppLocale;
};

const link = 'inline-flex min-h-11 items-center text-iom-blue underline lg:min-h-0';

/**
 * One chart of the dashboard: its heading, a sentence saying what it shows, the bars as server-drawn SVG, the same
 * figures as a table (screen readers, print) and a link to them as CSV.
 */
export async function DashboardChart({ chart, bars, totalBudgetUsd, countryCount, csvHref, locale }: Props) {
  const t = await getTranslations('dashboard');
  const format = await getFormatter();
  const id = `chart-${chart}`;
  const title = t(`charts.${chart}`);
  const labelled = bars.map((bar) => ({ ...bar, label: barLabel(chart, bar, locale) }));
  const largest = largestBar(bars);
  const summary = (() => {
    if (!largest) return t('summary.noCountry');
    if (isZeroAmount(largest.budgetUsd)) return t('summary.noBudget');
    const args = {
      name: barLabel(chart, largest, locale),
      budget: formatUsd(largest.budgetUsd, locale),
      count: largest.count,
    };
    if (chart === 'country') return t('summary.country', { ...args, shown: bars.length, all: countryCount });
    const share = formatShare(Number(largest.budgetUsd) / Number(totalBudgetUsd), locale);
    const key =
      chart === 'startYear' || chart === 'fundingYear'
        ? largest.key === null
          ? (`${chart}Unknown` as const)
          : chart
        : chart;
    return t(`summary.${key}`, { ...args, total: formatUsd(totalBudgetUsd, locale), share });
  })();
  const [labelColumn, countColumn, budgetColumn] = chartColumns(chart, locale);
  return (
    <section aria-labelledby={`${id}-heading`} className="min-w-0" data-testid={`dashboard-${chart}`}>
      <h3 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h3>
      <p className="mt-1">{summary}</p>
      {chart === 'country' && bars.length > 0 && <p className="mt-1 text-sm text-slate-700">{t('countriesNote')}</p>}
      {bars.length > 0 && (
        <>
          <BarChart
            id={id}
            title={title}
            description={summary}
            bars={labelled.map((bar) => ({
              label: bar.label,
              // For drawing only: the figures themselves stay decimal strings.
              value: Number(bar.budgetUsd),
              text: t('barValue', { budget: formatUsdCompact(bar.budgetUsd, locale), count: bar.count }),
            }))}
          />
          <table className="mt-3 w-full max-w-md text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-3 text-left">
                  {labelColumn}
                </th>
                <th scope="col" className="py-1 pr-3 text-right">
                  {countColumn}
                </th>
                <th scope="col" className="py-1 text-right">
                  {budgetColumn}
                </th>
              </tr>
            </thead>
            <tbody>
              {labelled.map((bar) => (
                <tr key={bar.key ?? ''} className="border-b border-slate-200">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">
                    {bar.label}
                  </th>
                  <td className="py-1 pr-3 text-right tabular-nums">{format.number(bar.count)}</td>
                  <td className="py-1 text-right whitespace-nowrap tabular-nums">{formatUsd(bar.budgetUsd, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="no-print mt-2 text-sm">
            <a href={csvHref} className={link} download data-testid="dashboard-csv">
              {t('csvLink')}
              <span className="sr-only"> {t('csvLinkContext', { chart: title })}</span>
            </a>
          </p>
        </>
      )}
    </section>
  );
}
