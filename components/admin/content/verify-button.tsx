import { getTranslations } from 'next-intl/server';
import { confirmVerifiedAction } from '@/lib/actions/records';
import { getCentreVerification } from '@/lib/data/admin-centres';
import { formatDate } from '@/lib/format';
import type { AppLocale } from '@/lib/i18n/routing';

type Props = { locale: AppLocale; slug: string; version: number; saved?: string };

const OUTCOMES = { verified: 'done', verifyConflict: 'conflict', verifyDenied: 'denied' } as const;

// "Confirm as verified" on a centre's edit page: when the listing was last confirmed, when it is due to be checked
// again, and the button (staff confirm from the version they see; a change meanwhile refuses it).
/** The verification box of a centre's edit page, with the outcome of the last confirmation (`saved`). */
export async function VerifyButton({ locale, slug, version, saved }: Props) {
  const [t, v] = await Promise.all([
    getTranslations({ locale, namespace: 'adminCentres.verify' }),
    getCentreVerification(slug),
  ]);
  if (!v) return null;
  const outcome = saved && Object.hasOwn(OUTCOMES, saved) ? OUTCOMES[saved as keyof typeof OUTCOMES] : null;
  return (
    <section aria-labelledby="verify-heading" className="mb-4 rounded border border-slate-300 p-4">
      <h2 id="verify-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {outcome && (
        <p role="status" className={outcome === 'done' ? 'text-green-800' : 'text-red-800'}>
          {t(outcome)}
        </p>
      )}
      <p>{v.lastVerifiedAt ? t('last', { date: formatDate(v.lastVerifiedAt, locale) }) : t('never')}</p>
      {v.nextCheckDue && <p>{t('next', { date: formatDate(v.nextCheckDue, locale) })}</p>}
      {v.overdue && <p className="font-semibold text-red-800">{t('overdue')}</p>}
      <form action={confirmVerifiedAction} className="mt-2">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="version" value={version} />
        <p id="verify-hint" className="text-slate-700">
          {t('hint')}
        </p>
        <button
          type="submit"
          aria-describedby="verify-hint"
          className="mt-2 rounded border border-iom-blue px-3 py-1 text-iom-blue hover:bg-slate-100"
        >
          {t('button')}
        </button>
      </form>
    </section>
  );
}
