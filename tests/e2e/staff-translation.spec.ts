import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { createE2eUser, e2eDatabaseUrl, loginThroughUi } from './auth-helpers';
import { sql } from '../support/auth';

// Issue 13 in the browser: translation status in the staff form and list, and the marked fallback on public pages.
// Records are inserted here (staff specs run after the public ones, whose counts they would otherwise change).
const SLOW = { timeout: 30_000 };

async function insertProject(code: string, texts: { title: object; summary: object }, state: 'draft' | 'published') {
  // Every translation present counts as saved with the current English source (as the write path would record it).
  await sql(
    e2eDatabaseUrl(),
    `INSERT INTO project (code, title, summary, source_language, translations, status, coverage, type_id, region_id,
      publication_state, updated_at)
    SELECT $1, $2::jsonb, $3::jsonb, 'en', jsonb_build_object(
        'title', (SELECT coalesce(jsonb_object_agg(k, md5($2::jsonb->>'en')), '{}') FROM jsonb_object_keys($2::jsonb) k
          WHERE k <> 'en'),
        'summary', (SELECT coalesce(jsonb_object_agg(k, md5($3::jsonb->>'en')), '{}') FROM jsonb_object_keys($3::jsonb) k
          WHERE k <> 'en')),
      'active', 'national', (SELECT min(id) FROM project_type), (SELECT id FROM region WHERE slug = 'africa'),
      $4::"PublicationState", now()`,
    [code, JSON.stringify(texts.title), JSON.stringify(texts.summary), state],
  );
}

test('a new English summary marks French and Spanish out of date until each is saved again', async ({ page }) => {
  test.setTimeout(90_000);
  const code = 'ZL.0001';
  await insertProject(
    code,
    {
      title: { en: 'Status of translations', fr: 'Statut des traductions', es: 'Estado de las traducciones' },
      summary: { en: 'First summary.', fr: 'Premier résumé.', es: 'Primer resumen.' },
    },
    'draft',
  );
  await loginThroughUi(page, await createE2eUser('editor'), 'en');
  const state = (field: string) => page.locator(`[data-translation="${field}"]`);
  await page.goto(`/en/admin/projects/${code}`);
  await expect(state('summary.fr')).toHaveAttribute('data-translation-state', 'current');
  await expect(state('summary.en')).toHaveAttribute('data-translation-state', 'source');

  await page.getByLabel('Summary (English)').fill('A rewritten summary.');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page).toHaveURL(/saved=updated$/, SLOW);
  await expect(state('summary.fr')).toHaveAttribute('data-translation-state', 'stale');
  await expect(state('summary.es')).toHaveAttribute('data-translation-state', 'stale');
  await expect(state('title.fr')).toHaveAttribute('data-translation-state', 'current');
  await expectNoAxeViolations(page);

  await page.goto(`/en/admin/projects?translate=es&q=${code}`);
  await expect(page.getByRole('link', { name: code, exact: true })).toBeVisible();

  // French edited, Spanish confirmed as still matching: both up to date, and the filter no longer lists it.
  await page.goto(`/en/admin/projects/${code}`);
  await page.getByLabel('Summary (French)').fill('Un résumé réécrit.');
  await state('summary.es').getByRole('checkbox', { name: 'This translation still matches the original text' }).check();
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page).toHaveURL(/saved=updated$/, SLOW);
  await expect(state('summary.fr')).toHaveAttribute('data-translation-state', 'current');
  await expect(state('summary.es')).toHaveAttribute('data-translation-state', 'current');
  await page.goto(`/en/admin/projects?translate=es&q=${code}`);
  await expect(page.getByRole('link', { name: code, exact: true })).toHaveCount(0);
});

for (const viewport of [
  { name: 'desktop', size: { width: 1280, height: 800 } },
  { name: 'phone', size: { width: 390, height: 844 } },
]) {
  test(`${viewport.name}: a text missing in Spanish shows the English one, marked with its language and a note`, async ({
    page,
  }) => {
    const code = viewport.name === 'desktop' ? 'ZL.0002' : 'ZL.0003';
    await insertProject(
      code,
      { title: { en: 'Only in English' }, summary: { en: 'An English summary.', fr: 'Un résumé en français.' } },
      'published',
    );
    await page.setViewportSize(viewport.size);
    await page.goto(`/es/proyectos/${code}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading.locator('[lang="en"]')).toHaveText('Only in English');
    await expect(heading).toContainText('disponible solo en inglés');
    // The summary falls back too, to the first language of the list that has it (French before English).
    await expect(page.locator('[data-fallback-note]').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
