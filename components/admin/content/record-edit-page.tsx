import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DeleteForm } from '@/components/admin/content/delete-form';
import { RecordStateNote } from '@/components/admin/content/record-header';
import { RecordForm } from '@/components/admin/content/record-form';
import { recordFormOptions } from '@/components/admin/content/record-options';
import { CentreHoursPreview } from '@/components/admin/content/centre-hours-preview';
import { StateButtons } from '@/components/admin/content/state-buttons';
import { VerifyButton } from '@/components/admin/content/verify-button';
import { bulkRecordsAction, deleteRecordAction, saveRecordAction } from '@/lib/actions/records';
import { STAFF_SECTIONS } from '@/lib/admin/staff-sections';
import { requirePageRole } from '@/lib/auth/session';
import { recordFormValues } from '@/lib/content/form-values';
import { CONTENT_MODELS, type RecordKind } from '@/lib/content/models';
import { getAdminRecord } from '@/lib/data/admin-records';
import type { PublicationState } from '@/lib/domain/project';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

type Props = { kind: RecordKind; locale: AppLocale; rawKey: string; saved?: string };

/** The edit page of one record of any kind: state, publish buttons, the form, and (admins) delete. */
export async function RecordEditPage({ kind, locale, rawKey, saved }: Props) {
  const actor = await requirePageRole('editor', locale);
  const record = await getAdminRecord(kind, decodeURIComponent(rawKey));
  if (!record) notFound();
  const section = STAFF_SECTIONS[kind];
  const key = record.key;
  const [t, tf, options] = await Promise.all([
    getTranslations({ locale, namespace: section.namespace }),
    getTranslations({ locale, namespace: 'adminForm' }),
    recordFormOptions(kind, locale),
  ]);
  const state = record.values.publicationState as PublicationState;
  const keyName = CONTENT_MODELS[kind].key;
  return (
    <>
      <nav className="flex gap-4">
        <Link href={section.list()} className="text-iom-blue underline" prefetch={false}>
          {tf('backToList')}
        </Link>
        <Link href={section.history(key)} className="text-iom-blue underline" prefetch={false}>
          {tf('history')}
        </Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold text-iom-blue-dark">{t('editTitle', { [keyName]: key })}</h1>
      <RecordStateNote
        state={state}
        saved={saved === 'created' || saved === 'updated' ? saved : undefined}
        pending={record.pendingDraft}
      />
      <StateButtons
        locale={locale}
        keyValue={key}
        state={state}
        pending={record.pendingDraft}
        action={bulkRecordsAction.bind(null, kind)}
      />
      {kind === 'centre' && <VerifyButton locale={locale} slug={key} version={record.version} saved={saved} />}
      <RecordForm
        kind={kind}
        locale={locale}
        action={saveRecordAction.bind(null, kind, 'update')}
        initial={recordFormValues(CONTENT_MODELS[kind], record.values)}
        originalKey={key}
        version={record.version}
        options={options}
        translation={record.translation}
      />
      {kind === 'centre' && <CentreHoursPreview values={record.values} locale={locale} />}
      {actor.role === 'admin' && (
        <DeleteForm locale={locale} keyName={keyName} keyValue={key} action={deleteRecordAction.bind(null, kind)} />
      )}
    </>
  );
}
