import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { staffLinks } from '@/lib/admin/staff-links';
import { STAFF_SECTIONS } from '@/lib/admin/staff-sections';
import { requirePageRole } from '@/lib/auth/session';
import { countOverdueCentres } from '@/lib/data/admin-centres';
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
  const [t, overdue] = await Promise.all([getTranslations({ locale, namespace: 'adminShell' }), countOverdueCentres()]);
  return (
    <>
      <h1 className="text-3xl font-bold text-iom-blue-dark">{t('dashboardTitle')}</h1>
      <p className="mt-2">{t('dashboardIntro')}</p>
      <p className="mt-4">
        <Link href={STAFF_SECTIONS.centre.list({ overdue: '1' })} className="font-semibold text-iom-blue underline">
          {t('overdueCentres', { count: overdue })}
        </Link>
      </p>
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
