import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReportQueue } from '@/components/admin/reports/report-queue';
import { requirePageRole } from '@/lib/auth/session';
import { getReportableCentre, listPendingReports } from '@/lib/data/centre-reports';
import type { AppLocale } from '@/lib/i18n/routing';

/** What the queue says after a decision (`?done=`). */
const DONE = ['accepted', 'draft', 'dismissed'] as const;

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'adminReports' });
  return { title: t('title') };
}

export default async function AdminReportsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const query = await searchParams;
  const done = Object.hasOwn(query, 'done') ? DONE.find((d) => d === query.done) : undefined;
  const centre = Object.hasOwn(query, 'centre') && typeof query.centre === 'string' ? query.centre.slice(0, 120) : '';
  await requirePageRole('editor', locale);
  const t = await getTranslations({ locale, namespace: 'adminReports' });
  const [reports, named] = await Promise.all([
    listPendingReports(locale),
    centre ? getReportableCentre(centre, locale) : null,
  ]);
  return (
    <>
      <h1 className="text-3xl font-bold text-iom-blue-dark">{t('title')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <p
        role="status"
        className={done ? 'mt-4 rounded border border-green-700 bg-green-50 p-3 text-green-900' : 'sr-only'}
      >
        {done ? t(`done.${done}`, { centre: named?.name ?? centre }) : ''}
      </p>
      <ReportQueue reports={reports} locale={locale} />
    </>
  );
}
