import { afterAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/projects/route';
import { getDb } from '@/lib/db';
import { validateIati } from '../support/iati-validator';

const call = (query: string) => GET(new Request(`http://localhost/api/v1/projects${query}`));
// A control character (or U+FFFE), raw or as a JSON escape.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe]|\\u00(?:0[0-8bcef]|1[0-9a-f]|7f)/i;
const identifiers = (xml: string) => [...xml.matchAll(/<iati-identifier>([^<]+)<\/iati-identifier>/g)].map((m) => m[1]);

describe('GET /api/v1/projects?format=iati', () => {
  afterAll(async () => {
    await getDb().$disconnect();
  });

  it('exports every seeded published project as a valid IATI 2.03 activity file', async () => {
    const res = await call('?format=iati');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await res.text();
    expect(await validateIati(xml)).toEqual([]);
    expect(identifiers(xml).sort()).toEqual(['XM-DAC-47066-FM.0283', 'XM-DAC-47066-PO.0160', 'XM-DAC-47066-PX.0220']);
    // PO.0160: eight recipient countries, 12.50 % each.
    expect(xml.match(/<recipient-country code="[A-Z]{2}" percentage="12.50"\/>/g)).toHaveLength(8);
    // A narrative per language with text: English (the default language) bare, the others with xml:lang.
    expect(xml).toContain('<narrative>Protection of and assistance to migrants in the Pacific</narrative>');
    expect(xml).toContain('<narrative xml:lang="fr">Protection et aide aux migrants dans le Pacifique</narrative>');
    expect(xml).toContain('<narrative xml:lang="es">Protección y asistencia a migrantes en el Pacífico</narrative>');
  });

  it('exports exactly the filtered rows, like the JSON total', async () => {
    const query = '?status=completed&region=asia-oceania';
    const total = ((await (await call(query)).json()) as { total: number }).total;
    const xml = await (await call(`${query}&format=iati`)).text();
    expect(identifiers(xml)).toEqual(['XM-DAC-47066-FM.0283']);
    expect(identifiers(xml)).toHaveLength(total);
    expect(await validateIati(xml)).toEqual([]);
  });

  it('stays valid XML when older data holds control characters (inserted by SQL, past the forms)', async () => {
    const db = getDb();
    const [saved] = await db.$queryRaw<{ title: string; summary: string }[]>`
      SELECT title::text AS title, summary::text AS summary FROM project WHERE code = 'PX.0220'`;
    await db.$executeRaw`UPDATE project
      SET title = jsonb_set(title, '{en}', to_jsonb((title ->> 'en') || chr(1) || chr(65534))),
          summary = jsonb_set(summary, '{en}', to_jsonb(chr(31) || chr(127) || (summary ->> 'en') || chr(11)))
      WHERE code = 'PX.0220'`;
    try {
      const xml = await (await call('?format=iati')).text();
      expect(await validateIati(xml)).toEqual([]);
      expect(xml).toContain('<narrative>Protection of and assistance to migrants in the Pacific</narrative>');
      // The other exports strip them too: JSON, CSV.
      const json = await (await call('?q=pacific')).text();
      const csv = await (await call('?format=csv&q=pacific')).text();
      for (const body of [json, csv]) {
        expect(body).toContain('Protection of and assistance to migrants in the Pacific');
        expect(body).not.toMatch(CONTROL);
      }
    } finally {
      await db.$executeRaw`UPDATE project SET title = ${saved!.title}::jsonb, summary = ${saved!.summary}::jsonb
        WHERE code = 'PX.0220'`;
    }
  });

  it('rejects an unknown format with a JSON 400', async () => {
    const res = await call('?format=xml');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_parameter' } });
  });
});
