import { describe, expect, it } from 'vitest';
import { auditDetailLines, auditTextsFrom, catalogueLookup } from '@/lib/admin/audit-display';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

// The audit log shows an entry's details as "label: value" text from the messages, never as raw JSON.
const texts = auditTextsFrom(catalogueLookup(en), (label, value) => `${label}: ${value}`);

describe('audit details as readable text', () => {
  it('an edit says which fields changed, by their form labels; internal ids are left out', () => {
    const details = {
      id: 12,
      version: 3,
      publicationState: 'published',
      pendingDraft: false,
      changed: ['titleFr', 'countries'],
    };
    expect(auditDetailLines(details, texts)).toEqual([
      { label: 'Version', value: '3' },
      { label: 'Publication state', value: 'Published' },
      { label: 'Changes kept as a draft', value: 'No' },
      { label: 'Fields changed', value: 'Title (French), Beneficiary member states' },
    ]);
  });

  it('a refusal names the role needed, the reason and what was attempted, in either language', () => {
    const details = { required: 'admin', reason: 'forbidden', attempted: 'user.create' };
    expect(auditDetailLines(details, texts)).toEqual([
      { label: 'Role needed', value: 'admin' },
      { label: 'Reason', value: 'the role does not allow it' },
      { label: 'Attempted', value: 'create an account' },
    ]);
    const inFrench = auditTextsFrom(catalogueLookup(fr), (label, value) => `${label} : ${value}`);
    expect(auditDetailLines({ from: 'editor', to: 'admin' }, inFrench)).toEqual([
      { label: 'De', value: 'éditeur' },
      { label: 'À', value: 'administrateur' },
    ]);
  });

  it('nested records read as label: value pairs; unknown keys and values stay as stored', () => {
    const details = {
      before: { slug: 'africa', nameEn: 'Africa', nameFr: null, sortOrder: 1 },
      mystery: 'x.y',
      constructor: 'toString',
      via: 'cli',
    };
    expect(auditDetailLines(details, texts)).toEqual([
      { label: 'Before', value: 'Address name (slug): africa; Name (English): Africa; Order: 1' },
      { label: 'mystery', value: 'x.y' },
      { label: 'constructor', value: 'toString' },
      { label: 'Through', value: 'command line' },
    ]);
    expect(auditDetailLines(null, texts)).toEqual([]);
    expect(catalogueLookup(en)('adminAudit.detailKeys.constructor')).toBeUndefined();
    expect(auditDetailLines({ changed: [] }, texts)).toEqual([{ label: 'Fields changed', value: '—' }]);
    expect(auditDetailLines({ summaryEn: 'x'.repeat(1000) }, texts)[0]!.value).toHaveLength(300);
  });
});
