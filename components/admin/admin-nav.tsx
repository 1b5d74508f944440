import { getTranslations } from 'next-intl/server';
import { logoutAction } from '@/lib/actions/auth';
import { staffLinks } from '@/lib/admin/staff-links';
import type { Actor } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

const link = 'text-iom-blue underline-offset-4 hover:underline';
// Staff pages are per-person and never cached: prefetching the whole menu on every page (after every save) cost a
// session check and a render per link, for pages rarely opened next.

/** The staff section's navigation: the dashboard, then the sections the actor's role can use (lib/admin/staff-links.ts,
 * the list the staff home shows too). */
export async function AdminNav({ actor, locale }: { actor: Actor; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'adminShell' });
  const role = actor.role === 'admin' ? t('roleAdmin') : t('roleEditor');
  return (
    <nav
      aria-label={t('navLabel')}
      className="mb-6 flex flex-wrap items-center gap-x-5 gap-y-2 border-b border-slate-300 pb-3"
    >
      <Link href="/admin" className={link} prefetch={false}>
        {t('dashboard')}
      </Link>
      {staffLinks(actor.role).map((l) => (
        <Link key={l.href} href={l.href} className={link} prefetch={false}>
          {t(l.label)}
        </Link>
      ))}
      <span className="ml-auto text-sm text-slate-700">{t('signedInAs', { name: actor.name, role })}</span>
      <form action={logoutAction}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="rounded border border-iom-blue px-3 py-1 text-iom-blue hover:bg-slate-100">
          {t('logout')}
        </button>
      </form>
    </nav>
  );
}
