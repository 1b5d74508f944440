import { getTranslations } from 'next-intl/server';
import type { AdminCentreRow } from '@/lib/data/admin-centres';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

/** The staff centre table with a checkbox per row (the checkboxes belong to the bulk form `formId`). */
export async function CentreListTable({ items, locale, formId }: { items: AdminCentreRow[]; locale: AppLocale; formId: string }) {
  const t = await getTranslations('adminCentres');
  const st = await getTranslations('adminForm.state');
  if (items.length === 0) return <p className="my-4">{t('empty')}</p>;
  const cell = 'border-b border-slate-300 p-2 align-top';
  // Focusable so keyboard users can scroll a table wider than the screen.
  return (
    <div className="overflow-x-auto" tabIndex={0}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t('tableCaption')}</caption>
        <thead>
          <tr>
            {(['colSelect', 'colSlug', 'colName', 'colPlace', 'colState', 'colStatus', 'colReview', 'colUpdated'] as const).map((c) => (
              <th key={c} scope="col" className={`${cell} ${c === 'colSelect' ? 'sr-only' : ''}`}>{t(c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((c) => {
            const own = locale === 'fr' ? c.nameFr : c.nameEn;
            const other = locale === 'fr' ? c.nameEn : c.nameFr;
            return (
              <tr key={c.slug}>
                <td className={cell}><input type="checkbox" form={formId} name="keys" value={c.slug} aria-label={t('selectRow', { slug: c.slug })} /></td>
                <th scope="row" className={cell}><Link href={{ pathname: '/admin/centres/[slug]', params: { slug: c.slug } }} className="text-iom-blue underline">{c.slug}</Link></th>
                <td className={cell} lang={own ? locale : other ? (locale === 'fr' ? 'en' : 'fr') : undefined}>{own ?? other ?? t('untitled')}</td>
                <td className={cell}>{[c.locality, c.countryCode].filter(Boolean).join(', ')}</td>
                <td className={cell}>{st(c.publicationState)}</td>
                <td className={cell}>{t(`statuses.${c.status}`)}</td>
                <td className={cell}>{c.review.map((r) => t(`reviewReasons.${r}`)).join('; ')}</td>
                <td className={cell}>{c.updatedAt.slice(0, 16).replace('T', ' ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
