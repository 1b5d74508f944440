import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LoginForm } from '@/components/admin/login-form';
import { getActor } from '@/lib/auth/session';
import { redirect } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { pageSearchParams, queryValues, type SearchParams } from '@/lib/validation/query-params';

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth' });
  return { title: t('loginTitle') };
}

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const query = pageSearchParams(await searchParams);
  const flag = (name: string) => queryValues(query, name)[0] === '1';
  const actor = await getActor();
  // Signed in and not sent here for lack of a role: nothing to do on this page.
  if (actor && !flag('denied')) redirect({ href: '/admin', locale });
  const t = await getTranslations({ locale, namespace: 'auth' });
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold text-iom-blue-dark">{t('loginTitle')}</h1>
      {actor && flag('denied') && (
        <p className="mt-3 rounded border border-amber-700 bg-amber-50 p-3">
          {t('deniedNotice', { email: actor.email })}
        </p>
      )}
      {!actor && flag('out') && (
        <p role="status" className="mt-3 rounded border border-green-700 bg-green-50 p-3">
          {t('loggedOut')}
        </p>
      )}
      <p className="mt-2 mb-4">{t('loginIntro')}</p>
      {!actor && <LoginForm locale={locale} />}
    </div>
  );
}
