import { describe, expect, it } from 'vitest';
import { isMissingPublicPage } from '@/lib/data/public-pages';
import { getDb } from '@/lib/db';

// The proxy answers these addresses with the server-rendered 404 page (issue 15): no page, or no published record.
describe('isMissingPublicPage on the seeded database', () => {
  it('knows the pages and the published records, in every language and however the key is written', async () => {
    for (const path of [
      '/fr',
      '/en/projects',
      '/es/regiones',
      '/fr/projets/PX.0220',
      '/en/projects/px.0220',
      '/es/proyectos/PX%2E0220',
      '/en/resource-centres/la-union-window-office',
      '/fr/centres-de-ressources/La-Union-Window-Office',
      '/es/centros-de-recursos/la-union-window-office/reportar',
    ]) {
      expect(await isMissingPublicPage(path), path).toBe(false);
    }
  });

  it('names unknown paths, unknown or malformed keys and unpublished records as missing', async () => {
    const draft = await getDb().project.findFirst({
      where: { publicationState: { not: 'published' } },
      select: { code: true },
    });
    const paths = [
      '/fr/nope',
      '/en/projets',
      '/en/projects/XX.0000',
      '/en/projects/%E0%A4%A',
      '/fr/centres-de-ressources/no-such-centre',
      '/es/centros-de-recursos/no-such-centre/reportar',
      '/en/resource-centres/not a slug',
      ...(draft ? [`/en/projects/${draft.code}`] : []),
    ];
    for (const path of paths) expect(await isMissingPublicPage(path), path).toBe(true);
  });
});
