// Who sent a request, and which of its `X-Forwarded-*` headers may be believed. A reverse proxy (nginx) adds them;
// anyone else can write them too, so they are believed only when the connection itself comes from a proxy listed in
// TRUSTED_PROXIES. The connection's address is not visible to Next.js's proxy, so `instrumentation.ts` stamps every
// incoming request with it (`stampPeerAddress`), under a per-process secret that a client cannot forge.
import { BlockList, isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

const PEER_HEADER = 'x-portal-peer';
const FORWARDED = ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip', 'forwarded'];
// Bounds the work on a header anyone can send.
const MAX_HOPS = 20;
const SECRET_KEY = Symbol.for('iom-portal.peer-secret');

type WithSecret = { [SECRET_KEY]?: string };

function peerSecret(): string {
  const global = globalThis as WithSecret;
  global[SECRET_KEY] ??= crypto.randomUUID();
  return global[SECRET_KEY];
}

/** Writes the connection's address on an incoming request (overwriting anything a client sent under that name). */
export function stampPeerAddress(request: IncomingMessage): void {
  // Typed as always there, but a request whose connection is already gone may have no socket.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  request.headers[PEER_HEADER] = `${peerSecret()} ${request.socket?.remoteAddress ?? ''}`;
}

/** The connection's address stamped by `stampPeerAddress`, or null when the stamp is missing or forged. */
export function peerAddressOf(headers: Pick<Headers, 'get'>): string | null {
  const [secret, address] = (headers.get(PEER_HEADER) ?? '').split(' ');
  return secret === peerSecret() && address ? address : null;
}

/**
 * Parses TRUSTED_PROXIES: `loopback` (127.0.0.0/8 and ::1, the default: nginx on the same host), `none`, or a
 * comma-separated list of addresses and CIDR ranges (`10.0.0.5, 10.1.0.0/16, fd00::/8`, may include `loopback`).
 * Throws on an entry it cannot read.
 */
export function parseTrustedProxies(value: string): BlockList {
  const list = new BlockList();
  for (const raw of value.split(',').slice(0, 100)) {
    const entry = raw.trim();
    if (entry === '' || entry === 'none') continue;
    if (entry === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [address = '', bits] = entry.split('/');
    const family = isIP(address);
    const prefix = bits === undefined ? null : Number(bits);
    const max = family === 6 ? 128 : 32;
    if (family === 0 || (prefix !== null && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= max))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefix === null) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
  }
  return list;
}

/** Whether an address (IPv4, IPv6 or IPv4-mapped IPv6) is in the list. */
export function isTrusted(list: BlockList, address: string): boolean {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)?.[1];
  const plain = mapped ?? address;
  const family = isIP(plain);
  return family !== 0 && list.check(plain, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client's address: the peer itself unless it is a trusted proxy; then the `X-Forwarded-For` hops are read from
 * the right (the hop each proxy added) and the first one that is not a trusted proxy is the client.
 */
export function clientAddress(peer: string | null, forwardedFor: string | null, trusted: BlockList): string | null {
  if (!peer || !isTrusted(trusted, peer)) return peer;
  const hops = (forwardedFor ?? '')
    .split(',')
    .slice(-MAX_HOPS)
    .map((hop) => hop.trim())
    .filter(Boolean);
  for (const hop of [...hops].reverse()) {
    if (isIP(hop) === 0) return null;
    if (!isTrusted(trusted, hop)) return hop;
  }
  return hops[0] ?? peer;
}

/**
 * Rewrites the forwarding headers of a request in place so that everything after the proxy can believe them:
 * `X-Forwarded-For` becomes the one client address, and `X-Forwarded-Host`/`-Proto`/`-Port`, `X-Real-IP` and
 * `Forwarded` are dropped unless the peer is a trusted proxy.
 */
export function settleForwardedHeaders(headers: Headers, trusted: BlockList): void {
  const peer = peerAddressOf(headers);
  headers.delete(PEER_HEADER);
  const fromProxy = peer !== null && isTrusted(trusted, peer);
  const client = clientAddress(peer, headers.get('x-forwarded-for'), trusted);
  if (!fromProxy) for (const name of FORWARDED) headers.delete(name);
  headers.delete('x-real-ip');
  if (client) headers.set('x-forwarded-for', client);
  else headers.delete('x-forwarded-for');
}
