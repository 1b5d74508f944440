// Open Referral HSDS 3.0 export of the centres: one organization, service, location and service_at_location per
// centre; the services the centre offers are taxonomy terms of the portal's own services taxonomy.
import { hsdsId } from '@/lib/api/hsds-ids';
import type { CentreDetail } from '@/lib/data/centres-detail';
import { pickLocalised, type Localised } from '@/lib/format';
import { nameIn, type AppLocale, type LocalisedNames } from '@/lib/i18n/routing';
import type { CentreStatus } from '@/lib/content/centre';

type Json = Record<string, unknown>;
export type HsdsOptions = { locale: AppLocale; siteUrl: string; centreUrl: (slug: string) => string };

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
function centreToHsdsService(c: CentreDetail, opts: HsdsOptions): Json {
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
  const schedules = hours ? [{ id: hsdsId('schedule', c.slug), service_id: ids.service, description: hours }] : [];
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
    schedules: hours
      ? [{ id: hsdsId('schedule', c.slug, 'location'), location_id: ids.location, description: hours }]
      : [],
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
    phones: phone({ service_id: ids.service }),
    schedules,
    languages: languages({ service_id: ids.service }),
    organization,
    service_at_locations: [{ id: serviceAtLocationId, service_id: ids.service, location_id: ids.location, location }],
    attributes,
  });
}

/** The published centres as an HSDS 3.0 API page of fully nested services (one page holding them all). */
export function centresToHsdsPage(centres: CentreDetail[], opts: HsdsOptions): Json {
  return {
    total_items: centres.length,
    total_pages: 1,
    page_number: 1,
    size: centres.length,
    first_page: true,
    last_page: true,
    empty: centres.length === 0,
    contents: centres.map((c) => centreToHsdsService(c, opts)),
  };
}
