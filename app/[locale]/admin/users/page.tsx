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
      {/* One column: the table gets the page's whole width (it fits at 1280 px without scrolling), the form below. */}
      <div className="mt-6 space-y-8">
        <UsersTable users={users} locale={locale} selfId={actor.userId} />
        <div className="max-w-xl">
          <CreateUserForm locale={locale} />
        </div>
      </div>
    </>
  );
}
