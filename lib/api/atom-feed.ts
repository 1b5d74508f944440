import { Feed } from 'feed';
import { ATOM_TYPE } from '@/lib/api/feed-links';
import { conditionalResponse } from '@/lib/api/http';
import { stripControlCharacters } from '@/lib/control-characters';
import type { AppLocale } from '@/lib/i18n/routing';

// Atom 1.0 documents made with the `feed` library. Its entry title, summary and content are HTML (type="html" in
// CDATA), so every text is escaped here; control characters that older records may hold, which XML 1.0 cannot
// carry, are left out.

/** One entry: a stable id, its title, the public page it is about, when it changed and what changed (lines). */
export type AtomEntry = { id: string; title: string; link: string; updated: Date; lines: string[] };

/** A feed: its own address (also its id), the page it follows, texts in `lang`, and its entries. */
export type AtomDocument = {
  self: string;
  alternate: string;
  title: string;
  subtitle: string;
  author: { name: string; uri: string };
  updated: Date;
  lang: AppLocale;
  entries: AtomEntry[];
};

const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';

const clean = (text: string) => stripControlCharacters(text);
const html = (text: string) =>
  clean(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The Atom 1.0 XML of a feed. */
export function atomXml(doc: AtomDocument): string {
  const feed = new Feed({
    id: doc.self,
    title: clean(doc.title),
    description: clean(doc.subtitle),
    link: doc.alternate,
    feed: doc.self,
    author: { name: clean(doc.author.name), link: doc.author.uri },
    updated: doc.updated,
    // No generator element: the document only changes when its content does (its ETag is a hash of it).
    generator: false,
  });
  for (const entry of doc.entries) {
    feed.addItem({
      id: entry.id,
      title: html(entry.title),
      link: entry.link,
      date: entry.updated,
      description: html(entry.lines.join(' ')),
      content: `<ul>${entry.lines.map((line) => `<li>${html(line)}</li>`).join('')}</ul>`,
    });
  }
  // The library writes no xml:lang; readers use it to hyphenate and to read the texts aloud.
  return feed.atom1().replace(ATOM_ROOT, `${ATOM_ROOT.slice(0, -1)} xml:lang="${doc.lang}">`);
}

/** An Atom answer (conditional: ETag, Last-Modified, 304), as every public GET of the API. */
export function atomResponse(request: Request, xml: string, lastModified: Date | null): Response {
  return conditionalResponse(request, { body: xml, contentType: `${ATOM_TYPE}; charset=utf-8`, lastModified });
}
