import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { STAFF_SECTIONS } from '@/lib/admin/staff-sections';
import type { RecordKind } from '@/lib/content/models';
import { PUBLICATION_STATES } from '@/lib/domain/project';
import { Link } from '@/lib/i18n/navigation';

type Option = { value: string; label: string };
type Query = {
  q: string;
  state: readonly string[];
  status: readonly string[];
  review: readonly string[];
  sort: string;
};
type Props = {
  kind: RecordKind;
  q: Query;
  /** The kind's statuses, labelled. */
  statuses: Option[];
  reviewReasons: readonly string[];
  sorts: readonly string[];
  /** The kind's own filter (region, country…). */
  extra: ReactNode;
};

/** Search, checkbox filters, one extra field and the sort of a staff list (a GET form: the state lives in the URL). */
export async function RecordListFilters({ kind, q, statuses, reviewReasons, sorts, extra }: Props) {
  const section = STAFF_SECTIONS[kind];
  const t = await getTranslations(section.namespace);
  const st = await getTranslations('adminForm.state');
  const labels = {
    heading: t('filtersHeading'),
    search: t('search'),
    sort: t('sort'),
    apply: t('apply'),
    clear: t('clear'),
  };
  const search = q.q;
  const checkboxes = [
    {
      name: 'state',
      legend: t('state'),
      selected: q.state,
      options: PUBLICATION_STATES.map((s) => ({ value: s, label: st(s) })),
    },
    { name: 'status', legend: t('status'), selected: q.status, options: statuses },
    {
      name: 'review',
      legend: t('review'),
      selected: q.review,
      options: reviewReasons.map((r) => ({ value: r, label: t(`reviewReasons.${r}` as 'reviewReasons.dates') })),
    },
  ];
  const sort = { value: q.sort, options: sorts.map((s) => ({ value: s, label: t(`sorts.${s}` as 'sorts.-updated') })) };
  const clearHref = section.list();
  return (
    <form method="get" className="rounded border border-slate-300 p-4" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="text-lg font-semibold">
        {labels.heading}
      </h2>
      <label htmlFor="q" className="mt-2 block font-semibold">
        {labels.search}
      </label>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={search}
        className="mt-1 w-full max-w-md rounded border border-slate-500 p-2"
      />
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        {checkboxes.map((group) => (
          <fieldset key={group.name}>
            <legend className="font-semibold">{group.legend}</legend>
            {group.options.map((o) => (
              <label key={o.value} className="mr-4 inline-flex items-center gap-1">
                <input
                  type="checkbox"
                  name={group.name}
                  value={o.value}
                  defaultChecked={group.selected.includes(o.value)}
                />{' '}
                {o.label}
              </label>
            ))}
          </fieldset>
        ))}
        <div>
          {extra}
          <label htmlFor="sort" className="mt-2 block font-semibold">
            {labels.sort}
          </label>
          <select id="sort" name="sort" defaultValue={sort.value} className="mt-1 rounded border border-slate-500 p-2">
            {sort.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-3 flex gap-4">
        <button type="submit" className="rounded bg-iom-blue px-4 py-2 font-semibold text-white">
          {labels.apply}
        </button>
        <Link href={clearHref} className="self-center text-iom-blue underline">
          {labels.clear}
        </Link>
      </div>
    </form>
  );
}
