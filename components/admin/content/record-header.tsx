import { getTranslations } from 'next-intl/server';
import type { PublicationState } from '@/lib/domain/project';

/** The publication state of the record being edited, and the outcome of the last save. */
export async function RecordStateNote({
  state,
  saved,
  pending,
}: {
  state: PublicationState;
  saved?: string;
  pending?: boolean;
}) {
  const t = await getTranslations('adminForm');
  const note =
    state === 'published' ? t('publishedNote') : state === 'archived' ? t('archivedNote') : t('unpublishedNote');
  return (
    <>
      {saved && (
        <p role="status" className="my-3 rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {saved === 'created' ? t('created', { state: t(`state.${state}`) }) : t('saved')}
        </p>
      )}
      <p className="my-3">
        <strong>{t('stateLabel')}:</strong> {t(`state.${state}`)}. {note}
      </p>
      {pending && (
        <p className="my-3 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">{t('pendingNote')}</p>
      )}
    </>
  );
}
