import type { CentreDetail } from '@/lib/data/centres-detail';
import { pickLocalised } from '@/lib/format';
import { nameIn, type AppLocale, type LocalisedNames } from '@/lib/i18n/routing';

/** schema.org GovernmentOffice description of a centre: address, geo coordinates, contacts, languages, services. */
export function centreJsonLd(c: CentreDetail, url: string, locale: AppLocale): Record<string, unknown> {
  const name = (n: LocalisedNames) => nameIn(n, locale);
  const operator = pickLocalised(c.operator, locale)?.value;
  const defined = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
  return defined({
    '@context': 'https://schema.org',
    '@type': 'GovernmentOffice',
    '@id': `${url}#centre`,
    url,
    name: pickLocalised(c.name, locale)?.value ?? c.slug,
    description: pickLocalised(c.description, locale)?.value,
    inLanguage: locale,
    address: defined({
      '@type': 'PostalAddress',
      streetAddress: c.streetAddress,
      addressLocality: c.locality,
      addressRegion: c.adminArea,
      addressCountry: c.country.code,
    }),
    geo:
      c.latitude !== null && c.longitude !== null
        ? { '@type': 'GeoCoordinates', latitude: c.latitude, longitude: c.longitude }
        : null,
    telephone: c.phone,
    email: c.email,
    sameAs: c.website,
    knowsLanguage: c.languages.length
      ? c.languages.map((l) => ({ '@type': 'Language', name: name(l), alternateName: l.code }))
      : null,
    makesOffer: c.services.length
      ? c.services.map((s) => ({ '@type': 'Offer', itemOffered: { '@type': 'Service', name: name(s) } }))
      : null,
    parentOrganization: operator ? { '@type': 'Organization', name: operator } : null,
    foundingDate: c.openedYear ? String(c.openedYear) : null,
  });
}

/** The JSON-LD as a script element, with "<" escaped so no text can close the script early. */
export function CentreJsonLd({ data }: { data: Record<string, unknown> }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
