import type { z } from 'zod';
import type { centreDetailSchema, centreSchema } from '@/lib/api/schemas';
import type { CentreListItem } from '@/lib/data/centres';
import type { CentreDetail } from '@/lib/data/centres-detail';

const named = (n: { nameEn: string; nameFr: string }) => ({ en: n.nameEn, fr: n.nameFr });

/** The public JSON form of a centre in a list. */
export function centreListJson(c: CentreListItem): z.output<typeof centreSchema> {
  return {
    slug: c.slug,
    name: c.name,
    kind: c.kind,
    status: c.status,
    country: { code: c.country.code, name: named(c.country) },
    adminArea: c.adminArea,
    locality: c.locality,
    latitude: c.latitude,
    longitude: c.longitude,
    services: c.services.map((s) => ({ slug: s.slug, name: named(s) })),
    updatedAt: c.updatedAt,
  };
}

/** The public JSON form of one centre with every published field. */
export function centreDetailJson(c: CentreDetail): z.output<typeof centreDetailSchema> {
  return {
    ...centreListJson(c),
    description: c.description,
    openingHours: c.openingHours,
    streetAddress: c.streetAddress,
    phone: c.phone,
    email: c.email,
    website: c.website,
    operator: c.operator,
    partners: c.partners,
    openedYear: c.openedYear,
    languages: c.languages.map((l) => ({ code: l.code, name: named(l) })),
    projects: c.projects.map((p) => ({ code: p.code, title: p.title })),
    lastVerifiedAt: c.lastVerifiedAt,
  };
}
