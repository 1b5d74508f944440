// Public pages are served without Next.js's client runtime. Every public page works as plain HTML (links, GET
// forms, `<details>`, server actions posted as forms): the runtime (React, the App Router, the React Server Components
// payload: about 150 kB of compressed script per page) would only replace full page loads with client navigation.
// What is removed: the chunk scripts (`<script src="/_next/…">`), their preloads, and the inline scripts that feed
// the client router (`self.__next_f`, the TURBOPACK bootstrap). Anything else (JSON-LD) stays.

// React escapes `<` inside these inline scripts (\u003c), so `[^<]*` reaches the closing tag in one linear pass.
const CHUNK_SCRIPT = /<script\b[^>]*\ssrc="\/_next\/[^"]*"[^>]*><\/script>/g;
const RUNTIME_SCRIPT = /<script\b[^>]*>(?:\(self\.__next_f|self\.__next_f|\(globalThis\["TURBOPACK"\])[^<]*<\/script>/g;
const LINK_TAG = /<link\b[^>]*>/g;
// A preload of a script, whatever the order of its attributes.
const isScriptPreload = (tag: string) =>
  /\srel="modulepreload"/.test(tag) || (/\srel="preload"/.test(tag) && /\sas="script"/.test(tag));

/** A rendered page's HTML without Next.js's client runtime (see above). */
export function withoutClientRuntime(html: string): string {
  return html
    .replace(CHUNK_SCRIPT, '')
    .replace(RUNTIME_SCRIPT, '')
    .replace(LINK_TAG, (tag) => (isScriptPreload(tag) ? '' : tag));
}

/** A Link response header without its script preloads (the scripts are not in the page any more). */
export function linkWithoutScripts(link: string): string {
  return link
    .split(/,\s*(?=<)/)
    .filter((part) => !/;\s*as="?script"?/.test(part))
    .join(', ');
}
