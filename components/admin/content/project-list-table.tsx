import { getTranslations } from 'next-intl/server';
import type { AdminProjectRow } from '@/lib/data/admin-projects';
import { formatUsd } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

/** The staff project table with a checkbox per row (the checkboxes belong to the bulk form `formId`). */
export async function ProjectListTable({ items, locale, formId }: { items: AdminProjectRow[]; locale: AppLocale; formId: string }) {
  const t = await getTranslations('adminProjects');
  const st = await getTranslations('adminForm.state');
  const ps = await getTranslations('status');
  if (items.length === 0) return <p className="my-4">{t('empty')}</p>;
  const cell = 'border-b border-slate-300 p-2 align-top';
  // Focusable so keyboard users can scroll a table wider than the screen.
  return (
    <div className="overflow-x-auto" tabIndex={0}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t('tableCaption')}</caption>
        <thead>
          <tr>
            {(['colSelect', 'colCode', 'colTitle', 'colState', 'colStatus', 'colBudget', 'colYears', 'colReview', 'colUpdated'] as const).map((c) => (
              <th key={c} scope="col" className={`${cell} ${c === 'colSelect' ? 'sr-only' : ''}`}>{t(c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((p) => {
            const own = locale === 'fr' ? p.titleFr : p.titleEn;
            const other = locale === 'fr' ? p.titleEn : p.titleFr;
            return (
              <tr key={p.code}>
                <td className={cell}><input type="checkbox" form={formId} name="keys" value={p.code} aria-label={t('selectRow', { code: p.code })} /></td>
                <th scope="row" className={cell}><Link href={{ pathname: '/admin/projects/[code]', params: { code: p.code } }} className="text-iom-blue underline">{p.code}</Link></th>
                <td className={cell} lang={own ? locale : other ? (locale === 'fr' ? 'en' : 'fr') : undefined}>{own ?? other ?? t('untitled')}</td>
                <td className={cell}>{st(p.publicationState)}</td>
                <td className={cell}>{ps(p.status)}</td>
                <td className={`${cell} text-right`}>{p.budgetUsd ? formatUsd(p.budgetUsd, locale) : '—'}</td>
                <td className={cell}>{[p.startYear, p.endYear].map((y) => y ?? '…').join('–')}</td>
                <td className={cell}>{p.review.map((r) => t(`reviewReasons.${r}`)).join('; ')}</td>
                <td className={cell}>{p.updatedAt.slice(0, 16).replace('T', ' ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
