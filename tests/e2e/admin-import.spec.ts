import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { expectNoAxeViolations } from './axe';
import { createE2eUser, e2eDatabaseUrl, loginThroughUi } from './auth-helpers';

// Issue 6 items 3-4 in the admin, both languages: paste a project page, correct a field in the preview, save;
// CSV dry run and apply of the export (which changes nothing). Serial: the tests share seeded records.
test.describe.configure({ mode: 'serial' });
const seedText = readFileSync(path.resolve(import.meta.dirname, '../fixtures/seeds/001_f1304bd47d6398f5.txt'), 'utf8');
const L = {
  en: {
    page: '/en/admin/import',
    csv: '/en/admin/import/csv',
    text: 'Text of the project page',
    read: 'Read the page',
    budget: 'Budget (USD)',
    draft: 'Save as draft',
    publish: 'Save and publish',
    file: 'CSV file',
    dryRun: 'Dry run',
    apply: 'Apply',
    nav: 'Import',
    staffNav: 'Staff section',
    summary: '0 to create, 0 to update',
    applied: 'Applied: 0 created, 0 updated.',
    rejected: 'no region is called “Atlantis”',
    header:
      'Project ID,PRIMA ID,Title,Status,Type,Coverage,Region,Budget (USD),Start year,End year,Funding year,Beneficiary member states,Summary',
  },
  fr: {
    page: '/fr/admin/importer',
    csv: '/fr/admin/importer/csv',
    text: 'Texte de la page de projet',
    read: 'Lire la page',
    budget: 'Budget (USD)',
    draft: 'Enregistrer comme brouillon',
    publish: 'Enregistrer et publier',
    file: 'Fichier CSV',
    dryRun: 'Simuler',
    apply: 'Appliquer',
    nav: 'Importer',
    staffNav: 'Espace du personnel',
    summary: '0 à créer, 0 à mettre à jour',
    applied: 'Appliqué : 0 créé(s), 0 mis à jour.',
    rejected: 'aucune région ne s’appelle « Atlantis »',
    header:
      'ID du projet,ID PRIMA,Titre,Statut,Type,Couverture,Région,Budget (USD),Année de début,Année de fin,Année de financement,États membres bénéficiaires,Résumé',
  },
} as const;

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
const revisionCount = async () => Number((await query<{ n: string }>('SELECT count(*) AS n FROM revision'))[0]?.n);

for (const locale of ['en', 'fr'] as const) {
  const l = L[locale];

  test(`${locale}: paste a project page, correct a field in the preview and save`, async ({ page }) => {
    test.setTimeout(180_000);
    await loginThroughUi(page, await createE2eUser('editor'), locale);
    await page.getByRole('navigation', { name: l.staffNav }).getByRole('link', { name: l.nav, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${l.page}$`));
    await expectNoAxeViolations(page);
    // English: a new code (created as a draft). French: an existing draft the test makes from PX.0220 (differences
    // shown, then updated). Seeded published records are never touched: other tests read them in parallel.
    const code = locale === 'en' ? 'ZI.0001' : 'ZI.0002';
    const primaId = locale === 'en' ? 'ZI10P0001' : 'ZI10P0002';
    if (locale === 'fr') {
      await query(
        `INSERT INTO project (code, prima_id, title, summary, source_language, translations, needs_translation, status,
          type_id, coverage, region_id, budget_usd, start_year, end_year, funding_year, publication_state, updated_at)
        SELECT $1, $2, title, summary, source_language, translations, needs_translation, status, type_id, coverage,
          region_id, budget_usd, start_year, end_year, funding_year, 'draft', now() FROM project WHERE code = 'PX.0220'`,
        [code, primaId],
      );
      await query(
        `INSERT INTO project_country (project_id, country_code, position)
        SELECT (SELECT id FROM project WHERE code = $1), country_code, position FROM project_country pc
        JOIN project p ON p.id = pc.project_id WHERE p.code = 'PX.0220'`,
        [code],
      );
    }
    const text = seedText.replace('PX.0220', code).replace('FJ10P0514', primaId);
    await page.getByLabel(l.text).fill(text);
    await page.getByRole('button', { name: l.read }).click();
    await expect(page.locator('#code')).toHaveValue(code, { timeout: 60_000 });
    await expect(page.locator('#primaId')).toHaveValue(primaId);
    await expect(page.locator('#budgetUsd')).toHaveValue('400000.00');
    await expect(page.locator('#startYear')).toHaveValue('2021');
    await expect(page.locator('#endYear')).toHaveValue('2024');
    await expect(page.getByRole('checkbox', { name: /\(FJ\)/ })).toBeChecked();
    if (locale === 'fr') await expect(page.getByText(`Le projet ${code} existe déjà`)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.locator('#budgetUsd').fill('410000');
    if (locale === 'fr') {
      // An existing record is updated only once the differences are explicitly confirmed.
      await page.getByRole('button', { name: l.draft }).click();
      await expect(page.locator('#form-message')).toContainText('cochez la case de confirmation', { timeout: 60_000 });
      await expect(page.locator('#budgetUsd')).toHaveValue('410000');
      await page.getByLabel('J’ai vérifié les différences').check();
    }
    await page.getByRole('button', { name: l.draft }).click();
    await expect(page).toHaveURL(new RegExp(`\\?saved=${locale === 'en' ? 'created' : 'updated'}$`), {
      timeout: 60_000,
    });
    const [row] = await query<{ budget_usd: string; publication_state: string }>(
      'SELECT budget_usd, publication_state FROM project WHERE code = $1',
      [code],
    );
    expect(row).toEqual({ budget_usd: '410000.00', publication_state: 'draft' });
  });

  test(`${locale}: CSV dry run and apply of the export change nothing; a bad row is rejected`, async ({ page }) => {
    test.setTimeout(180_000);
    await loginThroughUi(page, await createE2eUser('editor'), locale);
    const csv = await (await page.request.get(`/api/v1/projects?format=csv&lang=${locale}`)).text();
    await page.goto(l.csv);
    await expectNoAxeViolations(page);
    const before = await revisionCount();
    await page
      .getByLabel(l.file)
      .setInputFiles({ name: 'projects.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: l.dryRun }).click();
    await expect(page.getByText(l.summary)).toBeVisible({ timeout: 60_000 });
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: l.apply }).click();
    await expect(page.getByText(l.applied)).toBeVisible({ timeout: 60_000 });
    expect(await revisionCount()).toBe(before);

    const bad = `${l.header}\nZI.0100,,X,Active,Assisted migration services,National,Atlantis,1000,2027,2028,,,Y\n`;
    await page.getByLabel(l.file).setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: l.dryRun }).click();
    await expect(page.getByText(l.rejected)).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('button', { name: l.apply })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
}
