import { createElement, type ReactNode } from 'react';
import { renderToReadableStream } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

// Strings are their keys and arguments; a localised path is the route with its query.
vi.mock('next-intl/server', () => ({
  getTranslations: () =>
    Promise.resolve((key: string, values?: Record<string, unknown>) =>
      values ? `${key}${JSON.stringify(values)}` : key,
    ),
  getFormatter: () => Promise.resolve({ number: (n: number) => `#${n}` }),
}));
vi.mock('@/lib/i18n/navigation', () => {
  type Href = string | { pathname: string; params?: Record<string, string>; query?: Record<string, string> };
  const path = (href: Href) => {
    if (typeof href === 'string') return href;
    const p = Object.entries(href.params ?? {}).reduce((s, [k, v]) => s.replace(`[${k}]`, v), href.pathname);
    const q = new URLSearchParams(href.query).toString();
    return q ? `${p}?${q}` : p;
  };
  return {
    getPathname: ({ href, locale }: { href: Href; locale: string }) => `/${locale}${path(href)}`,
    Link: ({ href, children, ...rest }: { href: Href; children: ReactNode }) =>
      createElement('a', { href: `/en${path(href)}`, ...rest }, children),
  };
});

const { CentreNearForm } = await import('@/components/home/centre-near-form');
const { KeyFigures } = await import('@/components/home/key-figures');
const { LatestProjects } = await import('@/components/home/latest-projects');
const { ProjectsWorldMap } = await import('@/components/home/projects-world-map');
const { SiteSearchForm } = await import('@/components/home/site-search-form');

// A streamed render waits for nested async components (LocalisedText).
async function html(el: Promise<unknown>): Promise<string> {
  const stream = await renderToReadableStream((await el) as never);
  await stream.allReady;
  // Quotes in attributes and text read as quotes, so the expectations show the strings as written.
  return (await new Response(stream).text()).replaceAll('&quot;', '"');
}

const tag = (out: string, name: string) => out.match(new RegExp(`<${name} [^>]*>`))?.[0] ?? '';
const links = (out: string) => [...out.matchAll(/<a [^>]*href="([^"]*)"/g)].map((m) => m[1]);

describe('home page components (server-rendered, no client JS)', () => {
  it('the centre search is a GET form to the centre list sending q', async () => {
    const out = await html(CentreNearForm({ locale: 'fr' }));
    expect(tag(out, 'form')).toContain('action="/fr/resource-centres" method="get"');
    expect(tag(out, 'form')).toContain('role="search"');
    expect(tag(out, 'input')).toMatch(/^<input id="centre-near-q" (?=.*type="search")(?=.*name="q")/);
    expect(out).toContain('<label for="centre-near-q"');
    expect(out).toContain('type="submit"');
    expect(links(out)).toEqual(['/en/resource-centres']);
  });

  it('the site search sends q to the project list, or to the centre list with its second button', async () => {
    const out = await html(SiteSearchForm({ locale: 'es' }));
    expect(tag(out, 'form')).toContain('action="/es/projects" method="get"');
    expect(tag(out, 'input')).toMatch(/^<input id="site-search-q" (?=.*type="search")(?=.*name="q")/);
    const buttons = [...out.matchAll(/<button [^>]*>/g)].map((m) => m[0]);
    expect(buttons).toHaveLength(2);
    expect(buttons[0]).not.toContain('formaction');
    expect(buttons[1]).toContain('formAction="/es/resource-centres"');
  });

  it('every key figure is a link to the list it counts', async () => {
    const stats = { projectCount: 3, totalBudgetUsd: '600000.00', centreCount: 7, countryCount: 12 };
    const out = await html(KeyFigures({ stats, locale: 'en' }));
    expect(links(out)).toEqual(['/en/projects', '/en/projects?sort=-budget', '/en/resource-centres', '/en/regions']);
    expect(out).toContain('data-testid="project-count">#3<');
    expect(out).toContain('data-testid="total-budget">US$600,000<');
    expect(out).toContain('data-testid="centre-count">#7<');
    expect(out).toContain('data-testid="country-count">#12<');
    expect(out).toContain('countriesFigure{"count":12}');
  });

  it('the latest projects link their titles and show code, region and date', async () => {
    const region = { slug: 'asia-oceania', nameEn: 'Asia and Oceania', nameFr: 'Asie et Océanie', nameEs: 'Asia' };
    const out = await html(
      LatestProjects({
        locale: 'en',
        items: [
          { code: 'PX.0220', title: { en: 'Labour', fr: null, es: null }, region, updatedAt: '2026-03-04T10:00:00Z' },
          { code: 'FM.0283', title: { en: null, fr: 'Pêche', es: null }, region, updatedAt: '2026-03-01T10:00:00Z' },
        ],
      }),
    );
    expect(links(out)).toEqual(['/en/projects/PX.0220', '/en/projects/FM.0283', '/en/projects']);
    expect(out).toContain('<time dateTime="2026-03-04T10:00:00Z">latestUpdated{"date":"4 March 2026"}</time>');
    expect(out).toContain('Asia and Oceania');
    // A title only in another language is marked with its language.
    expect(out).toContain('<span lang="fr">Pêche</span>');
    expect(await html(LatestProjects({ locale: 'en', items: [] }))).toContain('latestEmpty');
  });

  it('the world map links each country to its projects, by its shape or, when tiny, by its dot', async () => {
    const countries = [
      { code: 'MX', name: 'Mexico', count: 1 },
      { code: 'FJ', name: 'Fiji', count: 2 },
      { code: 'TO', name: 'Tonga', count: 1 },
    ];
    const out = await html(ProjectsWorldMap({ id: 'm', countries, locale: 'fr' }));
    expect(out).toMatch(/<svg [^>]*role="group" aria-labelledby="m-title" aria-describedby="m-desc"/);
    expect(out).toContain('<title id="m-title">mapTitle</title>');
    expect(out).toContain('mapDesc{"countries":3}');
    for (const [code, name, n] of [
      ['MX', 'Mexico', 1],
      ['FJ', 'Fiji', 2],
      ['TO', 'Tonga', 1],
    ] as const) {
      const label = `mapCountry{"country":"${name}","count":${n}}`;
      // One focusable link per country on the map, named by its label.
      const named = out.match(new RegExp(`<a href="/fr/projects\\?country=${code}" aria-label="${label}"`, 'g'));
      expect(named).toHaveLength(1);
    }
    // Tiny countries' dots have a large tap area out of the tab order.
    expect(out).toMatch(/<a href="\/fr\/projects\?country=TO" tabindex="-1">/i);
    // The legend, and the same countries as a list of links sorted by name.
    expect(out).toContain('legendNone');
    const list = out.slice(out.indexOf('data-testid="home-map-countries"'));
    expect(links(list)).toEqual(['/fr/projects?country=FJ', '/fr/projects?country=MX', '/fr/projects?country=TO']);
    expect(out).not.toContain('NaN');
  });

  it('the world map says so when no country has a project', async () => {
    const out = await html(ProjectsWorldMap({ id: 'm', countries: [], locale: 'en' }));
    expect(out).toContain('mapEmpty');
    expect(out).not.toContain('<svg');
  });
});
