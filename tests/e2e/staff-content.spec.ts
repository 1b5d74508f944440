import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { createE2eUser, loginThroughUi } from './auth-helpers';
import { sql, uniqueEmail } from '../support/auth';
import { e2eDatabaseUrl } from './auth-helpers';

// Saves run several queries in one transaction on a shared, busy machine: allow them time.
const SLOW = { timeout: 30_000 };

// Tests edit only records they create, so the seeded ones other specs read stay as seeded.
async function insertProject(code: string, titleEn: string, state: 'draft' | 'published') {
  await sql(
    e2eDatabaseUrl(),
    `INSERT INTO project (code, title, status, coverage, type_id, region_id, publication_state, updated_at)
    VALUES ($1, jsonb_build_object('en', $2::text, 'fr', $2::text), 'active', 'national', (SELECT min(id) FROM project_type), (SELECT id FROM region WHERE slug = 'africa'), $3::"PublicationState", now())`,
    [code, titleEn, state],
  );
}
async function insertCentre(slug: string) {
  await sql(
    e2eDatabaseUrl(),
    `INSERT INTO resource_centre (slug, name, kind, country_code, status, publication_state, updated_at)
    VALUES ($1, '{"en": "Test centre"}', 'other', 'SN', 'operational', 'draft', now())`,
    [slug],
  );
}

// Done-when of issue 5, in both languages: an admin creates an editor in the users UI; the editor creates a draft
// project, which the public list does not show; publishes it; it shows on /en/projects and /fr/projets; edits its
// French title; the history shows the difference; restoring brings the old title back.
const L = {
  en: {
    users: '/en/admin/users',
    newProject: '/en/admin/projects/new',
    list: '/en/admin/projects',
    user: { email: 'E-mail address', name: 'Name', password: 'Initial password', create: 'Create account' },
    code: 'Project ID',
    titleFr: 'Title (French)',
    titleEn: 'Title (English)',
    status: 'Status',
    coverage: 'Coverage',
    type: 'Project type',
    region: 'IDF region',
    budget: 'Budget (USD)',
    countries: 'Filter the list',
    draft: 'Save as draft',
    publishSave: 'Save and publish',
    publish: 'Publish',
    archive: 'Archive',
    draftNote: 'Publication state: Draft',
    history: 'History',
    restore: 'Restore this version',
    restored: 'The earlier version was restored',
    statusValue: 'Active',
    coverageValue: 'National',
    typeValue: 'Assisted migration services',
    regionValue: 'Africa',
  },
  fr: {
    users: '/fr/admin/utilisateurs',
    newProject: '/fr/admin/projets/nouveau',
    list: '/fr/admin/projets',
    user: { email: 'Adresse e-mail', name: 'Nom', password: 'Mot de passe initial', create: 'Créer le compte' },
    code: 'Identifiant du projet',
    titleFr: 'Titre (français)',
    titleEn: 'Titre (anglais)',
    status: 'Statut',
    coverage: 'Couverture',
    type: 'Type de projet',
    region: 'Région IDF',
    budget: 'Budget (USD)',
    countries: 'Filtrer la liste',
    draft: 'Enregistrer comme brouillon',
    publishSave: 'Enregistrer et publier',
    publish: 'Publier',
    archive: 'Archiver',
    draftNote: 'État de publication: Brouillon',
    history: 'Historique',
    restore: 'Restaurer cette version',
    restored: 'La version antérieure a été restaurée',
    statusValue: 'Actif',
    coverageValue: 'National',
    typeValue: 'Services de migration assistée',
    regionValue: 'Afrique',
  },
} as const;

async function publicHas(page: Page, code: string) {
  await page.goto('/en/projects');
  const en = await page.getByText(code, { exact: true }).count();
  await page.goto('/fr/projets');
  const fr = await page.getByText(code, { exact: true }).count();
  return [en > 0, fr > 0];
}

