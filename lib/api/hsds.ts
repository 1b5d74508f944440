// Open Referral HSDS 3.0 export of the centres: one organization, service, location and service_at_location per
// centre; the services the centre offers are taxonomy terms of the portal's own services taxonomy.
import OpeningHours from 'opening_hours';
import { centreZone, noticeInForce } from '@/lib/centres/hours';
import { hsdsId } from '@/lib/api/hsds-ids';
import { conditionalStream } from '@/lib/api/http';
import { stripControlCharactersReplacer } from '@/lib/control-characters';
import type { CentreDetail } from '@/lib/data/centres-detail';
import { pickLocalised, type Localised } from '@/lib/format';
import { nameIn, type AppLocale, type LocalisedNames } from '@/lib/i18n/routing';
import type { CentreStatus } from '@/lib/content/centre';

type Json = Record<string, unknown>;
/** `now`: the day the temporary notice is checked against (default: today). */
export type HsdsOptions = { locale: AppLocale; siteUrl: string; centreUrl: (slug: string) => string; now?: Date };

/** A centre with its practical columns (`hours` in OpenStreetMap syntax, its time zone, the dated notice). */
export type HsdsCentre = CentreDetail;

const SERVICE_STATUS: Record<CentreStatus, string> = {
  operational: 'active',
  planned: 'inactive',
  temporarily_closed: 'temporarily closed',
  closed: 'defunct',
};

const TAXONOMY_KEY = 'iom-centre-services';

// The taxonomy's own name and description in each language of the locale list (a new language does not compile
// without them).
const TAXONOMY_TEXT: Record<AppLocale, { name: string; description: string }> = {
  en: {
    name: 'IOM migrant resource centre services',
    description: 'Services offered by the migrant resource centres listed on the portal.',
  },
  fr: {
    name: 'Services des centres de ressources pour les migrants (OIM)',
    description: 'Services proposés par les centres de ressources pour les migrants du portail.',
  },
  es: {
    name: 'Servicios de los centros de recursos para migrantes (OIM)',
    description: 'Servicios que ofrecen los centros de recursos para migrantes del portal.',
  },
};

/** Drops null and undefined members, which HSDS's typed fields do not accept. */
function compact(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
}

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
// The reference week the hours are evaluated over (Monday 10 to Sunday 16 March 2025, local dates): regular hours,
// no daylight-saving change in the northern hemisphere. Public and school holidays ("PH off", "SH …") are exceptions
// that weekly rows cannot say, and the library knows the holidays of few countries (it throws for the others): they
// are resolved as in Berlin, where that week has none, so the rows are the regular week's everywhere.
const WEEK_START = [2025, 2, 10] as const;
const NEUTRAL_PLACE = { lat: 52.52, lon: 13.405, address: { country_code: 'de', state: 'Berlin' } };

const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

/** The UTC offset of an IANA time zone in the reference week, as "+01:00" and in hours, or null. */
function zoneOffset(zone: string | null | undefined): { suffix: string; hours: number } | null {
  if (!zone) return null;
  try {
    const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(Date.UTC(...WEEK_START, 12)))
      .find((p) => p.type === 'timeZoneName')?.value;
    const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name ?? '');
    if (!m) return null;
    if (!m[1]) return { suffix: 'Z', hours: 0 };
    const hours = (m[1] === '-' ? -1 : 1) * (Number(m[2]) + Number(m[3]) / 60);
    return { suffix: `${m[1]}${m[2]}:${m[3]}`, hours };
  } catch {
    return null;
  }
}

/**
 * The regular weekly opening times of `hours` (OpenStreetMap `opening_hours` syntax), evaluated by the
 * opening_hours library over the reference week: one row per opening and closing time with the days it applies to
 * (an opening past midnight is split at midnight, "24:00" closing the first day). Intervals the library marks as
 * unknown or carrying a comment are left out (`partial`: the free-text description then says them). Null when the
 * text cannot be evaluated.
 */
