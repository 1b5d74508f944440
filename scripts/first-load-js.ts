// `npm run first-load-js`: the JavaScript each public page makes the browser download on first load, measured on the
// existing production build as a browser asks for it (`Accept: text/html`, no session): every `<script src>` of the
// served HTML but `nomodule` ones (legacy polyfills modern browsers skip), raw and gzip-compressed size (what
// travels). Anonymous visitors get public pages without Next.js's client runtime (lib/page-cache/light-html.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startProductionServer } from './support/production-server';

const PAGES = [
  ['home', '/en'],
  ['project list', '/en/projects'],
  ['project list, filtered', '/fr/projets?region=asia-oceania&sort=-budget'],
  ['project page', '/en/projects/PX.0220'],
  ['regions', '/en/regions'],
  ['centre list', '/en/resource-centres'],
  ['centre page', '/fr/centres-de-ressources/pohnpei-migrant-resource-centre'],
  ['report form', '/es/centros-de-recursos/pohnpei-migrant-resource-centre/reportar'],
  ['page not found', '/en/projects/XX.0000'],
  ['staff login', '/en/admin/login'],
] as const;

const root = path.resolve(import.meta.dirname, '..');
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

const server = await startProductionServer({
  port: Number(process.env.FIRST_LOAD_PORT ?? 3292),
  dbPrefix: 'iom_first_load',
  quiet: true,
});
try {
  console.log(`First-load JavaScript per page (${new Date().toISOString()})\n`);
  console.log('| page | URL | scripts | raw | gzip |\n|---|---|---|---|---|');
  for (const [name, url] of PAGES) {
    const html = await (await fetch(server.url + url, { headers: { accept: 'text/html' } })).text();
    const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((m) => !/\snomodule/i.test(m[0]));
    const srcs = [...new Set(tags.flatMap((m) => (m[1] ? [m[1]] : [])))];
    let raw = 0;
    let gzip = 0;
    for (const src of srcs) {
      const file = path.join(
        root,
        '.next',
        decodeURIComponent(new URL(src, server.url).pathname.replace(/^\/_next\//, '')),
      );
      const bytes = readFileSync(file);
      raw += bytes.length;
      gzip += gzipSync(bytes).length;
    }
    console.log(`| ${name} | ${url} | ${srcs.length} | ${kb(raw)} | ${kb(gzip)} |`);
  }
} finally {
  await server.stop();
}
