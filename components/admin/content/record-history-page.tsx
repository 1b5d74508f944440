import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { HistoryNotice } from '@/components/admin/content/history-notice';
import { RevisionList } from '@/components/admin/content/revision-list';
import { restoreRecordAction } from '@/lib/actions/records';
import { STAFF_SECTIONS } from '@/lib/admin/staff-sections';
import { requirePageRole } from '@/lib/auth/session';
import { CONTENT_MODELS, type RecordKind } from '@/lib/content/models';
import { listRecordRevisions } from '@/lib/data/admin-records';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

type Props = { kind: RecordKind; locale: AppLocale; rawKey: string; outcome?: string };

/** The history of one record of any kind: revisions with their changes, each restorable. */
export async function RecordHistoryPage({ kind, locale, rawKey, outcome }: Props) {
  await requirePageRole('editor', locale);
  const history = await listRecordRevisions(kind, decodeURIComponent(rawKey));
  if (!history) notFound();
  const section = STAFF_SECTIONS[kind];
  const keyName = CONTENT_MODELS[kind].key;
  const [t, th, tf] = await Promise.all([
    getTranslations({ locale, namespace: section.namespace }),
    getTranslations({ locale, namespace: 'adminHistory' }),
    getTranslations({ locale, namespace: 'adminForm' }),
  ]);
  return (
    <>
      <nav className="flex gap-4">
        <Link href={section.list()} className="text-iom-blue underline">
          {tf('backToList')}
        </Link>
        <Link href={section.edit(history.key)} className="text-iom-blue underline">
          {tf('edit')}
        </Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold text-iom-blue-dark">{t('historyTitle', { [keyName]: history.key })}</h1>
      <p className="my-2">{th('intro')}</p>
      <HistoryNotice outcome={outcome} />
      <RevisionList
        kind={kind}
        locale={locale}
        revisions={history.revisions}
        currentVersion={history.version}
        keyName={keyName}
        keyValue={history.key}
        restore={restoreRecordAction.bind(null, kind)}
      />
    </>
  );
}
