import { getFormatter, getTranslations } from 'next-intl/server';
import type { PortalStats } from '@/lib/data/portal';
import { formatUsd } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

type Figure = {
  key: string;
  href: Parameters<typeof Link>[0]['href'];
  value: string;
  label: string;
  testId: string;
};

// Phones: one figure a row, the number before its words; wider screens: cards, the number above.
const CARD =
  'group flex h-full min-h-11 flex-wrap items-baseline gap-x-2 rounded border border-slate-200 px-4 py-3 ' +
  'hover:border-iom-blue hover:bg-sky-50 sm:flex-col sm:items-start sm:py-4';

/** The portal's key figures, each a link to the list it counts (the budget: projects by budget, largest first). */
export async function KeyFigures({ stats, locale }: { stats: PortalStats; locale: AppLocale }) {
  const t = await getTranslations('home');
  const format = await getFormatter();
  const figures: Figure[] = [
    {
      key: 'projects',
      href: '/projects',
      value: format.number(stats.projectCount),
      label: t('projectsFigure', { count: stats.projectCount }),
      testId: 'project-count',
    },
    {
      key: 'budget',
      href: { pathname: '/projects', query: { sort: '-budget' } },
      value: formatUsd(stats.totalBudgetUsd, locale),
      label: t('budgetFigure'),
      testId: 'total-budget',
    },
    {
      key: 'centres',
      href: '/resource-centres',
      value: format.number(stats.centreCount),
      label: t('centresFigure', { count: stats.centreCount }),
      testId: 'centre-count',
    },
    {
      key: 'countries',
      href: '/regions',
      value: format.number(stats.countryCount),
      label: t('countriesFigure', { count: stats.countryCount }),
      testId: 'country-count',
    },
  ];
  return (
    <section aria-labelledby="stats" className="mt-10">
      <h2 id="stats" className="text-xl font-semibold text-iom-blue-dark">
        {t('statsLabel')}
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {figures.map((f) => (
          <li key={f.key}>
            <Link href={f.href} className={CARD} data-testid={`figure-${f.key}`}>
              <span className="text-2xl font-semibold text-iom-blue-dark sm:text-3xl" data-testid={f.testId}>
                {f.value}
              </span>{' '}
              <span className="text-iom-blue underline group-hover:no-underline sm:mt-1">{f.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
