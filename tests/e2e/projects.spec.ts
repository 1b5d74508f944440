import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { expectNoAxeViolations } from './axe';

const codesOnPage = (page: Page) =>
  page
    .locator('[data-testid="project-table"] tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
const sortedCodes = async (page: Page) => (await codesOnPage(page)).sort();

test.describe('project list', () => {
  for (const path of ['/fr/projets', '/en/projects']) {
    test(`${path} lists the three seeded projects, shows the filter panel with counts and passes axe`, async ({
      page,
    }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      expect(await sortedCodes(page)).toEqual(['FM.0283', 'PO.0160', 'PX.0220']);
      const form = page.getByTestId('filter-form');
      await expect(form).toBeVisible();
      await expect(form.locator('[data-filter="region"] input')).toHaveCount(6);
      await expect(form.locator('[data-filter="status"] input')).toHaveCount(5);
      await expectNoAxeViolations(page);
    });
  }

  test('every filter, the search and the sorts work through the URL, in both languages', async ({ page }) => {
    test.setTimeout(120_000);
    const cases: [string, string[]][] = [
      ['/en/projects?q=pacifique', ['PX.0220']],
      ['/fr/projets?q=Pacific', ['PX.0220']],
      ['/fr/projets?q=m%C3%A9soam%C3%A9rique', ['PO.0160']],
      ['/en/projects?q=mesoamerique', ['PO.0160']],
      ['/en/projects?region=latin-america-caribbean', ['PO.0160']],
      ['/en/projects?status=completed', ['FM.0283', 'PO.0160']],
      ['/fr/projets?type=assisted-migration-services', ['FM.0283']],
      ['/fr/projets?coverage=regional', ['PO.0160', 'PX.0220']],
      ['/en/projects?country=TO&country=MX', ['PO.0160', 'PX.0220']],
      ['/en/projects?budgetMin=200000', ['PX.0220']],
      ['/fr/projets?budgetMax=100000', ['FM.0283', 'PO.0160']],
      ['/en/projects?yearFrom=2022', ['FM.0283', 'PX.0220']],
      ['/fr/projets?yearTo=2020', ['PO.0160']],
      ['/en/projects?status=completed&region=asia-oceania', ['FM.0283']],
      ['/fr/projets?q=migrants&coverage=regional&status=active&budgetMin=1000', ['PX.0220']],
    ];
    for (const [url, expected] of cases) {
      await page.goto(url);
      expect(await sortedCodes(page), url).toEqual(expected);
    }
    await page.goto('/fr/projets?sort=-budget');
    expect((await codesOnPage(page))[0]).toBe('PX.0220');
    await expect(page.getByTestId('result-summary')).toContainText('3 projets');
    await expect(page.getByTestId('result-summary')).toContainText('600\u202f000\u00a0$US');
    await page.goto('/en/projects?sort=start');
    expect(await codesOnPage(page)).toEqual(['PO.0160', 'PX.0220', 'FM.0283']);
    await page.goto('/en/projects?sort=-end');
    expect(await codesOnPage(page)).toEqual(['FM.0283', 'PX.0220', 'PO.0160']);
  });

  test('shows counts per region and status for the current query, the total budget of all matches and chips', async ({
    page,
  }) => {
    await page.goto('/en/projects?region=asia-oceania&budgetMin=50000');
    await expect(page.getByTestId('result-summary')).toContainText('2 projects');
    await expect(page.getByTestId('result-summary')).toContainText('US$500,000');
    const form = page.getByTestId('filter-form');
    await expect(form.locator('[data-filter="status"] label', { hasText: 'Completed' })).toContainText('(1 project)');
    await expect(form.locator('[data-filter="region"] label', { hasText: 'Latin America' })).toContainText(
      '(1 project)',
    );
    const chips = page.getByTestId('filter-chips');
    await chips.getByRole('link', { name: 'Remove filter: Region: Asia and Oceania' }).click();
    await expect(page).toHaveURL(/\/en\/projects\?budgetMin=50000$/);
    expect(await sortedCodes(page)).toEqual(['FM.0283', 'PO.0160', 'PX.0220']);
    await page.getByTestId('filter-chips').getByRole('link', { name: 'Clear all' }).click();
    await expect(page).toHaveURL(/\/en\/projects$/);
  });

  test('links to the JSON, CSV and IATI of the current filters, which agree with the page', async ({
    page,
    request,
  }) => {
    await page.goto('/fr/projets?status=completed&sort=-budget');
    const links = page.getByTestId('export-links');
    const jsonHref = await links.locator('[data-format="json"]').getAttribute('href');
    const csvHref = await links.locator('[data-format="csv-fr"]').getAttribute('href');
    expect(jsonHref).toBe('/api/v1/projects?status=completed&sort=-budget');
    expect(csvHref).toBe('/api/v1/projects?status=completed&sort=-budget&format=csv&lang=fr');
    const json = (await (await request.get(jsonHref!)).json()) as { total: number; data: { code: string }[] };
    expect(json.data.map((p) => p.code)).toEqual(await codesOnPage(page));
    const csv = await (await request.get(csvHref!)).text();
    const rows = parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { columns: true });
    expect(rows.map((r) => r['ID du projet'])).toEqual(json.data.map((p) => p.code));
    expect(rows.map((r) => r.Statut)).toEqual(['Achevé', 'Achevé']);
    const iatiHref = await links.locator('[data-format="iati"]').getAttribute('href');
    expect(iatiHref).toBe('/api/v1/projects?status=completed&sort=-budget&format=iati');
    const xml = await (await request.get(iatiHref!)).text();
    expect([...xml.matchAll(/<iati-identifier>XM-DAC-47066-([^<]+)</g)].map((m) => m[1])).toEqual(
      json.data.map((p) => p.code),
    );
  });

  test('shows a friendly empty state', async ({ page }) => {
    await page.goto('/en/projects?region=africa');
    await expect(page.getByText('No project matches these filters')).toBeVisible();
    // Nothing to download.
    await expect(page.getByTestId('export-links')).toHaveCount(0);
    await page.getByRole('link', { name: 'Show all projects' }).click();
    await expect(page).toHaveURL(/\/en\/projects$/);
  });

  test('a page beyond the last one says so and links back to the first page with the same filters', async ({
    page,
  }) => {
    await page.goto('/fr/projets?status=completed&page=9');
    await expect(page.getByTestId('page-beyond')).toContainText(
      'Il n’y a pas de page 9 : ces résultats tiennent sur 1 page.',
    );
    await page.getByRole('link', { name: 'Aller à la première page' }).click();
    await expect(page).toHaveURL(/\/fr\/projets\?status=completed$/);
    expect(await sortedCodes(page)).toEqual(['FM.0283', 'PO.0160']);
  });

  test('malformed filters are reported in the page language, ignored and never a 500', async ({ page }) => {
    const res = await page.goto(
      '/fr/projets?status=bogus&sort=price&page=-1&region=nowhere&region=%3Cscript%3E&status=active&budgetMin=abc',
    );
    expect(res?.status()).toBe(200);
    const issues = page.getByTestId('filter-issues');
    await expect(issues).toContainText('Certains filtres ont été ignorés');
    await expect(issues).toContainText('« bogus » n’est pas une valeur valide pour « Statut »');
    await expect(issues).toContainText('« nowhere » n’est pas une valeur connue pour « Région »');
    await expect(issues).toContainText('« abc » n’est pas une valeur valide pour « Budget minimum »');
    expect(await codesOnPage(page)).toEqual(['PX.0220']);
    await page.goto('/en/projects?yearFrom=2024&yearTo=2020');
    await expect(page.getByTestId('filter-issues')).toContainText('“2020” is below the minimum given for “To year”');
  });
});