export function weeklyOpenings(
  hours: string,
  at?: { latitude: number | null; longitude: number | null },
): { rows: { byday: string; opens: string; closes: string }[]; partial: boolean } | null {
  let intervals: [Date, Date, boolean, string | undefined][];
  try {
    // The centre's position, when known, for sunrise and sunset ("sunrise-18:00").
    const place =
      at?.latitude != null && at.longitude != null
        ? { ...NEUTRAL_PLACE, lat: at.latitude, lon: at.longitude }
        : NEUTRAL_PLACE;
    const oh = new OpeningHours(hours, place);
    intervals = oh.getOpenIntervals(new Date(...WEEK_START), new Date(WEEK_START[0], WEEK_START[1], WEEK_START[2] + 7));
  } catch {
    return null;
  }
  const groups = new Map<string, Set<number>>();
  let partial = false;
  for (const [from, to, unknown, comment] of intervals) {
    if (unknown || comment) {
      partial = true;
      continue;
    }
    let start = from;
    while (start < to) {
      const midnight = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1);
      const end = to < midnight ? to : midnight;
      const key = `${hhmm(start)}-${end === midnight ? '24:00' : hhmm(end)}`;
      if (groups.has(key)) groups.get(key)?.add(start.getDay());
      else groups.set(key, new Set([start.getDay()]));
      start = end;
    }
  }
  const monFirst = (d: number) => (d + 6) % 7;
  const rows = [...groups].map(([key, days]) => {
    const [opens = '', closes = ''] = key.split('-');
    const byday = [...days].sort((a, b) => monFirst(a) - monFirst(b)).map((d) => BYDAY[d]);
    return { byday: byday.join(','), opens, closes, first: Math.min(...[...days].map(monFirst)) };
  });
  rows.sort((a, b) => a.first - b.first || a.opens.localeCompare(b.opens));
  return { rows: rows.map(({ byday, opens, closes }) => ({ byday, opens, closes })), partial };
}

/** The notice text when `now` falls within its dates (inclusive; a missing date leaves that side open), else null. */
function activeNotice(c: HsdsCentre, text: (t: Localised) => string | null, now: Date): string | null {
  const notice = text(c.notice);
  if (!notice) return null;
  // The day it is at the centre (as on its page), UTC when its zone is unknown.
  return noticeInForce(c, now) ? notice : null;
}

/**
 * HSDS schedule rows of a centre for one owner (`scope`: [] for the service, ['location']): the free text, then the
 * weekly times.
 */
function schedulesOf(c: HsdsCentre, owner: Json, text: string | null, scope: string[]): Json[] {
  const weekly = c.hours ? weeklyOpenings(c.hours, c) : null;
  const zone = zoneOffset(centreZone(c));
  const description = text ?? (c.hours && (!weekly || weekly.partial || weekly.rows.length === 0) ? c.hours : null);
  const rows: Json[] = description ? [{ id: hsdsId('schedule', c.slug, ...scope), ...owner, description }] : [];
  for (const r of weekly?.rows ?? []) {
    rows.push({
      id: hsdsId('schedule', c.slug, ...scope, r.byday, r.opens, r.closes),
      ...owner,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: r.byday,
      opens_at: `${r.opens}${zone?.suffix ?? ''}`,
      closes_at: `${r.closes}${zone?.suffix ?? ''}`,
      ...(zone ? { timezone: zone.hours } : {}),
    });
  }
  return rows;
}

function taxonomy(opts: HsdsOptions): Json {
  return {
    id: hsdsId('taxonomy', TAXONOMY_KEY),
    ...TAXONOMY_TEXT[opts.locale],
    uri: new URL('/api/v1/resource-centres', opts.siteUrl).toString(),
    version: '1',
  };
}

/**
 * One centre as a fully nested HSDS service (organization, location, phones, schedules, languages, taxonomy terms).
 * Texts are in the requested language, else in another one that has them, as the pages show them: HSDS has no field
 * for the language of a service's or organization's text (its `languages` are those spoken at the service), so there
 * is nothing to mark; taxonomy terms, whose `language` HSDS has, are reference names, which exist in every language.
 */
