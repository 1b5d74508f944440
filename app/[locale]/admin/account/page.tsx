import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PasswordForm } from '@/components/admin/password-form';
import { RequireTwoFactorForm } from '@/components/admin/require-two-factor-form';
import { TotpForm } from '@/components/admin/totp-form';
import { getActorState } from '@/lib/auth/session';
import { getRequireTwoFactor } from '@/lib/data/settings';
import { redirect } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth.account' });
  return { title: t('title') };
}

// Reachable by any signed-in account, also before a required second factor is set up (that is where it is set up).
export default async function AccountPage({ params }: Props) {
  const { locale } = await params;
  const actor = await getActorState();
  if (!actor) return redirect({ href: '/admin/login', locale });
  const t = await getTranslations({ locale, namespace: 'auth.account' });
  const ts = await getTranslations({ locale, namespace: 'adminShell' });
  const required = await getRequireTwoFactor();
  return (
    <>
      <h1 className="text-3xl font-bold text-iom-blue-dark">{t('title')}</h1>
      <p className="mt-2">{t('intro')}</p>
      {actor.twoFactorRequired && (
        <p role="status" className="mt-3 rounded border border-amber-700 bg-amber-50 p-3">
          {ts('twoFactorRequiredBanner')}
        </p>
      )}
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <TotpForm locale={locale} enabled={actor.twoFactorEnabled} />
        <PasswordForm locale={locale} />
        {actor.role === 'admin' && <RequireTwoFactorForm locale={locale} required={required} />}
      </div>
    </>
  );
}
