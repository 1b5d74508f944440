import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
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
  const links = [
    { href: '/admin/projects' as const, label: t('projects') },
    { href: '/admin/centres' as const, label: t('centres') },
    ...(actor.role === 'admin'
      ? [
          { href: '/admin/users' as const, label: t('users') },
          { href: '/admin/audit' as const, label: t('audit') },
        ]
      : []),
    { href: '/admin/account' as const, label: t('account') },
  ];
  return (
    <>
      <h1 className="text-3xl font-bold text-iom-blue-dark">{t('dashboardTitle')}</h1>
      <p className="mt-2">{t('dashboardIntro')}</p>
      <ul className="mt-4 list-disc space-y-1 pl-6">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="text-iom-blue underline">
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
