import type { IncomingMessage } from 'node:http';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clientAddress,
  isTrusted,
  parseTrustedProxies,
  peerAddressOf,
  settleForwardedHeaders,
  stampPeerAddress,
} from '@/lib/security/forwarded';

// A request as the HTTP server hands it over, stamped with its connection's address as instrumentation.ts does.
function fromPeer(address: string, headers: Record<string, string>): Headers {
  const incoming = { headers: { ...headers }, socket: { remoteAddress: address } } as unknown as IncomingMessage;
  stampPeerAddress(incoming);
  return new Headers(incoming.headers as Record<string, string>);
}

describe('TRUSTED_PROXIES', () => {
  it('reads loopback, none, addresses and CIDR ranges', () => {
    const loopback = parseTrustedProxies('loopback');
    expect(isTrusted(loopback, '127.0.0.1')).toBe(true);
    expect(isTrusted(loopback, '::ffff:127.0.0.1')).toBe(true);
    expect(isTrusted(loopback, '::1')).toBe(true);
    expect(isTrusted(loopback, '10.0.0.1')).toBe(false);
    expect(isTrusted(parseTrustedProxies('none'), '127.0.0.1')).toBe(false);
    const list = parseTrustedProxies('10.1.0.0/16, 192.0.2.7, fd00::/8');
    expect(isTrusted(list, '10.1.200.3')).toBe(true);
    expect(isTrusted(list, '10.2.0.1')).toBe(false);
    expect(isTrusted(list, '192.0.2.7')).toBe(true);
    expect(isTrusted(list, 'fd12::1')).toBe(true);
    expect(isTrusted(list, 'not an address')).toBe(false);
  });

  it('refuses what it cannot read', () => {
    for (const bad of ['10.0.0.0/33', 'example.org', '10.0.0.1/x', '::1/129']) {
      expect(() => parseTrustedProxies(bad), bad).toThrow(/TRUSTED_PROXIES/);
    }
  });
});

describe('the peer stamp', () => {
  it('cannot be forged by a client', () => {
    expect(peerAddressOf(new Headers({ 'x-portal-peer': 'guess 127.0.0.1' }))).toBeNull();
    expect(peerAddressOf(fromPeer('203.0.113.9', { 'x-portal-peer': 'guess 127.0.0.1' }))).toBe('203.0.113.9');
  });
});

describe('forwarded headers', () => {
  const loopback = parseTrustedProxies('loopback');

  it('ignores X-Forwarded-* from a client that is not a trusted proxy', () => {
    const headers = fromPeer('203.0.113.9', {
      'x-forwarded-for': '198.51.100.1',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
      'x-real-ip': '198.51.100.2',
      host: 'portal.example.org',
    });
    settleForwardedHeaders(headers, loopback);
    expect(headers.get('x-forwarded-for')).toBe('203.0.113.9');
    expect(headers.has('x-forwarded-host')).toBe(false);
    expect(headers.has('x-forwarded-proto')).toBe(false);
    expect(headers.has('x-real-ip')).toBe(false);
    expect(headers.has('x-portal-peer')).toBe(false);
  });

  it('believes a trusted proxy, taking the last hop it did not add itself', () => {
    // nginx appends the address it saw to whatever the client sent ($proxy_add_x_forwarded_for).
    const headers = fromPeer('127.0.0.1', {
      'x-forwarded-for': '6.6.6.6, 198.51.100.1',
      'x-forwarded-host': 'portal.example.org',
      'x-forwarded-proto': 'https',
    });
    settleForwardedHeaders(headers, loopback);
    expect(headers.get('x-forwarded-for')).toBe('198.51.100.1');
    expect(headers.get('x-forwarded-host')).toBe('portal.example.org');
    expect(headers.get('x-forwarded-proto')).toBe('https');
    const chain = parseTrustedProxies('loopback, 10.0.0.0/8');
    expect(clientAddress('127.0.0.1', '198.51.100.1, 10.0.0.2, 10.0.0.3', chain)).toBe('198.51.100.1');
  });

  it('trusts nothing when the stamp is missing', () => {
    const headers = new Headers({ 'x-forwarded-for': '198.51.100.1', 'x-forwarded-host': 'evil.example' });
    settleForwardedHeaders(headers, loopback);
    expect(headers.has('x-forwarded-for')).toBe(false);
    expect(headers.has('x-forwarded-host')).toBe(false);
  });

  it('never lets a client choose its address through a trusted proxy, whatever it sends', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.ipV4(), fc.ipV6(), fc.string()), { maxLength: 30 }), (sent) => {
        const result = clientAddress('127.0.0.1', [...sent, '198.51.100.1'].join(', '), loopback);
        expect(result).toBe('198.51.100.1');
      }),
    );
  });
});

describe('the locale routing Link header', () => {
  it('names the public origin, whatever host the request came with', async () => {
    const { linksOnSiteOrigin } = await import('@/lib/i18n/alternate-links');
    const link =
      '<http://evil.example/fr/projets?region=x>; rel="alternate"; hreflang="fr", ' +
      '<http://evil.example/en/projects?region=x>; rel="alternate"; hreflang="en"';
    expect(linksOnSiteOrigin(link, 'https://portal.example.org')).toBe(
      '<https://portal.example.org/fr/projets?region=x>; rel="alternate"; hreflang="fr", ' +
        '<https://portal.example.org/en/projects?region=x>; rel="alternate"; hreflang="en"',
    );
  });
});
