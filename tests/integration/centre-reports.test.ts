import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextHeadersMock, setRequestHeaders } from '../support/next-request';

// Messages come from the real catalogues, so the test sees what a visitor would read.
function lookup(locale: string, path: string): string {
  const messages = JSON.parse(readFileSync(join(process.cwd(), 'messages', `${locale}.json`), 'utf8')) as unknown;
  let node: unknown = messages;
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`missing message ${locale}:${path}`);
  return node;
}

vi.mock('next/headers', () => nextHeadersMock);
vi.mock('next/cache', () => ({ refresh: vi.fn() }));
vi.mock('next-intl/server', () => ({
  getTranslations: ({ locale, namespace }: { locale: string; namespace: string }) =>
    Promise.resolve((key: string) => lookup(locale, `${namespace}.${key}`)),
}));
const redirect = vi.fn();
vi.mock('@/lib/i18n/navigation', () => ({ redirect }));

const { getAuth } = await import('@/lib/auth/auth');
const { reportCentreAction, decideReportAction } = await import('@/lib/actions/centre-report');
const { listPendingReports, REPORTS_PER_IP, REPORTS_PER_CENTRE } = await import('@/lib/data/centre-reports');
const { getDb } = await import('@/lib/db');
const { createTestUser } = await import('../support/auth');

const url = process.env.DATABASE_URL!;
const CENTRE = 'antique-one-stop-migrant-resource-centre';
const FLOOD_CENTRE = 'masbate-one-stop-migrant-resource-centre';
const LIMIT_CENTRE = 'maguindanao-one-stop-migrant-resource-centre';
const HOST = { host: 'h.example', origin: 'http://h.example', 'next-action': 'x' };
let editorCookie = '';
let ipCounter = 0;

/** A fresh address per test, so the per-address limit of one test does not touch another. */
function freshIp(): string {
  ipCounter += 1;
  return `198.51.${100 + (process.pid % 100)}.${ipCounter}`;
}

function form(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) f.append(k, one);
  return f;
}

const report = (slug: string, extra: Record<string, string | string[]> = {}) =>
  form({
    locale: 'fr',
    slug,
    fields: ['phone'],
    correction: 'Le bon numéro est +63 36 000 0000.',
    contact: '',
    ...extra,
  });

async function count(slug: string): Promise<number> {
  return getDb().centreReport.count({ where: { centre: { slug } } });
}

beforeAll(async () => {
  await getDb().centreReport.deleteMany({ where: { centre: { slug: { in: [CENTRE, FLOOD_CENTRE, LIMIT_CENTRE] } } } });
  const editor = await createTestUser(url, { role: 'editor' });
  const res = await (
    await getAuth()
  ).api.signInEmail({ body: { email: editor.email, password: editor.password }, asResponse: true });
  editorCookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
});
afterAll(() => setRequestHeaders({}));

