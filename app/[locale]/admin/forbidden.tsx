import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';

// Shown (with a 403) when a signed-in staff member opens a page their role does not reach: requirePageRole calls
// forbidden() (lib/auth/session.ts). Inside the staff layout, so the navigation shows what they can use.
export default async function StaffForbidden() {
  const t = await getTranslations('adminShell');
  const actor = await getActor();
  return (
    <>
      <title>{t('noAccessTitle')}</title>
      <h1 className="text-3xl font-bold text-iom-blue-dark">{t('noAccessTitle')}</h1>
      {actor && <p className="mt-3">{t('noAccessBody', { email: actor.email })}</p>}
      <p className="mt-4">
        <Link href="/admin" className="text-iom-blue underline">
          {t('noAccessHome')}
        </Link>
      </p>
    </>
  );
}
