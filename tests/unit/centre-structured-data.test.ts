import { describe, expect, it } from 'vitest';
import { telHref } from '@/components/centres/centre-contact';
import { centreJsonLd } from '@/components/centres/centre-json-ld';
import type { CentreDetail } from '@/lib/data/centres-detail';

const centre: CentreDetail = {
  slug: 'test-centre',
  name: { en: 'Test </script> centre', fr: null, es: null },
  kind: 'resource_centre',
  status: 'operational',
  locality: 'Kolonia',
  adminArea: 'Pohnpei',
  country: { code: 'FM', nameEn: 'Micronesia', nameFr: 'Micronésie', nameEs: 'Micronesia' },
  latitude: 6.9639,
  longitude: 158.2092,
  services: [{ slug: 'hotline', nameEn: 'Hotline', nameFr: 'Permanence téléphonique', nameEs: 'Línea directa' }],
  description: { en: 'About', fr: 'À propos', es: null },
  openingHours: { en: null, fr: null, es: null },
  streetAddress: '1 Main St',
  phone: '+691 320 0000',
  email: 'info@example.org',
  website: 'https://example.org',
  operator: { en: 'IOM', fr: 'OIM', es: 'OIM' },
  partners: { en: null, fr: null, es: null },
  openedYear: 2016,
  lastVerifiedAt: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
  languages: [{ code: 'en', nameEn: 'English', nameFr: 'Anglais', nameEs: 'Inglés' }],
  projects: [],
  hours: null,
  timeZone: null,
  notice: { en: null, fr: null, es: null },
  noticeFrom: null,
  noticeUntil: null,
};

describe('centre structured data', () => {
  it('describes the centre as a schema.org GovernmentOffice with address, geo and contacts', () => {
    const ld = centreJsonLd(centre, 'https://x.test/fr/centres-de-ressources/test-centre', 'fr');
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOffice',
      name: 'Test </script> centre',
      description: 'À propos',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '1 Main St',
        addressLocality: 'Kolonia',
        addressRegion: 'Pohnpei',
        addressCountry: 'FM',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 6.9639, longitude: 158.2092 },
      telephone: '+691 320 0000',
      email: 'info@example.org',
      knowsLanguage: [{ name: 'Anglais' }],
      makesOffer: [{ itemOffered: { name: 'Permanence téléphonique' } }],
      parentOrganization: { name: 'OIM' },
    });
    const bare = centreJsonLd({ ...centre, latitude: null, longitude: null, phone: null }, 'https://x.test/', 'en');
    expect(bare).not.toHaveProperty('geo');
    expect(bare).not.toHaveProperty('telephone');
  });

  it('names everything in the page language, else in the first language of the list that has the text', () => {
    const ld = centreJsonLd(centre, 'https://x.test/es/centros-de-recursos/test-centre', 'es');
    expect(ld).toMatchObject({
      name: 'Test </script> centre',
      description: 'À propos',
      knowsLanguage: [{ name: 'Inglés' }],
      makesOffer: [{ itemOffered: { name: 'Línea directa' } }],
      parentOrganization: { name: 'OIM' },
    });
  });

  it('turns written phone numbers into tel: links', () => {
    expect(telHref('+691 320 0000')).toBe('tel:+6913200000');
    expect(telHref('+63 (56) 333-4444')).toBe('tel:+63563334444');
    expect(telHref('00 503 2222 3333')).toBe('tel:+50322223333');
    expect(telHref('2222-3333')).toBe('tel:22223333');
    expect(telHref('n/a')).toBeNull();
  });
});
