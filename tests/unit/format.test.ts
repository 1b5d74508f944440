import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatUsd, pickLocalised } from '@/lib/format';

describe('formatUsd', () => {
  it('writes French amounts with narrow no-break spaces and $US', () => {
    expect(formatUsd('400000.00', 'fr')).toBe('400\u202f000\u00a0$US');
  });
  it('writes English amounts as US$ with commas', () => {
    expect(formatUsd('400000.00', 'en')).toBe('US$400,000');
  });
  it('shows cents only when there are some, without going through a float', () => {
    expect(formatUsd('1234.50', 'en')).toBe('US$1,234.50');
    expect(formatUsd('123456789012.07', 'en')).toBe('US$123,456,789,012.07');
  });
  it('keeps every digit of any decimal(14,2) amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 99_999_999_999_999n }), (cents) => {
        const amount = `${String(cents / 100n)}.${String(cents % 100n).padStart(2, '0')}`;
        const digits = formatUsd(amount, 'en').replace(/[^0-9]/g, '');
        const expected = amount.endsWith('.00') ? amount.slice(0, -3) : amount.replace('.', '');
        expect(digits).toBe(expected);
      }),
    );
  });
});

describe('pickLocalised', () => {
  it('prefers the page language', () => {
    expect(pickLocalised({ en: 'Pacific', fr: 'Pacifique' }, 'fr')).toEqual({ value: 'Pacifique', lang: 'fr' });
  });
  it('falls back to the other language and says which', () => {
    expect(pickLocalised({ en: 'Pacific', fr: null }, 'fr')).toEqual({ value: 'Pacific', lang: 'en' });
    expect(pickLocalised({ en: '  ', fr: 'Pacifique' }, 'en')).toEqual({ value: 'Pacifique', lang: 'fr' });
  });
  it('returns null when both are missing', () => {
    expect(pickLocalised({ en: null, fr: '' }, 'en')).toBeNull();
  });
});
