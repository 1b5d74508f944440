import { getTranslations } from 'next-intl/server';
import { logoutAction } from '@/lib/actions/auth';
import type { Actor } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

const link = 'text-iom-blue underline-offset-4 hover:underline';

/** The staff section's navigation; admin-only entries are shown to admins only (the pages check again). */
export async function AdminNav({ actor, locale }: { actor: Actor; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'adminShell' });
  const role = actor.role === 'admin' ? t('roleAdmin') : t('roleEditor');
  return (
    <nav
      aria-label={t('navLabel')}
      className="mb-6 flex flex-wrap items-center gap-x-5 gap-y-2 border-b border-slate-300 pb-3"
    >
      <Link href="/admin" className={link}>
        {t('dashboard')}
      </Link>
      <Link href="/admin/projects" className={link}>
        {t('projects')}
      </Link>
      <Link href="/admin/centres" className={link}>
        {t('centres')}
      </Link>
      <Link href="/admin/import" className={link}>
        {t('import')}
      </Link>
      {actor.role === 'admin' && (
        <Link href="/admin/users" className={link}>
          {t('users')}
        </Link>
      )}
      {actor.role === 'admin' && (
        <Link href="/admin/reference" className={link}>
          {t('referenceNav')}
        </Link>
      )}
      {actor.role === 'admin' && (
        <Link href="/admin/audit" className={link}>
          {t('audit')}
        </Link>
      )}
      <Link href="/admin/account" className={link}>
        {t('account')}
      </Link>
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