for (const locale of ['en', 'fr'] as const) {
  const l = L[locale];
  const code = locale === 'en' ? 'ZE.0001' : 'ZF.0001';

  test(`${locale}: admin creates an editor; the editor drafts, publishes, edits, reads the history and restores a project`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const admin = await createE2eUser('admin');
    await loginThroughUi(page, admin, locale);
    await page.goto(l.users);
    const email = uniqueEmail('editor');
    const password = 'a perfectly long passphrase';
    await page.getByLabel(l.user.email).fill(email);
    await page.getByLabel(l.user.name, { exact: true }).fill('Eddie Editor');
    await page.getByLabel(l.user.password).fill(password);
    await page.getByRole('button', { name: l.user.create }).click();
    await expect(page.locator(`tr[data-email="${email}"]`)).toBeVisible();

    const context = await browser.newContext();
    const editor = await context.newPage();
    await loginThroughUi(editor, { email, password }, locale);
    await editor.goto(l.newProject);
    await expectNoAxeViolations(editor);
    await editor.getByLabel(l.code).fill(code.toLowerCase());
    await editor.getByLabel(l.titleFr).fill('Titre d’origine');
    await editor.getByLabel(l.titleEn).fill('Original title');
    await editor.getByLabel(l.status, { exact: true }).selectOption({ label: l.statusValue });
    await editor.getByLabel(l.coverage).selectOption({ label: l.coverageValue });
    await editor.getByLabel(l.type).selectOption({ label: l.typeValue });
    await editor.getByLabel(l.region).selectOption({ label: l.regionValue });
    await editor.getByLabel(l.budget).fill('not money');
    await editor.getByLabel(l.countries).first().fill('Sén');
    await editor.getByRole('checkbox', { name: /\(SN\)/ }).check();
    await editor.getByRole('button', { name: l.draft }).click();
    // Refused next to the field, everything typed is kept.
    await expect(editor.locator('#budgetUsd-error')).not.toBeEmpty(SLOW);
    await expect(editor.getByLabel(l.titleFr)).toHaveValue('Titre d’origine');
    await expect(editor.getByRole('checkbox', { name: /\(SN\)/ })).toBeChecked();
    await expectNoAxeViolations(editor);
    await editor.getByLabel(l.budget).fill('120 000');
    await editor.getByRole('button', { name: l.draft }).click();
    await expect(editor).toHaveURL(
      new RegExp(`/${locale}/admin/(projects|projets)/${code.replace('.', '\\.')}\\?saved=created$`),
      SLOW,
    );
    await expect(editor.getByText(l.draftNote)).toBeVisible();
    expect(await publicHas(editor, code)).toEqual([false, false]);

    await editor.goto(`${l.list}/${code}`);
    await editor.getByRole('button', { name: l.publish, exact: true }).click();
    await expect(editor).toHaveURL(new RegExp(`changed=1`), SLOW);
    await expectNoAxeViolations(editor);
    expect(await publicHas(editor, code)).toEqual([true, true]);

    await editor.goto(`${l.list}/${code}`);
    await editor.getByLabel(l.titleFr).fill('Titre corrigé');
    await editor.getByRole('button', { name: l.publishSave }).click();
    await expect(editor).toHaveURL(/saved=updated$/, SLOW);
    await editor.goto(`/fr/projets/${code}`);
    await expect(editor.getByRole('heading', { level: 1 })).toContainText('Titre corrigé');

    await editor.goto(`${l.list}/${code}`);
    await editor.getByRole('link', { name: l.history }).click();
    const latest = editor.locator('ol > li').first();
    await expect(latest.getByRole('row', { name: new RegExp(l.titleFr.replace(/[()]/g, '\\$&')) })).toContainText(
      'Titre d’origine',
    );
    await expect(latest.getByRole('row', { name: new RegExp(l.titleFr.replace(/[()]/g, '\\$&')) })).toContainText(
      'Titre corrigé',
    );
    await expectNoAxeViolations(editor);
    await editor.locator('ol > li').last().getByRole('button', { name: l.restore }).click();
    await expect(editor.getByRole('status').filter({ hasText: l.restored })).toBeVisible(SLOW);
    await editor.goto(`/fr/projets/${code}`);
    await expect(editor.getByRole('heading', { level: 1 })).toContainText('Titre d’origine');
    // Archive the test project so that specs counting published projects are not disturbed for long.
    await editor.goto(`${l.list}/${code}`);
    await editor.getByRole('button', { name: l.archive, exact: true }).click();
    await expect(editor).toHaveURL(/changed=1/, SLOW);
    await context.close();
  });
}

test('two sessions edit the same project: the later save is refused with the other changes, its input kept', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const [a, b] = [await createE2eUser('editor', { name: 'Ada' }), await createE2eUser('editor', { name: 'Bob' })];
  await insertProject('ZC.0001', 'Conflict test', 'draft');
  const ctxA = await browser.newContext();
  const ctxB = await browser.newContext();
  const pageA = await ctxA.newPage();
  const pageB = await ctxB.newPage();
  await loginThroughUi(pageA, a, 'en');
  await loginThroughUi(pageB, b, 'en');
  await pageA.goto('/en/admin/projects/ZC.0001');
  await pageB.goto('/en/admin/projects/ZC.0001');
  await pageA.getByLabel('Title (English)').fill('Saved first by Ada');
  await pageA.getByRole('button', { name: 'Save as draft' }).click();
  await expect(pageA).toHaveURL(/saved=updated$/, SLOW);
  await pageB.getByLabel('Summary (English)').fill('Bob’s summary, typed meanwhile');
  await pageB.getByLabel('Budget (USD)').fill('123 456');
  await pageB.getByRole('button', { name: 'Save as draft' }).click();
  const alert = pageB.locator('#form-message');
  await expect(alert).toContainText('Someone else saved this record while you were editing it', SLOW);
  await expect(alert.getByRole('row', { name: /Title \(English\)/ })).toContainText('Saved first by Ada');
  const field = (name: string) => pageB.getByRole('textbox', { name, exact: true });
  await expect(field('Summary (English)')).toHaveValue('Bob’s summary, typed meanwhile');
  await expect(field('Budget (USD)')).toHaveValue('123 456');
  await expect(field('Title (English)')).not.toHaveValue('Saved first by Ada');
  await expectNoAxeViolations(pageB);
  // "Take their value" puts the other person's title in the form, saves nothing, and keeps what Bob typed.
  await pageB.getByRole('button', { name: 'Take their value for Title (English)' }).click();
  await expect(field('Title (English)')).toHaveValue('Saved first by Ada', SLOW);
  await expect(field('Summary (English)')).toHaveValue('Bob’s summary, typed meanwhile');
  await pageA.reload();
  await expect(pageA.getByLabel('Title (English)')).toHaveValue('Saved first by Ada');
  await ctxA.close();
  await ctxB.close();
});

