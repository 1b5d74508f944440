import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { requestIp } from '@/lib/data/admin-support';
import type { Tx } from '@/lib/data/record-hooks';
import { correctRecord } from '@/lib/data/record-write';
import { getDb } from '@/lib/db';
import { localisedOf } from '@/lib/format';
import { routing, type AppLocale } from '@/lib/i18n/routing';
import type { FieldErrors } from '@/lib/validation/form-errors';
import {
  isReportField,
  REPORT_TARGETS,
  type CentreReportInput,
  type CorrectedField,
  type ReportDecisionInput,
  type ReportField,
} from '@/lib/validation/centre-report';

// Public reports of wrong information on a centre page (table `centre_report`), and the staff queue that decides
// them. Reports are rate-limited in the database (README "Resource centres"); a decision writes an audit row.

/** At most this many reports from one address in `IP_WINDOW_MS`. */
export const REPORTS_PER_IP = 5;
const IP_WINDOW_MS = 10 * 60 * 1000;
/** At most this many reports about one centre in `CENTRE_WINDOW_MS`. */
export const REPORTS_PER_CENTRE = 20;
const CENTRE_WINDOW_MS = 60 * 60 * 1000;
/** The queue shows at most this many pending reports (oldest first). */
const QUEUE_LIMIT = 200;

export type ReportRefusal = 'notFound' | 'ipLimit' | 'centreLimit';

/** The name of a published centre by slug, in the page's language if it has one (for the report page), or null. */
export async function getReportableCentre(
  slug: string,
  locale: AppLocale,
): Promise<{ slug: string; name: string } | null> {
  const row = await getDb().resourceCentre.findFirst({
    where: { slug, publicationState: 'published' },
    select: { slug: true, name: true },
  });
  if (!row) return null;
  const names = localisedOf(row.name);
  return { slug: row.slug, name: names[locale] ?? routing.locales.map((l) => names[l]).find((n) => n) ?? row.slug };
}

/**
 * Stores a public report as pending, unless the address or the centre is over its limit. Anyone may call it (no
 * account): the limits, counted in one transaction holding an advisory lock, are the protection.
 */
export async function createCentreReport(
  slug: string,
  input: CentreReportInput,
  locale: AppLocale,
  ip: string | null,
): Promise<{ ok: true } | { ok: false; reason: ReportRefusal }> {
  return getDb().$transaction(async (tx) => {
    const centre = await tx.resourceCentre.findFirst({
      where: { slug, publicationState: 'published' },
      select: { id: true },
    });
    if (!centre) return { ok: false, reason: 'notFound' } as const;
    // One report at a time: two requests cannot both see the count just under the limit.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('centre_report'))`;
    const now = Date.now();
    const fromIp = await tx.centreReport.count({
      where: { ip, createdAt: { gte: new Date(now - IP_WINDOW_MS) } },
    });
    if (fromIp >= REPORTS_PER_IP) return { ok: false, reason: 'ipLimit' } as const;
    const aboutCentre = await tx.centreReport.count({
      where: { centreId: centre.id, createdAt: { gte: new Date(now - CENTRE_WINDOW_MS) } },
    });
    if (aboutCentre >= REPORTS_PER_CENTRE) return { ok: false, reason: 'centreLimit' } as const;
    await tx.centreReport.create({
      data: {
        centreId: centre.id,
        fields: input.fields,
        correction: input.correction,
        contact: input.contact === '' ? null : input.contact,
        locale,
        ip,
      },
      select: { id: true },
    });
    return { ok: true } as const;
  });
}

/** A pending report with the centre's current value of each field it names. */
export type QueuedReport = {
  id: number;
  centreSlug: string;
  centreName: string;
  fields: { field: ReportField; current: string }[];
  /** The centre's version shown, and the current value of each field accepting the report may correct. */
  version: number;
  corrections: { field: CorrectedField; value: string }[];
  correction: string;
  contact: string | null;
  locale: string;
  createdAt: Date;
};

const CENTRE_SELECT = {
  slug: true,
  version: true,
  name: true,
  streetAddress: true,
  locality: true,
  adminArea: true,
  countryCode: true,
  phone: true,
  email: true,
  website: true,
  hours: true,
  openingHours: true,
  status: true,
} as const;

type CentreRow = {
  streetAddress: string | null;
  locality: string | null;
  adminArea: string | null;
  countryCode: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  hours: string | null;
  openingHours: unknown;
  status: string;
};

