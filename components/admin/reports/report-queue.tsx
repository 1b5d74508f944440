import { getTranslations } from 'next-intl/server';
import { DecisionForm, type CorrectionInput } from '@/components/admin/reports/decision-form';
import { CENTRE_STATUSES } from '@/lib/content/centre';
import type { QueuedReport } from '@/lib/data/centre-reports';
import { formatDate } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

/** The pending reports, each with the fields named, their current value and the proposed correction. */
export async function ReportQueue({ reports, locale }: { reports: QueuedReport[]; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'adminReports' });
  const fieldName = await getTranslations({ locale, namespace: 'centreReport.fields' });
  const formLabel = await getTranslations({ locale, namespace: 'adminForm' });
  const statusName = await getTranslations({ locale, namespace: 'centreStatuses' });
  const inputs = (r: QueuedReport): CorrectionInput[] =>
    r.corrections.map(({ field, value }) => ({
      field,
      value,
      label: formLabel(`fields.${field}`),
      hint: field === 'hours' ? formLabel('hints.hours') : undefined,
      options: field === 'status' ? CENTRE_STATUSES.map((s) => ({ value: s, label: statusName(s) })) : undefined,
    }));
  if (reports.length === 0) return <p className="mt-6">{t('empty')}</p>;
  return (
    <ol className="mt-6 space-y-6">
      {reports.map((r) => (
        <li key={r.id} className="rounded border border-slate-300 p-4">
          <h2 className="text-xl font-semibold">
            <Link
              href={{ pathname: '/admin/centres/[slug]', params: { slug: r.centreSlug } }}
              className="text-iom-blue underline"
            >
              {r.centreName}
            </Link>
          </h2>
          <p className="text-sm text-slate-700">
            {t('received', { date: formatDate(r.createdAt, locale), language: r.locale })}
          </p>
          <table className="mt-3 w-full border-collapse text-left">
            <caption className="sr-only">{t('tableCaption', { id: r.id })}</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b border-slate-300 p-1">
                  {t('field')}
                </th>
                <th scope="col" className="border-b border-slate-300 p-1">
                  {t('current')}
                </th>
              </tr>
            </thead>
            <tbody>
              {r.fields.map((f) => (
                <tr key={f.field}>
                  <th scope="row" className="p-1 font-normal">
                    {fieldName(f.field)}
                  </th>
                  <td className="p-1">{f.current === '' ? t('none') : f.current}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3 className="mt-3 font-semibold">{t('proposed')}</h3>
          <p className="whitespace-pre-line break-words">{r.correction}</p>
          <p className="mt-2 text-sm">{r.contact ? t('contact', { contact: r.contact }) : t('noContact')}</p>
          <DecisionForm locale={locale} id={r.id} version={r.version} corrections={inputs(r)} />
        </li>
      ))}
    </ol>
  );
}
