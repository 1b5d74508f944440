import type { z } from 'zod';
import { API_LOCALES, type centreDetailSchema, type centreSchema } from '@/lib/api/schemas';
import type { CentreListItem } from '@/lib/data/centres';
import type { CentreDetail } from '@/lib/data/centres-detail';
import { namesJson } from '@/lib/data/open-data';
import type { Localised } from '@/lib/format';

/** A translated text as the API writes it: every language, in the API's order, null where there is no text. */
const localisedJson = (text: Localised): Localised =>
  Object.fromEntries(API_LOCALES.map((l) => [l, text[l]])) as Localised;

/** The public JSON form of a centre in a list. */
export function centreListJson(c: CentreListItem): z.output<typeof centreSchema> {
  return {
    slug: c.slug,
    name: localisedJson(c.name),
    kind: c.kind,
    status: c.status,
    country: { code: c.country.code, name: namesJson(c.country) },
    adminArea: c.adminArea,
    locality: c.locality,
    latitude: c.latitude,
    longitude: c.longitude,
    services: c.services.map((s) => ({ slug: s.slug, name: namesJson(s) })),
    updatedAt: c.updatedAt,
  };
}

/** The public JSON form of one centre with every published field. */
export function centreDetailJson(c: CentreDetail): z.output<typeof centreDetailSchema> {
  return {
    ...centreListJson(c),
    description: localisedJson(c.description),
    openingHours: localisedJson(c.openingHours),
    streetAddress: c.streetAddress,
    phone: c.phone,
    email: c.email,
    website: c.website,
    operator: localisedJson(c.operator),
    partners: localisedJson(c.partners),
    openedYear: c.openedYear,
    languages: c.languages.map((l) => ({ code: l.code, name: namesJson(l) })),
    projects: c.projects.map((p) => ({ code: p.code, title: localisedJson(p.title) })),
    lastVerifiedAt: c.lastVerifiedAt,
  };
}
