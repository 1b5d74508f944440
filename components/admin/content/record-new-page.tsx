import { getTranslations } from 'next-intl/server';
import { RecordForm } from '@/components/admin/content/record-form';
import { recordFormOptions } from '@/components/admin/content/record-options';
import { saveRecordAction } from '@/lib/actions/records';
import { STAFF_SECTIONS } from '@/lib/admin/staff-sections';
import { requirePageRole } from '@/lib/auth/session';
import type { RecordKind } from '@/lib/content/models';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

/** The "new record" page of any kind: an empty form that creates a draft or publishes. */
export async function RecordNewPage({ kind, locale }: { kind: RecordKind; locale: AppLocale }) {
  await requirePageRole('editor', locale);
  const section = STAFF_SECTIONS[kind];
  const [t, tf, options] = await Promise.all([
    getTranslations({ locale, namespace: section.namespace }),
    getTranslations({ locale, namespace: 'adminForm' }),
    recordFormOptions(kind, locale),
  ]);
  return (
    <>
      <Link href={section.list()} className="text-iom-blue underline">
        {tf('backToList')}
      </Link>
      <h1 className="mt-2 mb-4 text-3xl font-bold text-iom-blue-dark">{t('newTitle')}</h1>
      <RecordForm
        kind={kind}
        locale={locale}
        action={saveRecordAction.bind(null, kind, 'create')}
        initial={{}}
        options={options}
      />
    </>
  );
}
