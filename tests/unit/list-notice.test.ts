import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { listNoticeMessage } from '@/lib/admin/list-notice';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

// The staff list says what the last action did; a record published from its edit page is named.
const say = (messages: typeof en, sp: Record<string, string | string[]>) => {
  const n = listNoticeMessage(sp);
  return n && createTranslator({ locale: 'en', messages, namespace: 'adminForm' })(n.key, n.values);
};

describe('list notice', () => {
  it('names the one record whose state changed', () => {
    expect(say(en, { changed: '1', record: 'FM.0283', did: 'publish' })).toBe('FM.0283 published.');
    expect(say(fr, { changed: '1', record: 'FM.0283', did: 'publish' })).toBe('Fiche FM.0283 publiée.');
    expect(say(en, { changed: '1', record: 'pohnpei-mrc', did: 'archive' })).toBe('pohnpei-mrc archived.');
    expect(say(en, { changed: '1', record: 'FM.0283', did: 'unpublish' })).toBe(
      'FM.0283 unpublished: it is a draft again.',
    );
  });

  it('counts otherwise, and ignores a malformed record or action', () => {
    expect(say(en, { changed: '3' })).toBe('3 records changed.');
    expect(say(en, { changed: '0', record: 'FM.0283', did: 'publish' })).toBe('No record changed.');
    expect(say(en, { changed: '1', record: '<b>x</b>', did: 'publish' })).toBe('1 record changed.');
    expect(say(en, { changed: '1', record: 'FM.0283', did: 'delete' })).toBe('1 record changed.');
    expect(say(en, { changed: ['1', '2'], record: ['FM.0283', 'X'], did: 'publish' })).toBe('FM.0283 published.');
  });

  it('reports refusals and deletions; nothing without a known parameter', () => {
    expect(listNoticeMessage({ bulk: 'invalid' })).toMatchObject({ key: 'bulkInvalid', error: true });
    expect(listNoticeMessage({ bulk: 'denied' })).toMatchObject({ key: 'denied', error: true });
    expect(say(en, { deleted: 'FM.0283' })).toBe('The record FM.0283 was deleted.');
    expect(listNoticeMessage({ changed: '-1' })).toBeNull();
    expect(listNoticeMessage(Object.assign(Object.create(null) as object, { constructor: '1' }))).toBeNull();
    expect(listNoticeMessage({})).toBeNull();
  });
});
