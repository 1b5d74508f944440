import { describe, expect, it } from 'vitest';
import { centreActions } from '@/lib/centres/actions';

const full = {
  phone: '+503 2222-3333',
  email: 'info@example.org',
  website: 'https://example.org/centre',
  latitude: 13.3369,
  longitude: -87.8439,
  shareText: 'Ventanilla La Unión\nTeléfono: +503 2222-3333 & más',
};

describe('one-tap actions of a centre', () => {
  it('builds each link well-formed', () => {
    const byKey = Object.fromEntries(centreActions(full).map((a) => [a.key, a.href]));
    expect(byKey.call).toBe('tel:+50322223333');
    expect(byKey.email).toBe('mailto:info@example.org');
    expect(byKey.website).toBe('https://example.org/centre');
    expect(byKey.directions).toBe('https://www.openstreetmap.org/directions?to=13.3369%2C-87.8439');
    expect(byKey.openInMaps).toBe('geo:13.3369,-87.8439');
    const text = encodeURIComponent(full.shareText);
    expect(byKey.shareWhatsApp).toBe(`https://wa.me/?text=${text}`);
    expect(byKey.shareSms).toBe(`sms:?&body=${text}`);
    // The shared text comes back whole, with no raw space, line break or ampersand in the link.
    expect(new URL(byKey.shareWhatsApp ?? '').searchParams.get('text')).toBe(full.shareText);
    expect(byKey.shareSms).not.toMatch(/[\s&](?!body=)/);
    for (const href of Object.values(byKey)) expect(() => new URL(href)).not.toThrow();
  });

  it('shows only the actions whose data exist', () => {
    const keys = centreActions({
      phone: null,
      email: null,
      website: null,
      latitude: null,
      longitude: null,
      shareText: 'x',
    }).map((a) => a.key);
    expect(keys).toEqual(['shareWhatsApp', 'shareSms']);
  });

  it('refuses a phone with no digits, a malformed e-mail and a non-web address', () => {
    const keys = centreActions({ ...full, phone: 'n/a', email: 'not an email', website: 'javascript:alert(1)' }).map(
      (a) => a.key,
    );
    expect(keys).not.toContain('call');
    expect(keys).not.toContain('email');
    expect(keys).not.toContain('website');
  });
});
