// Run by tests/unit/page-store-memory.test.ts in a process of its own (node --expose-gc --import tsx): fills a page
// store the way lib/page-cache/proxy.ts does (a page fetched from this same process over HTTP, read with
// `response.text()`, stored without the client runtime, then served with a fresh nonce) and prints how far the resident set grew.
// Argument: `cache` stores every page in a store of PAGE_STORE_MB (default 64); `off` does the same work and keeps
// nothing.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { withoutClientRuntime } from '@/lib/page-cache/light-html';
import { PageStore } from '@/lib/page-cache/store';

const MiB = 1024 * 1024;
const mode = process.argv[2] === 'cache' ? 'cache' : 'off';
const pages = Number(process.env.PAGE_STORE_PAGES ?? 20_000);
const budget = Number(process.env.PAGE_STORE_MB ?? 64) * MiB;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const placeholder = 'cGxhY2Vob2xkZXJub25jZQ==';
const store = new PageStore(budget, 60_000, placeholder);

// A public page as the app renders it: scripts with the nonce, a filter panel with long option lists, 20 projects;
// 18 to 51 KB, every other one French (with characters outside Latin-1, so its string is two bytes a character).
function html(i: number): string {
  const fr = i % 2 === 1;
  const parts = [`<!DOCTYPE html><html lang="${fr ? 'fr' : 'en'}"><head><meta charset="utf-8"><title>${i}</title>`];
  for (let s = 0; s < 8; s++) {
    parts.push(`<script src="/_next/static/chunks/${s}-${i % 97}.js" async nonce="${placeholder}"></script>`);
  }
  parts.push(`<style nonce="${placeholder}">body{margin:0}</style></head><body><form><fieldset>`);
  for (let o = 0; o < 150 + (i % 400); o++) {
    const label = `${fr ? 'Pays' : 'Country'} ${o} (${(i * 31 + o) % 1000})`;
    parts.push(`<label><input type="checkbox" name="country" value="c${o}">${label}</label>`);
  }
  parts.push('</fieldset></form><ul>');
  for (let p = 0; p < 20; p++) {
    const title = fr ? `Projet d’aide aux migrants — ${i}-${p}` : `Assistance to migrants - ${i}-${p}`;
    const summary = 'Lorem ipsum dolor sit amet. '.repeat(5);
    parts.push(`<li><a href="/${fr ? 'fr/projets' : 'en/projects'}/PX.${i}.${p}">${title}</a><p>${summary}</p></li>`);
  }
  parts.push('</ul>');
  for (let s = 0; s < 6; s++) parts.push(`<script nonce="${placeholder}">self.__next_f.push([1,"${i}:${s}"])</script>`);
  parts.push('</body></html>');
  return parts.join('');
}

const server = createServer((request, response) => {
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate',
    vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch',
    link: '</_next/static/media/font.woff2>; rel=preload; as="font"; crossorigin=""; type="font/woff2"',
  });
  response.end(html(Number(request.url?.slice(3))));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

let peak = 0;
async function visit(i: number, keep: boolean): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${port}/p/${i}`, {
    headers: { accept: 'text/html', 'accept-encoding': 'identity' },
    redirect: 'manual',
    cache: 'no-store',
  });
  const body = await res.text();
  const headers = ['content-type', 'cache-control', 'vary', 'link'].flatMap((name): [string, string][] => {
    const value = res.headers.get(name);
    return value ? [[name, value]] : [];
  });
  const key = `/${i % 2 ? 'fr/projets' : 'en/projects'}?page=${i}`;
  // Kept without Next.js's client runtime, as lib/page-cache/proxy.ts keeps pages.
  if (keep) store.set(key, { version: '1', renderedAt: Date.now(), body: withoutClientRuntime(body), headers });
  // The page is served to the visitor who asked for it with that visitor's nonce.
  const served = body.replaceAll(placeholder, 'AAAAAAAAAAAAAAAAAAAAAA==');
  if (served.length !== body.length) throw new Error('unexpected nonce length');
  peak = Math.max(peak, process.memoryUsage.rss());
}

async function run(from: number, count: number, keep: boolean): Promise<void> {
  // Ten at a time, like the ten connections of `npm run bench`.
  for (let i = from; i < from + count; i += 10) {
    await Promise.all(Array.from({ length: Math.min(10, from + count - i) }, (_, j) => visit(i + j, keep)));
  }
}

async function settle(): Promise<void> {
  for (let k = 0; k < 4; k++) {
    gc!();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

// Warm-up, the same in both modes and with nothing kept: the server, fetch and the heap reach their working size.
await run(1_000_000, 2_000, false);
await settle();
const start = process.memoryUsage.rss();
peak = start;
await run(0, pages, mode === 'cache');
await settle();
const end = process.memoryUsage.rss();
server.close();
console.log(JSON.stringify({ mode, pages: store.size, bytes: store.bytes, start, peak, end }));
