import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { parseCentreFilters } from '@/lib/validation/centre-filters';
import { parseProjectFilters } from '@/lib/validation/project-filters';

// Issue 15 on a phone: the filters of the two public lists sit in a disclosure that names the active filters, the
// forms land on the results, and the country filter is a list of checkboxes (no Ctrl-click multiple select).
vi.mock('next-intl/server', () => ({
  getTranslations: () =>
    Promise.resolve((key: string, values?: Record<string, unknown>) =>
      values ? `${key}${JSON.stringify(values)}` : key,
    ),
}));
vi.mock('@/lib/i18n/navigation', () => ({
  Link: ({ href, children, ...rest }: { href: unknown; children: ReactNode }) =>
    createElement('a', { ...rest, href: JSON.stringify(href) }, children),
  getPathname: ({ href }: { href: string }) => `/en${href}`,
}));

const { activeProjectFilterCount } = await import('@/components/projects/active-filter-chips');
const { activeCentreFilterCount } = await import('@/components/centres/centre-filter-chips');
const { ProjectFilterForm } = await import('@/components/projects/project-filter-form');
const { CentreFilterForm } = await import('@/components/centres/centre-filter-form');
const { projectYears } = await import('@/components/projects/project-table');

const names = (en: string) => ({ nameEn: en, nameFr: en, nameEs: en });
const options = {
  regions: [{ slug: 'asia-oceania', ...names('Asia and Oceania') }],
  types: [],
  countries: [
    { slug: 'TO', ...names('Tonga') },
    { slug: 'FJ', ...names('Fiji') },
    { slug: 'MX', ...names('Mexico') },
  ],
};
const facets = { region: {}, status: {} };
const render = async (el: Promise<unknown>) => renderToStaticMarkup((await el) as never);

describe('project filter panel', () => {
  it('counts one active filter per chip, the sort and page aside', () => {
    const { filters } = parseProjectFilters({
      q: 'water',
      country: ['TO', 'MX'],
      status: 'active',
      budgetMin: '10',
      yearTo: '2024',
      sort: '-budget',
      page: '2',
    });
    expect(activeProjectFilterCount(filters)).toBe(6);
    expect(activeProjectFilterCount(parseProjectFilters({ sort: 'title' }).filters)).toBe(0);
  });

  it('is a closed disclosure naming the active filters, its form landing on #results', async () => {
    const { filters } = parseProjectFilters({ country: 'TO', status: 'active' });
    const out = await render(ProjectFilterForm({ locale: 'en', filters, options, facets }));
    expect(out).toMatch(/^<details id="filter-panel"[^>]*><summary/);
    expect(out).not.toMatch(/<details[^>]* open/);
    expect(out).toContain('toggle{&quot;count&quot;:2}');
    expect(out).toContain('action="/en/projects#results"');
    expect(out).toContain('method="get"');
  });

  it('offers countries as checkboxes, ticked ones first, with no multiple select or Ctrl hint', async () => {
    const { filters } = parseProjectFilters({ country: 'TO' });
    const out = await render(ProjectFilterForm({ locale: 'en', filters, options, facets }));
    expect(out).not.toContain('<select multiple');
    expect(out).not.toContain('multiSelectHint');
    const countries = out.slice(out.indexOf('data-filter="country"'));
    const values = [...countries.matchAll(/name="country"(?: checked="")? value="(\w+)"/g)].map((m) => m[1]);
    expect(values).toEqual(['TO', 'FJ', 'MX']);
    expect(countries).toMatch(/checked="" value="TO"/);
    expect(countries).not.toMatch(/checked="" value="(FJ|MX)"/);
  });
});

describe('centre filter panel', () => {
  it('counts its active filters and lands on #results', async () => {
    const { filters } = parseCentreFilters({ q: 'Manila', country: ['PH', 'SV'], kind: 'information_desk' });
    expect(activeCentreFilterCount(filters)).toBe(4);
    const centreFacets = {
      countries: [
        { code: 'SV', ...names('El Salvador') },
        { code: 'PH', ...names('Philippines') },
      ],
      services: [],
      languages: [],
    };
    const out = await render(CentreFilterForm({ locale: 'en', filters, facets: centreFacets }));
    expect(out).toMatch(/^<details id="filter-panel"/);
    expect(out).toContain('filtersToggle{&quot;count&quot;:4}');
    expect(out).toContain('action="/en/resource-centres#results"');
  });
});

describe('project years', () => {
  it('reads start–end, one year when they agree, and a fallback when neither is known', () => {
    expect(projectYears({ startYear: 2021, endYear: 2024 }, '—')).toBe('2021–2024');
    expect(projectYears({ startYear: 2022, endYear: 2022 }, '—')).toBe('2022');
    expect(projectYears({ startYear: 2022, endYear: null }, '—')).toBe('2022–…');
    expect(projectYears({ startYear: null, endYear: null }, '—')).toBe('—');
  });
});
