import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { AdminPagination } from '@/components/admin/content/admin-pagination';
import { BulkBar } from '@/components/admin/content/bulk-bar';
import { ListNotice } from '@/components/admin/content/list-notice';
import { RecordTable, type RecordColumn } from '@/components/admin/content/record-table';
import { bulkRecordsAction } from '@/lib/actions/records';
import { STAFF_SECTIONS } from '@/lib/admin/staff-sections';
import { CONTENT_MODELS, type RecordKind } from '@/lib/content/models';
import type { PublicationState } from '@/lib/domain/project';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import type { SearchParams } from '@/lib/validation/query-params';

/** What every staff list row carries besides its kind's own columns. */
type ListRow = { publicationState: PublicationState; review: readonly string[]; updatedAt: string };

type Props<T extends ListRow> = {
  kind: RecordKind;
  locale: AppLocale;
  sp: SearchParams;
  /** The list's query as URL parameters (filters, sort, page). */
  query: Record<string, string | string[]>;
  result: { items: T[]; total: number; page: number; pageCount: number };
  rowKey: (row: T) => string;
  filters: ReactNode;
  /** The kind's own columns, between the key and the state. */
  columns: RecordColumn<T>[];
};

/** A staff list of any record kind: filters, count, bulk actions, the table with a checkbox per row, pages. */
export async function RecordListPage<T extends ListRow>(props: Props<T>) {
  const { kind, locale, sp, query, result, rowKey, filters, columns } = props;
  const section = STAFF_SECTIONS[kind];
  const keyName = CONTENT_MODELS[kind].key;
  const [t, st] = await Promise.all([
    getTranslations({ locale, namespace: section.namespace }),
    getTranslations({ locale, namespace: 'adminForm.state' }),
  ]);
  const { page: _p, ...returnQuery } = query;
  const back = Object.entries(returnQuery).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => [k, x]));
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold text-iom-blue-dark">{t('title')}</h1>
        <Link href={section.create()} className="rounded bg-iom-blue px-4 py-2 font-semibold text-white">
          {t('new')}
        </Link>
      </div>
      <p className="mt-1">{t('intro')}</p>
      <ListNotice sp={sp} />
      <div className="mt-4">{filters}</div>
      <p className="mt-4 font-semibold" role="status">
        {t('count', { count: result.total })}
      </p>
      <form id="bulk-form" action={bulkRecordsAction.bind(null, kind)}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="returnQuery" value={new URLSearchParams(back).toString()} />
      </form>
      {result.items.length > 0 && <BulkBar legend={t('bulkLegend')} formId="bulk-form" />}
      {result.items.length === 0 ? (
        <p className="my-4">{t('empty')}</p>
      ) : (
        <RecordTable
          caption={t('tableCaption')}
          formId="bulk-form"
          rows={result.items}
          rowKey={rowKey}
          selectHeader={t('colSelect')}
          selectLabel={(r) => t('selectRow', { [keyName]: rowKey(r) })}
          keyHeader={t(keyName === 'code' ? 'colCode' : 'colSlug')}
          keyCell={(r) => (
            <Link href={section.edit(rowKey(r))} className="text-iom-blue underline">
              {rowKey(r)}
            </Link>
          )}
          columns={[
            ...columns,
            { header: t('colState'), cell: (r) => st(r.publicationState) },
            {
              header: t('colReview'),
              cell: (r) => r.review.map((x) => t(`reviewReasons.${x}` as 'reviewReasons.dates')).join('; '),
            },
            { header: t('colUpdated'), cell: (r) => r.updatedAt.slice(0, 16).replace('T', ' ') },
          ]}
        />
      )}
      <AdminPagination
        pathname={section.list().pathname}
        query={query}
        page={result.page}
        pageCount={result.pageCount}
      />
    </>
  );
}
