import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPortalStats } from '@/lib/data/portal';
import { formatUsd } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { alternatesFor } from '@/lib/seo';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'home' });
  return { title: { absolute: t('title') }, alternates: alternatesFor('/', locale) };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('home');
  const stats = await getPortalStats();
  return (
    <>
      <h1 className="text-3xl font-bold text-iom-blue-dark">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t('intro')}</p>
      <section aria-labelledby="stats" className="mt-8">
        <h2 id="stats" className="sr-only">
          {t('statsLabel')}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          <div className="rounded border border-slate-200 p-4">
            <dt className="text-sm text-slate-700">{t('browseProjects')}</dt>
            <dd className="mt-1 text-2xl font-semibold" data-testid="project-count">
              {t('projectCount', { count: stats.projectCount })}
            </dd>
          </div>
          <div className="rounded border border-slate-200 p-4">
            <dt className="text-sm text-slate-700">{t('totalBudget')}</dt>
            <dd className="mt-1 text-2xl font-semibold" data-testid="total-budget">
              {formatUsd(stats.totalBudgetUsd, locale)}
            </dd>
          </div>
          <div className="rounded border border-slate-200 p-4">
            <dt className="text-sm text-slate-700">{t('browseCentres')}</dt>
            <dd className="mt-1 text-2xl font-semibold" data-testid="centre-count">
              {t('centreCount', { count: stats.centreCount })}
            </dd>
          </div>
        </dl>
      </section>
      <ul className="mt-8 flex flex-wrap gap-3">
        {(
          [
            ['/projects', 'browseProjects'],
            ['/regions', 'browseRegions'],
            ['/resource-centres', 'browseCentres'],
          ] as const
        ).map(([href, key]) => (
          <li key={href}>
            <Link
              href={href}
              className="inline-block rounded bg-iom-blue px-4 py-2 font-semibold text-white hover:bg-iom-blue-dark"
            >
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
