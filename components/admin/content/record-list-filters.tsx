import { getTranslations } from 'next-intl/server';
import { STAFF_SECTIONS } from '@/lib/admin/staff-sections';
import { CENTRE_STATUSES } from '@/lib/content/centre';
import type { RecordKind } from '@/lib/content/models';
import { listRegions } from '@/lib/data/reference';
import { PROJECT_STATUSES, PUBLICATION_STATES } from '@/lib/domain/project';
import { CENTRE_REVIEW_REASONS, PROJECT_REVIEW_REASONS } from '@/lib/domain/review';
import { Link } from '@/lib/i18n/navigation';
import { nameIn, routing, type AppLocale } from '@/lib/i18n/routing';
import {
  ADMIN_CENTRE_SORTS,
  ADMIN_PROJECT_SORTS,
  type AdminCentreQuery,
  type AdminProjectQuery,
} from '@/lib/validation/admin-list';

type Option = { value: string; label: string };

// What each kind's list filters on besides the search and the publication state: its statuses (labelled by the
// model's message namespace), its "needs review" reasons, its sorts, and one filter of its own.
const KIND_FILTERS = {
  project: {
    statuses: PROJECT_STATUSES,
    labels: 'status',
    review: PROJECT_REVIEW_REASONS,
    sorts: ADMIN_PROJECT_SORTS,
  },
  centre: {
    statuses: CENTRE_STATUSES,
    labels: 'centreStatuses',
    review: CENTRE_REVIEW_REASONS,
    sorts: ADMIN_CENTRE_SORTS,
  },
} as const satisfies Record<RecordKind, unknown>;

type Props =
  | { kind: 'project'; q: AdminProjectQuery; locale: AppLocale }
  | { kind: 'centre'; q: AdminCentreQuery; locale: AppLocale };

/**
 * The kind's own filter: the region (a list) for projects; for centres the country (an ISO code) and "overdue for
 * verification" (next check before today, or never verified).
 */
async function OwnFilter(props: Props) {
  const t = await getTranslations(STAFF_SECTIONS[props.kind].namespace);
  if (props.kind === 'centre') {
    return (
      <>
        <label htmlFor="country" className="block font-semibold">
          {t('country' as 'title')}
        </label>
        <input
          id="country"
          name="country"
          defaultValue={props.q.country[0] ?? ''}
          maxLength={2}
          className="mt-1 w-20 rounded border border-slate-500 p-2 uppercase"
        />
        <label className="mt-2 flex items-center gap-1 font-semibold">
          <input type="checkbox" name="overdue" value="1" defaultChecked={props.q.overdue} /> {t('overdue' as 'title')}
        </label>
      </>
    );
  }
  const regions = await listRegions();
  return (
    <>
      <label htmlFor="region" className="block font-semibold">
        {t('region' as 'title')}
      </label>
      <select
        id="region"
        name="region"
        defaultValue={props.q.region[0] ?? ''}
        className="mt-1 rounded border border-slate-500 p-2"
      >
        <option value="">—</option>
        {regions.map((r) => (
          <option key={r.slug} value={r.slug}>
            {nameIn(r, props.locale)}
          </option>
        ))}
      </select>
    </>
  );
}

/** Search, checkbox filters, one extra field and the sort of a staff list (a GET form: the state lives in the URL). */
export async function RecordListFilters(props: Props) {
  const { kind, q } = props;
  const section = STAFF_SECTIONS[kind];
  const spec = KIND_FILTERS[kind];
  const t = await getTranslations(section.namespace);
  const st = await getTranslations('adminForm.state');
  const sl = await getTranslations(spec.labels);
  const languages = await getTranslations('contentLanguages');
  const statuses = spec.statuses.map((s) => ({ value: s, label: sl(s as never) }));
  const reviewReasons: readonly string[] = spec.review;
  const sorts: readonly string[] = spec.sorts;
  const extra = <OwnFilter {...props} />;
  const labels = {
    heading: t('filtersHeading'),
    search: t('search'),
    sort: t('sort'),
    apply: t('apply'),
    clear: t('clear'),
  };
  const search = q.q;
  const checkboxes: { name: string; legend: string; selected: readonly string[]; options: Option[] }[] = [
    {
      name: 'state',
      legend: t('state'),
      selected: q.state,
      options: PUBLICATION_STATES.map((s) => ({ value: s, label: st(s) })),
    },
    { name: 'status', legend: t('status'), selected: q.status, options: statuses },
    {
      name: 'translate',
      legend: t('needsTranslation'),
      selected: q.translate,
      options: routing.locales.map((l) => ({ value: l, label: languages(l) })),
    },
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