function currentValue(centre: CentreRow, field: ReportField, locale: AppLocale): string {
  switch (field) {
    case 'address':
      return [centre.streetAddress, centre.locality, centre.adminArea, centre.countryCode].filter(Boolean).join(', ');
    case 'phone':
      return centre.phone ?? '';
    case 'email':
      return centre.email ?? '';
    case 'website':
      return centre.website ?? '';
    case 'hours': {
      const texts = localisedOf(centre.openingHours);
      const text = texts[locale] ?? routing.locales.map((l) => texts[l]).find((v) => v) ?? '';
      return [centre.hours, text].filter(Boolean).join(' — ');
    }
    case 'status':
      return centre.status;
  }
}

/** Editor: the pending reports, oldest first, each with the centre's current value of the fields it names. */
export async function listPendingReports(locale: AppLocale): Promise<QueuedReport[]> {
  await requireRole('editor', { action: 'centreReport.list', recordType: 'centre_report' });
  const rows = await getDb().centreReport.findMany({
    where: { status: 'pending' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: QUEUE_LIMIT,
    select: {
      id: true,
      fields: true,
      correction: true,
      contact: true,
      locale: true,
      createdAt: true,
      centre: { select: CENTRE_SELECT },
    },
  });
  return rows.map((r) => {
    const names = localisedOf(r.centre.name);
    return {
      id: r.id,
      centreSlug: r.centre.slug,
      centreName: names[locale] ?? routing.locales.map((l) => names[l]).find((n) => n) ?? r.centre.slug,
      fields: r.fields
        .filter(isReportField)
        .map((field) => ({ field, current: currentValue(r.centre, field, locale) })),
      version: r.centre.version,
      corrections: r.fields
        .filter(isReportField)
        .flatMap((f) => REPORT_TARGETS[f])
        .map((field) => ({ field, value: r.centre[field] ?? '' })),
      correction: r.correction,
      contact: r.contact,
      locale: r.locale,
      createdAt: r.createdAt,
    };
  });
}

/** A decision's answer: done (and whether the correction waits in a pending draft), or why it was refused. */
export type DecisionOutcome =
  | { ok: true; centreSlug: string; pendingDraft: boolean }
  | { ok: false; reason: 'notPending' | 'not_found' | 'conflict' }
  | { ok: false; reason: 'invalid'; fieldErrors: FieldErrors };

/**
 * Editor: dismisses a pending report with its reason, or accepts it by saving the corrected values of the fields it
 * names through the centre's write path (version check, revision and audit row of the centre), the report marked
 * accepted and its own audit row in the same transaction. A report already decided is `notPending`; a refused save
 * leaves it pending.
 */
export async function decideReport(input: ReportDecisionInput): Promise<DecisionOutcome> {
  const actor = await requireRole('editor', {
    action: `centreReport.${input.decision}`,
    recordType: 'centre_report',
    recordId: input.id,
  });
  const ip = await requestIp();
  const status = input.decision === 'accept' ? 'accepted' : 'dismissed';
  const report = await getDb().centreReport.findFirst({
    where: { id: input.id, status: 'pending' },
    select: { fields: true, centre: { select: { slug: true } } },
  });
  if (!report) return { ok: false, reason: 'notPending' };
  const centreSlug = report.centre.slug;
  const patch: Partial<Record<CorrectedField, string>> = {};
  if (input.decision === 'accept') {
    for (const target of report.fields.filter(isReportField).flatMap((f) => REPORT_TARGETS[f])) {
      const value = input.values[target];
      if (value !== undefined) patch[target] = value;
    }
  }
  // Marks the report decided (only if still pending) with its audit row.
  const decide = async (tx: Tx): Promise<boolean> => {
    const changed = await tx.centreReport.updateMany({
      where: { id: input.id, status: 'pending' },
      data: {
        status,
        decidedBy: actor.email.slice(0, 300),
        decidedAt: new Date(),
        reason: input.reason === '' ? null : input.reason,
      },
    });
    if (changed.count !== 1) return false;
    const details = { decision: status, reason: input.reason, centre: centreSlug, corrected: Object.keys(patch) };
    await recordAudit(
      {
        actorId: actor.userId,
        actorEmail: actor.email,
        action: 'update',
        recordType: 'centre_report',
        recordId: input.id,
        ip,
        details,
      },
      tx,
    );
    return true;
  };
  if (input.decision === 'dismiss') {
    const done = await getDb().$transaction(decide);
    return done ? { ok: true, centreSlug, pendingDraft: false } : { ok: false, reason: 'notPending' };
  }
  const saved = await correctRecord('centre', centreSlug, input.version ?? -1, patch, decide);
  if (saved === null) return { ok: false, reason: 'notPending' };
  if (saved.ok) return { ok: true, centreSlug, pendingDraft: saved.pendingDraft };
  if (saved.reason === 'invalid') return { ok: false, reason: 'invalid', fieldErrors: saved.fieldErrors };
  return { ok: false, reason: saved.reason };
}
