import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { UsersTable } from '@/components/admin/users-table';
import { requirePageRole } from '@/lib/auth/session';
import { listStaffUsers } from '@/lib/data/users';
import type { AppLocale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'adminUsers' });
  return { title: t('title') };
}

export default async function AdminUsersPage({ params }: Props) {
  const { locale } = await params;
  const actor = await requirePageRole('admin', locale);
  const t = await getTranslations({ locale, namespace: 'adminUsers' });
  const users = await listStaffUsers();
  return (
    <>
      <h1 className="text-3xl font-bold text-iom-blue-dark">{t('title')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <div className="mt-6 grid gap-8 lg:grid-cols-[2fr_1fr]">
        <UsersTable users={users} locale={locale} selfId={actor.userId} />
        <CreateUserForm locale={locale} />
      </div>
    </>
  );
}
