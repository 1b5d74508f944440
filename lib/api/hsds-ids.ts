import { createHash } from 'node:crypto';

// A fixed namespace for the portal's HSDS identifiers (a random UUID chosen once).
const NAMESPACE = 'b1d5f0b6-3c8e-4d1a-9a57-6c2f1e0d9a41';

/** A stable RFC 4122 version-5 UUID for an HSDS record, derived from its kind and natural key. */
export function hsdsId(...parts: string[]): string {
  const ns = Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(parts.join('/')).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