function centreToHsdsService(c: HsdsCentre, opts: HsdsOptions): Json {
  const text = (t: Localised) => pickLocalised(t, opts.locale)?.value ?? null;
  const label = (n: LocalisedNames) => nameIn(n, opts.locale);
  const name = text(c.name) ?? c.slug;
  const description = text(c.description) ?? name;
  const ids = {
    organization: hsdsId('organization', c.slug),
    service: hsdsId('service', c.slug),
    location: hsdsId('location', c.slug),
  };
  const serviceAtLocationId = hsdsId('service_at_location', c.slug);
  const url = opts.centreUrl(c.slug);
  const phone = (owner: Json) =>
    c.phone ? [{ id: hsdsId('phone', c.slug, JSON.stringify(owner)), number: c.phone, type: 'voice', ...owner }] : [];
  const hours = text(c.openingHours);
  const schedules = schedulesOf(c, { service_id: ids.service }, hours, []);
  const languages = (owner: Json) =>
    c.languages.map((l) => ({
      id: hsdsId('language', c.slug, l.code, JSON.stringify(owner)),
      name: label(l),
      code: l.code,
      ...owner,
    }));
  const tax = taxonomy(opts);
  const attributes = c.services.map((s) => {
    const term = {
      id: hsdsId('taxonomy_term', TAXONOMY_KEY, s.slug),
      code: s.slug,
      name: label(s),
      description: label(s),
      taxonomy: TAXONOMY_KEY,
      taxonomy_detail: tax,
      taxonomy_id: tax.id,
      language: opts.locale,
    };
    return {
      id: hsdsId('attribute', c.slug, s.slug),
      link_id: ids.service,
      link_type: 'service_type',
      link_entity: 'service',
      taxonomy_term_id: term.id,
      value: s.slug,
      taxonomy_term: term,
    };
  });
  const location = compact({
    id: ids.location,
    location_type: 'physical',
    url,
    organization_id: ids.organization,
    name,
    description: [c.locality, c.adminArea, label(c.country)].filter(Boolean).join(', '),
    latitude: c.latitude,
    longitude: c.longitude,
    languages: languages({ location_id: ids.location }),
    addresses:
      c.locality || c.streetAddress
        ? [
            compact({
              id: hsdsId('address', c.slug),
              location_id: ids.location,
              address_1: c.streetAddress ?? c.locality,
              city: c.locality ?? '',
              region: c.adminArea,
              state_province: c.adminArea ?? '',
              postal_code: '',
              country: c.country.code,
              address_type: 'physical',
            }),
          ]
        : [],
    phones: phone({ location_id: ids.location }),
    schedules: schedulesOf(c, { location_id: ids.location }, hours, ['location']),
  });
  const organization = compact({
    id: ids.organization,
    name,
    description,
    email: c.email,
    website: c.website,
    uri: url,
    year_incorporated: c.openedYear,
    phones: phone({ organization_id: ids.organization }),
  });
  return compact({
    id: ids.service,
    organization_id: ids.organization,
    name,
    description,
    url,
    email: c.email,
    status: SERVICE_STATUS[c.status],
    last_modified: c.updatedAt,
    assured_date: c.lastVerifiedAt?.slice(0, 10),
    // HSDS's "short term alerts concerning the service": the temporary notice while it is in force.
    alert: activeNotice(c, text, opts.now ?? new Date()),
    phones: phone({ service_id: ids.service }),
    schedules,
    languages: languages({ service_id: ids.service }),
    organization,
    service_at_locations: [{ id: serviceAtLocationId, service_id: ids.service, location_id: ids.location, location }],
    attributes,
  });
}

/** An HSDS page's fields besides its `contents`: one page holding every centre exported. */
function pageFields(count: number): Json {
  return {
    total_items: count,
    total_pages: 1,
    page_number: 1,
    size: count,
    first_page: true,
    last_page: true,
    empty: count === 0,
  };
}

/**
 * The published centres as an HSDS 3.0 API page of fully nested services (one page holding them all). `contents`
 * comes first and the counts after it, as the streamed export writes them (it counts the centres as it sends them).
 */
export function centresToHsdsPage(centres: HsdsCentre[], opts: HsdsOptions): Json {
  return { contents: centres.map((c) => centreToHsdsService(c, opts)), ...pageFields(centres.length) };
}

/** What a streamed HSDS export needs: the centres a batch at a time, the page's options and what names it. */
type HsdsStream = {
  batches: () => AsyncIterable<HsdsCentre[]>;
  /** `now` included: the day the notices are checked against, the one `validator` names. */
  opts: HsdsOptions & { now: Date };
  lastModified: Date | null;
  /** Names the content: the query, the content's last change, the notices in force at `opts.now`. */
  validator: string;
};

/**
 * The HSDS page of the published centres sent a batch at a time: `{"contents":[`, each batch's services, then `]` and
 * the counts; the same bytes as the JSON of centresToHsdsPage for the same centres (control characters left out as in
 * every public answer), whose memory it never holds. Not hashed, so its entity tag is weak, from `validator`.
 */
export function hsdsStreamResponse(request: Request, file: HsdsStream): Response {
  const { batches, opts, lastModified, validator } = file;
  const contentType = 'application/json';
  const encoder = new TextEncoder();
  const json = (value: unknown) => JSON.stringify(value, stripControlCharactersReplacer);
  let centres: AsyncIterator<HsdsCentre[]> | null = null;
  let count = 0;
  return conditionalStream(
    request,
    { validator, contentType, lastModified },
    {
      async pull(controller) {
        const first = centres === null;
        centres ??= batches()[Symbol.asyncIterator]();
        const next = await centres.next();
        if (next.done) {
          // `{"total_items":…}` follows the contents: `],"total_items":…}`.
          controller.enqueue(encoder.encode(`${first ? '{"contents":[' : ''}],${json(pageFields(count)).slice(1)}`));
          controller.close();
          return;
        }
        const services = next.value.map((c, i) => (count + i > 0 ? ',' : '') + json(centreToHsdsService(c, opts)));
        count += next.value.length;
        controller.enqueue(encoder.encode((first ? '{"contents":[' : '') + services.join('')));
      },
      async cancel() {
        await centres?.return?.();
      },
    },
  );
}
