// Security headers of every response. Pages get a per-request nonce in their Content-Security-Policy (set by the
// proxy, which Next.js reads to put the nonce on its own scripts); API responses, which render no HTML, get the
// strictest policy.

/** A fresh, unguessable nonce for one response (128 bits, base64). */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/**
 * The page policy: scripts only with this response's nonce (and what they load); no plugins or base tags; no framing
 * but for the embeddable pages (`framable`), which any site may show in an <iframe>.
 */
function pageCsp(nonce: string, dev = false, framable = false): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets Next.js's nonced bootstrap load its chunks; 'unsafe-eval' only for the dev server's HMR.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // Inline style attributes come from SVG maps and React; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    framable ? 'frame-ancestors *' : "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy of non-HTML responses (API, files): nothing may load or frame them. */
export const API_CSP = "default-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Headers every response carries besides its CSP. */
export const COMMON_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The headers of a page's response: the common ones (no X-Frame-Options on an embeddable page) and its CSP. */
export function pageHeaders(
  nonce: string,
  dev: boolean,
  framable: boolean,
): Record<string, string> & { 'Content-Security-Policy': string } {
  const common = Object.entries(COMMON_SECURITY_HEADERS).filter(([name]) => !framable || name !== 'X-Frame-Options');
  return { ...Object.fromEntries(common), 'Content-Security-Policy': pageCsp(nonce, dev, framable) };
}

/** The request id of a response: an upstream proxy's X-Request-Id when it is a plain token, else a new one. */
export function requestIdFrom(given: string | null): string {
  // Kept only when it cannot inject anything into a header or a log line.
  return given && /^[A-Za-z0-9._:-]{8,128}$/.test(given) ? given : crypto.randomUUID();
}
