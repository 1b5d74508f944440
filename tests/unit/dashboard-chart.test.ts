import { renderToReadableStream } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { DashboardBar } from '@/lib/data/dashboard';

// Strings are their keys and arguments; numbers are marked so the table's figures can be told from the SVG's text.
vi.mock('next-intl/server', () => ({
  getTranslations: () =>
    Promise.resolve((key: string, values?: Record<string, unknown>) =>
      values ? `${key}${JSON.stringify(values)}` : key,
    ),
  getFormatter: () => Promise.resolve({ number: (n: number) => `#${n}` }),
}));

const { BarChart } = await import('@/components/dashboard/bar-chart');
const { DashboardChart } = await import('@/components/dashboard/dashboard-chart');

async function html(el: unknown): Promise<string> {
  const stream = await renderToReadableStream((await el) as never);
  await stream.allReady;
  return (await new Response(stream).text()).replaceAll('&quot;', '"');
}

const attrs = (out: string, tag: string) =>
  [...out.matchAll(new RegExp(`<${tag} ([^>]*)/?>`, 'g'))].map((m) =>
    Object.fromEntries([...(m[1] ?? '').matchAll(/(?<![\w-])([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );
const names = (en: string) => ({ nameEn: en, nameFr: `${en} (fr)`, nameEs: `${en} (es)` });

const REGIONS: DashboardBar[] = [
  { key: 'asia-oceania', names: names('Asia and Oceania'), count: 120, budgetUsd: '12300000.00' },
  { key: 'middle-east-north-africa', names: names('Middle East and North Africa'), count: 40, budgetUsd: '7800000.50' },
  { key: 'global', names: names('Global'), count: 3, budgetUsd: '0.00' },
];

describe('dashboard charts (server-rendered SVG, no client JS)', () => {
  it('draws one bar per figure inside its 400-unit view box, with a title and a description', async () => {
    const bars = [
      { label: 'Middle East and North Africa', value: 7_800_000, text: 'US$7.8M · 40 projects' },
      { label: 'Asia and Oceania', value: 12_300_000, text: 'US$12.3M · 120 projects' },
      { label: 'Global', value: 0, text: 'US$0 · 3 projects' },
    ];
    const out = await html(BarChart({ id: 'c', title: 'By region', description: 'Asia has the most.', bars }));
    const [svg] = attrs(out, 'svg');
    expect(svg).toMatchObject({ role: 'img', 'aria-labelledby': 'c-title c-desc' });
    expect(svg?.viewBox).toMatch(/^0 0 400 \d+$/);
    expect(out).toContain('<title id="c-title">By region</title>');
    expect(out).toContain('<desc id="c-desc">Asia has the most.</desc>');
    const rects = attrs(out, 'rect').map((r) => ({ x: Number(r.x), width: Number(r.width) }));
    expect(rects).toHaveLength(3);
    // Lengths follow the budgets; the largest bar and its text stay inside the view box.
    expect(rects[1]!.width).toBeGreaterThan(rects[0]!.width);
    expect(rects[0]!.width / rects[1]!.width).toBeCloseTo(7.8 / 12.3, 3);
    expect(rects[2]!.width).toBe(0);
    const texts = attrs(out, 'text').map((t) => Number(t.x));
    expect(Math.max(...rects.map((r) => r.x + r.width))).toBeLessThanOrEqual(
      400 - 'US$12.3M · 120 projects'.length * 8,
    );
    expect(Math.max(...texts)).toBeLessThan(400);
    // Long names go above their bars, whole.
    expect(out).toContain('>Middle East and North Africa</text>');
    expect(out).not.toContain('<script');
  });

  it('puts short labels (years) left of their bars', async () => {
    const bars = ['2019', '2020', '2021'].map((y, i) => ({ label: y, value: i + 1, text: `US$${i + 1}M · 1 project` }));
    const out = await html(BarChart({ id: 'y', title: 'By year', description: 'd', bars }));
    const labels = attrs(out, 'text').filter((t) => t['text-anchor'] === 'end');
    expect(labels).toHaveLength(3);
    const rects = attrs(out, 'rect');
    expect(Number(rects[0]!.x)).toBeGreaterThan(30);
  });

  it('gives a chart its heading, summary, bars, a table of the same figures and the CSV link', async () => {
    const out = await html(
      DashboardChart({
        chart: 'region',
        bars: REGIONS,
        totalBudgetUsd: '20100000.50',
        countryCount: 0,
        csvHref: '/api/v1/projects/dashboard.csv?chart=region&lang=en&region=asia-oceania',
        locale: 'en',
      }),
    );
    expect(out).toContain('<h3 id="chart-region-heading"');
    expect(out).toContain('charts.region');
    const summary = { name: 'Asia and Oceania', budget: 'US$12,300,000', count: 120 };
    expect(out).toContain(`summary.region${JSON.stringify({ ...summary, total: 'US$20,100,000.50', share: '61%' })}`);
    expect(attrs(out, 'rect')).toHaveLength(3);
    const rows = [
      ...out.matchAll(/<tr[^>]*><th scope="row"[^>]*>([^<]*)<\/th><td[^>]*>([^<]*)<\/td><td[^>]*>([^<]*)</g),
    ];
    expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual([
      ['Asia and Oceania', '#120', 'US$12,300,000'],
      ['Middle East and North Africa', '#40', 'US$7,800,000.50'],
      ['Global', '#3', 'US$0'],
    ]);
    expect(out).toContain('<th scope="col" class="py-1 pr-3 text-left">Region</th>');
    expect(out).toContain('href="/api/v1/projects/dashboard.csv?chart=region&amp;lang=en&amp;region=asia-oceania"');
    expect(out).toContain('barValue{"budget":"US$12.3M","count":120}');
  });

  it('names statuses, coverages and unknown years in the page language', async () => {
    const years: DashboardBar[] = [
      { key: '2021', names: null, count: 2, budgetUsd: '100.00' },
      { key: null, names: null, count: 5, budgetUsd: '900.00' },
    ];
    const fr = await html(
      DashboardChart({
        chart: 'startYear',
        bars: years,
        totalBudgetUsd: '1000.00',
        countryCount: 0,
        csvHref: '/x',
        locale: 'fr',
      }),
    );
    expect(fr).toContain('summary.startYearUnknown{"name":"Non indiquée"');
    expect(fr).toContain('>Non indiquée</th>');
    const status = await html(
      DashboardChart({
        chart: 'status',
        bars: [{ key: 'active', names: null, count: 1, budgetUsd: '5.00' }],
        totalBudgetUsd: '5.00',
        countryCount: 0,
        csvHref: '/x',
        locale: 'es',
      }),
    );
    expect(status).toContain('>Activo</th>');
  });

  it('says when there is no budget to draw, and when no country is named', async () => {
    const none = await html(
      DashboardChart({
        chart: 'coverage',
        bars: [{ key: 'global', names: null, count: 4, budgetUsd: '0.00' }],
        totalBudgetUsd: '0.00',
        countryCount: 0,
        csvHref: '/x',
        locale: 'en',
      }),
    );
    expect(none).toContain('summary.noBudget');
    const countries = await html(
      DashboardChart({
        chart: 'country',
        bars: [],
        totalBudgetUsd: '10.00',
        countryCount: 0,
        csvHref: '/x',
        locale: 'en',
      }),
    );
    expect(countries).toContain('summary.noCountry');
    expect(countries).not.toContain('<svg');
    expect(countries).not.toContain('dashboard.csv');
  });

  it('tells the country chart counts each project in full for each country', async () => {
    const out = await html(
      DashboardChart({
        chart: 'country',
        bars: [{ key: 'FJ', names: names('Fiji'), count: 7, budgetUsd: '300.00' }],
        totalBudgetUsd: '200.00',
        countryCount: 12,
        csvHref: '/x',
        locale: 'en',
      }),
    );
    expect(out).toContain('summary.country{"name":"Fiji","budget":"US$300","count":7,"shown":1,"all":12}');
    expect(out).toContain('countriesNote');
  });
});
