import { describe, expect, it } from 'vitest';
import { reconcileConflict } from '@/lib/content/conflict';
import { projectModel } from '@/lib/content/project';
import type { FieldChange, Snapshot } from '@/lib/domain/diff';

// After a conflict, saving again must not silently undo the other person's changes: fields the staff member had not
// changed take their value; fields both changed keep the staff member's, with their value one button away.
const current: Snapshot = {
  titleEn: 'Their title',
  titleFr: 'Leur titre',
  region: 'asia-oceania',
  countries: ['SN', 'ML'],
  budgetUsd: '100.00',
  publicationState: 'published',
};
const theirs: FieldChange[] = [
  { field: 'titleEn', before: 'Old title', after: 'Their title' },
  { field: 'titleFr', before: 'Ancien titre', after: 'Leur titre' },
  { field: 'region', before: 'africa', after: 'asia-oceania' },
  { field: 'countries', before: ['SN'], after: ['SN', 'ML'] },
  { field: 'budgetUsd', before: null, after: '100.00' },
  { field: 'publicationState', before: 'draft', after: 'published' },
];
// The form as sent: titleEn changed here too, titleFr and region untouched, countries the same as theirs (another
// order), budget untouched (empty).
const form = {
  titleEn: 'My title',
  titleFr: 'Ancien titre',
  region: 'africa',
  countries: ['ML', 'SN'],
  budgetUsd: '',
  summaryEn: 'Mine',
};

describe('conflict reconciliation', () => {
  it('keeps their changes where the form had not changed the field, and keeps mine where it had', () => {
    const r = reconcileConflict(projectModel, theirs, current, form);
    expect(r.values).toEqual({
      titleEn: 'My title',
      titleFr: 'Leur titre',
      region: 'asia-oceania',
      countries: ['ML', 'SN'],
      budgetUsd: '100',
      summaryEn: 'Mine',
    });
    expect(r.changes.map((c) => [c.field, c.state])).toEqual([
      ['titleEn', 'yours'],
      ['titleFr', 'theirs'],
      ['region', 'theirs'],
      ['countries', 'theirs'],
      ['budgetUsd', 'theirs'],
      ['publicationState', 'info'],
    ]);
  });

  it('takes their value of one field on request, and nothing for a name the form does not have', () => {
    const r = reconcileConflict(projectModel, theirs, current, form, 'titleEn');
    expect(r.values.titleEn).toBe('Their title');
    expect(r.values.summaryEn).toBe('Mine');
    expect(r.changes.filter((c) => c.state === 'yours')).toEqual([]);
    const odd = reconcileConflict(projectModel, theirs, current, form, 'publicationState');
    expect(odd.values).not.toHaveProperty('publicationState');
    expect(reconcileConflict(projectModel, theirs, current, form, 'constructor').values).not.toHaveProperty(
      'constructor',
    );
  });
});

describe('form values', () => {
  it('shows amounts and coordinates as the hints say people type them, and reads a typed value as stored', async () => {
    const { recordFormValues, sameValue } = await import('@/lib/content/form-values');
    const { centreModel } = await import('@/lib/content/centre');
    expect(recordFormValues(projectModel, { budgetUsd: '100000.00', startYear: 2020, countries: ['SN'] })).toEqual({
      budgetUsd: '100000',
      startYear: '2020',
      countries: ['SN'],
    });
    expect(recordFormValues(projectModel, { budgetUsd: '100000.50' }).budgetUsd).toBe('100000.50');
    expect(recordFormValues(centreModel, { latitude: '6.963100', longitude: '-158.000000' })).toEqual({
      latitude: '6.9631',
      longitude: '-158',
    });
    expect(sameValue(projectModel.fields.budgetUsd, '100 000', '100000.00')).toBe(true);
    expect(sameValue(projectModel.fields.budgetUsd, '100 001', '100000.00')).toBe(false);
    expect(sameValue(centreModel.fields.latitude, '6,9631', '6.963100')).toBe(true);
    expect(sameValue(projectModel.fields.budgetUsd, '', null)).toBe(true);
  });

  it('after a conflict, an amount typed differently but equal is not taken for a change of mine', () => {
    const r = reconcileConflict(projectModel, [{ field: 'budgetUsd', before: '5.00', after: '7.00' }], current, {
      budgetUsd: '5',
    });
    expect(r.values.budgetUsd).toBe('7');
    expect(r.changes[0]?.state).toBe('theirs');
  });
});

describe('conflict without the record as the form first showed it', () => {
  it('takes nothing automatically: what was typed stays, their values are one button away', () => {
    // No revision of the form's version (a record older than the history): `before` is only what the form sent.
    const changes: FieldChange[] = [
      { field: 'titleEn', before: 'Typed title', after: 'Their title' },
      { field: 'summaryEn', before: 'Typed summary', after: null },
    ];
    const sent = { titleEn: 'Typed title', summaryEn: 'Typed summary' };
    const r = reconcileConflict(projectModel, changes, current, sent, undefined, false);
    expect(r.values).toEqual(sent);
    expect(r.changes.map((c) => c.state)).toEqual(['yours', 'yours']);
  });
});
