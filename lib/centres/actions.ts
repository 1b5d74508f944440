// One-tap actions of a centre's page: each a well-formed link, and only those whose data exist.

/** What the action links are built from. */
export type ActionSource = {
  phone: string | null;
  email: string | null;
  website: string | null;
  latitude: number | null;
  longitude: number | null;
  /** The plain text shared by WhatsApp or text message (name, address, phone, hours). */
  shareText: string;
};

/** One action: a message key of `centrePractical` and its link. */
export type CentreAction = {
  key: 'call' | 'email' | 'website' | 'directions' | 'openInMaps' | 'shareWhatsApp' | 'shareSms';
  href: string;
};

/**
 * A `tel:` URI for a phone number as written ("+63 (56) 333-4444" → "tel:+63563334444"), or null if it has no digits.
 */
export function telHref(phone: string): string | null {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (!digits) return null;
  const international = trimmed.startsWith('00');
  const plus = international || trimmed.startsWith('+') ? '+' : '';
  return `tel:${plus}${international ? digits.slice(2) : digits}`;
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;

/** A website address when it is http(s), else null. */
function webHref(website: string): string | null {
  try {
    const url = new URL(website);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** The centre's action links, in the order shown. */
export function centreActions(c: ActionSource): CentreAction[] {
  const actions: CentreAction[] = [];
  const tel = c.phone ? telHref(c.phone) : null;
  if (tel) actions.push({ key: 'call', href: tel });
  if (c.email && EMAIL.test(c.email.trim())) actions.push({ key: 'email', href: `mailto:${c.email.trim()}` });
  const web = c.website ? webHref(c.website) : null;
  if (web) actions.push({ key: 'website', href: web });
  if (c.latitude !== null && c.longitude !== null) {
    const lat = String(c.latitude);
    const lon = String(c.longitude);
    actions.push({ key: 'directions', href: `https://www.openstreetmap.org/directions?to=${lat}%2C${lon}` });
    actions.push({ key: 'openInMaps', href: `geo:${lat},${lon}` });
  }
  const text = encodeURIComponent(c.shareText);
  actions.push({ key: 'shareWhatsApp', href: `https://wa.me/?text=${text}` });
  actions.push({ key: 'shareSms', href: `sms:?&body=${text}` });
  return actions;
}
