import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { staffLinks } from '@/lib/admin/staff-links';
import { requirePageRole } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'adminShell' });
  return { title: t('dashboardTitle') };
}

export default async function AdminHomePage({ params }: Props) {
  const { locale } = await params;
  const actor = await requirePageRole('editor', locale);
  const t = await getTranslations({ locale, namespace: 'adminShell' });
  return (
    <>
      <h1 className="text-3xl font-bold text-iom-blue-dark">{t('dashboardTitle')}</h1>
      <p className="mt-2">{t('dashboardIntro')}</p>
      <ul className="mt-4 space-y-3">
        {staffLinks(actor.role).map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="font-semibold text-iom-blue underline">
              {t(l.label)}
            </Link>
            <p className="text-slate-700">{t(`sectionHints.${l.label}`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