describe('public reports of wrong centre information', () => {
  it('stores a report as pending and tells the person what happens next', async () => {
    setRequestHeaders({ ...HOST, 'x-forwarded-for': freshIp() });
    const before = await count(CENTRE);
    const answer = await reportCentreAction(
      { ok: true },
      report(CENTRE, { fields: ['phone', 'hours'], contact: 'ana@example.org' }),
    );
    expect(answer).toEqual({ ok: true, message: lookup('fr', 'centreReport.sent') });
    expect(await count(CENTRE)).toBe(before + 1);
    const row = await getDb().centreReport.findFirstOrThrow({
      where: { centre: { slug: CENTRE } },
      orderBy: { id: 'desc' },
      select: { status: true, fields: true, contact: true, locale: true, ip: true },
    });
    expect(row).toMatchObject({
      status: 'pending',
      fields: ['phone', 'hours'],
      contact: 'ana@example.org',
      locale: 'fr',
    });
    expect(row.ip).toMatch(/^198\.51\./);
  });

  it('refuses empty and over-long input: localised messages next to the fields, what was typed kept', async () => {
    setRequestHeaders({ ...HOST, 'x-forwarded-for': freshIp() });
    const before = await count(CENTRE);
    const empty = await reportCentreAction({ ok: true }, form({ locale: 'es', slug: CENTRE, correction: '  ' }));
    expect(empty).toMatchObject({
      ok: false,
      formError: lookup('es', 'centreReport.errors.formInvalid'),
      fieldErrors: {
        fields: lookup('es', 'centreReport.errors.fieldsRequired'),
        correction: lookup('es', 'centreReport.errors.correctionRequired'),
      },
    });
    const long = 'x'.repeat(2001);
    const tooLong = await reportCentreAction(
      { ok: true },
      report(CENTRE, { locale: 'en', correction: long, contact: `${'a'.repeat(250)}@example.org` }),
    );
    expect(tooLong).toMatchObject({
      ok: false,
      fieldErrors: {
        correction: lookup('en', 'centreReport.errors.correctionTooLong'),
        contact: lookup('en', 'centreReport.errors.contactTooLong'),
      },
      values: { fields: ['phone'], correction: long },
    });
    expect(await count(CENTRE)).toBe(before);
  });

  it('refuses a filled honeypot, a post without Origin and an unknown centre, writing nothing', async () => {
    const ip = freshIp();
    setRequestHeaders({ ...HOST, 'x-forwarded-for': ip });
    const before = await getDb().centreReport.count();
    expect(await reportCentreAction({ ok: true }, report(CENTRE, { homepage: 'http://spam.example' }))).toMatchObject({
      ok: false,
      formError: lookup('fr', 'centreReport.errors.refused'),
    });
    expect(await reportCentreAction({ ok: true }, report('zz-draft-centre'))).toMatchObject({
      ok: false,
      formError: lookup('fr', 'centreReport.errors.notFound'),
    });
    setRequestHeaders({ host: 'h.example', 'next-action': 'x', 'x-forwarded-for': ip });
    expect(await reportCentreAction({ ok: true }, report(CENTRE))).toMatchObject({
      ok: false,
      formError: lookup('fr', 'centreReport.errors.origin'),
    });
    expect(await getDb().centreReport.count()).toBe(before);
  });

  it('refuses a flood from one address after the limit (localised message) and stores nothing more', async () => {
    setRequestHeaders({ ...HOST, 'x-forwarded-for': freshIp() });
    const before = await count(FLOOD_CENTRE);
    const answers = [];
    for (let i = 0; i < 20; i += 1) answers.push(await reportCentreAction({ ok: true }, report(FLOOD_CENTRE)));
    expect(answers.filter((a) => a.ok)).toHaveLength(REPORTS_PER_IP);
    for (const refused of answers.slice(REPORTS_PER_IP)) {
      expect(refused).toMatchObject({ ok: false, formError: lookup('fr', 'centreReport.errors.ipLimit') });
    }
    expect(await count(FLOOD_CENTRE)).toBe(before + REPORTS_PER_IP);
  });

  it('refuses reports about one centre past its hourly limit, whatever the address', async () => {
    const centre = await getDb().resourceCentre.findUniqueOrThrow({
      where: { slug: LIMIT_CENTRE },
      select: { id: true },
    });
    await getDb().centreReport.createMany({
      data: Array.from({ length: REPORTS_PER_CENTRE }, (_, i) => ({
        centreId: centre.id,
        correction: `seeded ${i}`,
        locale: 'en',
        ip: `192.0.2.${i}`,
      })),
    });
    setRequestHeaders({ ...HOST, 'x-forwarded-for': freshIp() });
    expect(await reportCentreAction({ ok: true }, report(LIMIT_CENTRE, { locale: 'en' }))).toMatchObject({
      ok: false,
      formError: lookup('en', 'centreReport.errors.centreLimit'),
    });
    expect(await count(LIMIT_CENTRE)).toBe(REPORTS_PER_CENTRE);
    await getDb().centreReport.deleteMany({ where: { centreId: centre.id } });
  });
});