test('centre lists and forms pass axe in both languages; a centre saves with coordinates', async ({ page }) => {
  test.setTimeout(90_000);
  const editor = await createE2eUser('editor');
  await loginThroughUi(page, editor, 'fr');
  await page.goto('/fr/admin/centres');
  await expect(page.getByRole('link', { name: 'pohnpei-migrant-resource-centre' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/fr/admin/projets?review=dates');
  await expect(page.getByRole('link', { name: 'PX.0220' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/en/admin/centres/new');
  await expectNoAxeViolations(page);
  await insertCentre('zc-centre');
  await page.goto('/en/admin/centres/zc-centre');
  await page.getByLabel('Latitude').fill('6.97');
  await page.getByLabel('Longitude').fill('');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.locator('#longitude-error')).toHaveText('Enter both latitude and longitude, or neither.', SLOW);
  await expect(page.getByLabel('Latitude')).toHaveValue('6.97');
  await page.getByLabel('Longitude').fill('158.21');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page).toHaveURL(/saved=updated$/, SLOW);
  // Shown back as typed, as the hint writes it (stored with six decimals).
  await expect(page.getByLabel('Longitude')).toHaveValue('158.21');
});

test('without JavaScript: the project form shows errors next to fields, keeps input, then saves a draft', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const editor = await createE2eUser('editor');
  await loginThroughUi(page, editor, 'en');
  await page.goto('/en/admin/projects/new');
  await page.getByLabel('Project ID').fill('ZN.0001');
  await page.getByLabel('Title (English)').fill('No-JS project');
  await page.getByLabel('Status', { exact: true }).selectOption('planned');
  await page.getByLabel('Coverage').selectOption('global');
  await page.getByLabel('Project type').selectOption({ index: 1 });
  await page.getByLabel('IDF region').selectOption('global');
  await page.getByLabel('Start year').fill('2030');
  await page.getByLabel('End year').fill('2020');
  await page.getByRole('checkbox', { name: /\(FJ\)/ }).check();
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.locator('#endYear-error')).toHaveText('The end year cannot be before the start year.', SLOW);
  await expect(page.getByLabel('End year')).toHaveAttribute('aria-describedby', /endYear-error/);
  await expect(page.getByLabel('Title (English)')).toHaveValue('No-JS project');
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('planned');
  await expect(page.getByRole('checkbox', { name: /\(FJ\)/ })).toBeChecked();
  await page.getByLabel('End year').fill('2031');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/projects\/ZN\.0001\?saved=created$/, SLOW);
  await expect(page.getByLabel('Project ID')).toHaveValue('ZN.0001');
  await context.close();
});

test('a published project saved as a draft stays online as published until its changes are published', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const editor = await createE2eUser('editor');
  await loginThroughUi(page, editor, 'en');
  await insertProject('ZP.0002', 'Published title', 'published');
  await page.goto('/en/projects/ZP.0002');
  const published = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await page.goto('/en/admin/projects/ZP.0002');
  const prefetched: string[] = [];
  page.on('request', (r) => {
    const staffPage = new URL(r.url()).pathname.startsWith('/en/admin');
    if (staffPage && r.headers()['next-router-prefetch'] !== undefined) prefetched.push(r.url());
  });
  await page.getByLabel('Title (English)').fill('Pending change of ZP.0002');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page).toHaveURL(/saved=updated$/, SLOW);
  await expect(page.getByText('It has unpublished changes')).toBeVisible();
  // Staff pages are not prefetched (components/admin/admin-nav.tsx): after every save the menu's prefetches cost a
  // session check and a render each.
  await page.waitForTimeout(1000);
  expect(prefetched).toEqual([]);
  await expect(page.getByLabel('Title (English)')).toHaveValue('Pending change of ZP.0002');
  await page.goto('/en/projects/ZP.0002');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(published);
  await page.goto('/en/admin/projects/ZP.0002');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page).toHaveURL(/changed=1/, SLOW);
  await page.goto('/en/projects/ZP.0002');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Pending change of ZP.0002');
  // Take it off the public site again so that specs counting published projects are not disturbed for long.
  await page.goto('/en/admin/projects/ZP.0002');
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(page).toHaveURL(/changed=1/, SLOW);
});
