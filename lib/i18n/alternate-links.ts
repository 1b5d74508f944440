// The locale routing (next-intl) announces each page's language versions in a `Link` header built from the request's
// host; the portal's public origin is SITE_URL, as in the page's own <link rel="alternate"> tags.

/** A `Link` header value with every URL moved to `siteUrl`'s origin (path and query kept). */
export function linksOnSiteOrigin(link: string, siteUrl: string): string {
  return link.replace(/<([^<>]*)>/g, (whole, target: string) => {
    try {
      const url = new URL(target);
      return `<${new URL(url.pathname + url.search, siteUrl).toString()}>`;
    } catch {
      return whole;
    }
  });
}