describe('the staff queue of reports', () => {
  it('needs the editor role to list and to decide', async () => {
    setRequestHeaders({ ...HOST });
    await expect(listPendingReports('en')).rejects.toThrow();
    const pending = await getDb().centreReport.findFirstOrThrow({
      where: { status: 'pending', centre: { slug: CENTRE } },
      select: { id: true },
    });
    const answer = await decideReportAction(
      { ok: true },
      form({ locale: 'en', id: String(pending.id), decision: 'dismiss', reason: 'spam' }),
    );
    expect(answer).toMatchObject({ ok: false, formError: lookup('en', 'adminReports.errors.denied') });
    expect(
      (await getDb().centreReport.findUniqueOrThrow({ where: { id: pending.id }, select: { status: true } })).status,
    ).toBe('pending');
  });

  it('lists a pending report with the current value of each field it names', async () => {
    setRequestHeaders({ ...HOST, cookie: editorCookie });
    const centre = await getDb().resourceCentre.findUniqueOrThrow({ where: { slug: CENTRE }, select: { phone: true } });
    const queued = (await listPendingReports('en')).find(
      (r) => r.centreSlug === CENTRE && r.contact === 'ana@example.org',
    );
    expect(queued).toBeDefined();
    expect(queued!.fields.find((f) => f.field === 'phone')).toEqual({ field: 'phone', current: centre.phone ?? '' });
    expect(queued!.correction).toBe('Le bon numéro est +63 36 000 0000.');
  });

  it('dismiss needs a reason; a decision is recorded once with an audit row', async () => {
    setRequestHeaders({ ...HOST, cookie: editorCookie, 'x-forwarded-for': '203.0.113.40' });
    for (let i = 0; i < 2; i += 1) {
      setRequestHeaders({ ...HOST, 'x-forwarded-for': freshIp() });
      expect(await reportCentreAction({ ok: true }, report(CENTRE))).toMatchObject({ ok: true });
    }
    setRequestHeaders({ ...HOST, cookie: editorCookie, 'x-forwarded-for': '203.0.113.40' });
    const [first, second] = (await listPendingReports('en')).filter((r) => r.centreSlug === CENTRE);
    const decide = (id: number, decision: string, reason: string) =>
      decideReportAction({ ok: true }, form({ locale: 'en', id: String(id), decision, reason, version: '1' }));

    expect(await decide(first!.id, 'dismiss', '')).toMatchObject({
      ok: false,
      fieldErrors: { reason: lookup('en', 'adminReports.errors.reasonRequired') },
    });
    redirect.mockClear();
    await decide(first!.id, 'dismiss', 'The number on the page is right.');
    expect(redirect).toHaveBeenCalledWith({
      href: { pathname: '/admin/reports', query: { done: 'dismissed', centre: CENTRE } },
      locale: 'en',
    });
    const dismissed = await getDb().centreReport.findUniqueOrThrow({
      where: { id: first!.id },
      select: { status: true, reason: true, decidedBy: true, decidedAt: true },
    });
    expect(dismissed).toMatchObject({ status: 'dismissed', reason: 'The number on the page is right.' });
    expect(dismissed.decidedBy).toMatch(/@/);
    expect(dismissed.decidedAt).toBeInstanceOf(Date);
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { action: 'update', recordType: 'centre_report', recordId: String(first!.id) },
      select: { action: true, details: true, ip: true },
    });
    expect(audit).toEqual({
      action: 'update',
      details: { decision: 'dismissed', reason: 'The number on the page is right.', centre: CENTRE, corrected: [] },
      ip: '203.0.113.40',
    });
    expect(await decide(first!.id, 'accept', '')).toMatchObject({
      ok: false,
      formError: lookup('en', 'adminReports.errors.notPending'),
    });

    expect(await decide(second!.id, 'dismiss', 'Duplicate of another report.')).toBeUndefined();
    expect((await listPendingReports('en')).some((r) => r.id === first!.id || r.id === second!.id)).toBe(false);
  });

  it('accepting saves the correction through the write path: new version, revision and audit rows', async () => {
    setRequestHeaders({ ...HOST, 'x-forwarded-for': freshIp() });
    expect(await reportCentreAction({ ok: true }, report(CENTRE))).toMatchObject({ ok: true });
    setRequestHeaders({ ...HOST, cookie: editorCookie, 'x-forwarded-for': '203.0.113.41' });
    const queued = (await listPendingReports('en')).filter((r) => r.centreSlug === CENTRE).at(-1)!;
    const before = await getDb().resourceCentre.findUniqueOrThrow({
      where: { slug: CENTRE },
      select: { id: true, phone: true, version: true },
    });
    expect(queued.version).toBe(before.version);
    expect(queued.corrections).toEqual([{ field: 'phone', value: before.phone ?? '' }]);
    const accept = (phone: string, version: number) =>
      decideReportAction(
        { ok: true },
        form({
          locale: 'fr',
          id: String(queued.id),
          decision: 'accept',
          reason: '',
          version: String(version),
          'set.phone': phone,
        }),
      );
    const pending = async () =>
      (await getDb().centreReport.findUniqueOrThrow({ where: { id: queued.id }, select: { status: true } })).status;
    const unchanged = async () =>
      expect(
        await getDb().resourceCentre.findUniqueOrThrow({
          where: { slug: CENTRE },
          select: { phone: true, version: true },
        }),
      ).toEqual({ phone: before.phone, version: before.version });

    // A value the centre's model refuses: the message next to the field, nothing written, the report still pending.
    expect(await accept('call us', before.version)).toMatchObject({
      ok: false,
      formError: lookup('fr', 'adminReports.errors.correctionInvalid'),
      fieldErrors: { phone: lookup('fr', 'validation.phone') },
      values: { phone: 'call us' },
    });
    await unchanged();
    expect(await pending()).toBe('pending');
    // Saved from a version the centre has moved on from: refused as a conflict, nothing written.
    expect(await accept('+63 36 000 0000', before.version - 1)).toMatchObject({
      ok: false,
      formError: lookup('fr', 'adminReports.errors.conflict'),
    });
    await unchanged();
    expect(await pending()).toBe('pending');

    redirect.mockClear();
    await accept('+63 36 000 0000', before.version);
    expect(redirect).toHaveBeenCalledWith({
      href: { pathname: '/admin/reports', query: { done: 'accepted', centre: CENTRE } },
      locale: 'fr',
    });
    expect(await pending()).toBe('accepted');
    const after = await getDb().resourceCentre.findUniqueOrThrow({
      where: { slug: CENTRE },
      select: { phone: true, version: true },
    });
    expect(after).toEqual({ phone: '+63 36 000 0000', version: before.version + 1 });
    const revision = await getDb().revision.findFirstOrThrow({
      where: { recordType: 'resource_centre', recordId: before.id, version: before.version + 1 },
      select: { action: true, before: true, after: true },
    });
    expect(revision.action).toBe('update');
    expect(revision.before).toMatchObject({ phone: before.phone });
    expect(revision.after).toMatchObject({ phone: '+63 36 000 0000' });
    const centreAudit = await getDb().auditLog.findFirstOrThrow({
      where: {
        recordType: 'resource_centre',
        recordId: CENTRE,
        details: { path: ['version'], equals: before.version + 1 },
      },
      select: { action: true, details: true, ip: true },
    });
    expect(centreAudit).toMatchObject({ action: 'update', details: { changed: ['phone'] }, ip: '203.0.113.41' });
    const reportAudit = await getDb().auditLog.findFirstOrThrow({
      where: { recordType: 'centre_report', recordId: String(queued.id) },
      select: { details: true },
    });
    expect(reportAudit.details).toEqual({ decision: 'accepted', reason: '', centre: CENTRE, corrected: ['phone'] });
    // Decided once: a second accept changes nothing.
    expect(await accept('+63 36 111 1111', before.version + 1)).toMatchObject({
      ok: false,
      formError: lookup('fr', 'adminReports.errors.notPending'),
    });
    expect(
      (await getDb().resourceCentre.findUniqueOrThrow({ where: { slug: CENTRE }, select: { version: true } })).version,
    ).toBe(before.version + 1);
  });
});