test.describe('list with filters applied', () => {
  for (const path of ['/fr/projets', '/en/projects']) {
    test(`${path} with every kind of filter set (chips, counts, issues) passes axe`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto(
        `${path}?q=migrants&region=asia-oceania&status=active&type=protection-assistance-vulnerable-migrants&coverage=regional&country=FJ&budgetMin=1000&budgetMax=900000&yearFrom=2020&yearTo=2025&sort=-budget&status=bogus`,
      );
      expect(await codesOnPage(page)).toEqual(['PX.0220']);
      await expect(page.getByTestId('filter-chips').getByRole('link')).toHaveCount(11);
      await expect(page.getByTestId('filter-issues')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('filter form without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of ['en', 'fr'] as const) {
    test(`the GET form puts every filter in a clean query string (${locale})`, async ({ page }) => {
      const l =
        locale === 'en'
          ? {
              path: '/en/projects',
              search: 'Search',
              completed: 'Completed',
              asia: /Asia and Oceania/,
              country: 'Beneficiary country',
              fiji: 'Fiji',
              min: 'Minimum budget (USD)',
              from: 'From year',
              sort: 'Sort by',
              apply: 'Apply filters',
            }
          : {
              path: '/fr/projets',
              search: 'Rechercher',
              completed: 'Achevé',
              asia: /Asie et Océanie/,
              country: 'Pays bénéficiaire',
              fiji: 'Fidji',
              min: 'Budget minimum (USD)',
              from: 'De l’année',
              sort: 'Trier par',
              apply: 'Appliquer les filtres',
            };
      await page.goto(l.path);
      const form = page.getByTestId('filter-form');
      await form.getByLabel(l.search, { exact: true }).fill('migration');
      await form.getByLabel(l.completed).check();
      await form.getByLabel(l.asia).check();
      // Countries are a list of checkboxes (no Ctrl-click multiple select).
      const countries = form.getByRole('group', { name: l.country });
      await countries.getByLabel(l.fiji).check();
      await countries.locator('input[value="FM"]').check();
      await form.getByLabel(l.min).fill('50000');
      await form.getByLabel(l.from).fill('2020');
      await form.getByLabel(l.sort).selectOption('-budget');
      await page.getByRole('button', { name: l.apply }).click();
      // The form's action ends with #results: the new page opens on the results (the clean-URL redirect keeps it).
      await expect(page).toHaveURL(
        new RegExp(
          `${l.path}\\?q=migration&region=asia-oceania&status=completed&country=(?:FJ&country=FM|FM&country=FJ)&budgetMin=50000&yearFrom=2020&sort=-budget#results$`,
        ),
      );
      expect(await codesOnPage(page)).toEqual(['FM.0283']);
      // Ticked countries come first in their list.
      await expect(countries.locator('input').nth(0)).toBeChecked();
      await expect(countries.locator('input').nth(1)).toBeChecked();
      await expect(form.getByLabel(l.completed)).toBeChecked();
      await expect(form.getByLabel(l.search, { exact: true })).toHaveValue('migration');
      // Chips are plain links: removing one works without JavaScript too.
      await page.getByTestId('filter-chips').locator('a').first().click();
      await expect(page).toHaveURL(
        new RegExp(
          `${l.path}\\?region=asia-oceania&status=completed&country=(?:FJ&country=FM|FM&country=FJ)&budgetMin=50000&yearFrom=2020&sort=-budget$`,
        ),
      );
    });
  }
});

// Issue 15: the list on a phone (390 × 844) and on a wide screen.
const tapTargetsUnder44 = (page: Page) =>
  page.locator('main').evaluate((main) =>
    [...main.querySelectorAll('a, button, summary, label:has(input)')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ text: el.textContent.trim().slice(0, 40), height: el.getBoundingClientRect().height }))
      .filter((t) => t.height < 44),
  );

test.describe('project list on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('fits the screen: results first as cards, filters folded below them, 44 px tap targets', async ({ page }) => {
    await page.goto('/en/projects?status=completed&region=asia-oceania');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect(page.getByTestId('project-table')).toBeHidden();
    const cards = page.getByTestId('project-cards');
    await expect(cards.locator('li')).toHaveCount(1);
    const card = cards.locator('li[data-code="FM.0283"]');
    await expect(card).toContainText('FM.0283');
    await expect(card).toContainText('Asia and Oceania');
    await expect(card).toContainText('Completed');
    await expect(card.getByRole('link')).toHaveAttribute('href', '/en/projects/FM.0283');
    // The filters: a closed disclosure after the results, its summary counting the active filters.
    const panel = page.getByTestId('filter-panel');
    const summary = panel.locator('summary');
    await expect(summary).toContainText('Filter and sort · 2 active');
    await expect(page.getByTestId('filter-form')).toBeHidden();
    const results = (await page.locator('#results').boundingBox())!;
    expect(results.y).toBeLessThan((await summary.boundingBox())!.y);
    await expect(page.getByTestId('filter-panel-link')).toHaveAttribute('href', '#filter-panel');
    await summary.click();
    await expect(page.getByTestId('filter-form')).toBeVisible();
    await expect(page.getByTestId('filter-form')).not.toContainText('Ctrl');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await tapTargetsUnder44(page)).toEqual([]);
  });
});

test.describe('project list on a wide screen', () => {
  test('shows the filters beside the results, unfolded, and the years and linked titles in the table', async ({
    page,
  }) => {
    await page.goto('/en/projects?region=asia-oceania');
    const panel = page.getByTestId('filter-panel');
    // Still a closed <details>: its content is shown from lg up by CSS, its summary hidden.
    await expect(panel).not.toHaveAttribute('open');
    await expect(panel.locator('summary')).toBeHidden();
    await expect(page.getByTestId('filter-form')).toBeVisible();
    await expect(page.getByTestId('project-cards')).toBeHidden();
    const filters = (await panel.boundingBox())!;
    const results = (await page.locator('#results').boundingBox())!;
    expect(filters.x + filters.width).toBeLessThanOrEqual(results.x);
    const row = (code: string) => page.locator(`[data-testid="project-table"] tbody tr[data-code="${code}"]`);
    await expect(row('PX.0220').locator('[data-field="years"]')).toHaveText('2021–2024');
    // No start year recorded.
    await expect(row('FM.0283').locator('[data-field="years"]')).toHaveText('…–2024');
    await expect(row('FM.0283').locator('[data-field="title"]')).toHaveAttribute('href', '/en/projects/FM.0283');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  });
});
