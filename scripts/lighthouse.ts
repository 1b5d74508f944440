// `npm run lighthouse`: Lighthouse (with the machine's Chromium) on the home, list, project and centre pages in both
// languages, against the existing production build on a fresh seeded database; prints the four category scores.
// Options: --desktop (Lighthouse's desktop preset; default is its mobile preset with simulated throttling).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { startProductionServer } from './support/production-server';

const PAGES = [
  ['home', '/en', '/fr'],
  ['project list', '/en/projects', '/fr/projets'],
  ['project page', '/en/projects/PX.0220', '/fr/projets/PX.0220'],
  [
    'centre page',
    '/en/resource-centres/pohnpei-migrant-resource-centre',
    '/fr/centres-de-ressources/pohnpei-migrant-resource-centre',
  ],
] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const desktop = process.argv.includes('--desktop');
const port = Number(process.env.LIGHTHOUSE_PORT ?? 3300);
const server = await startProductionServer({ port, dbPrefix: 'iom_lighthouse', quiet: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
let failed = false;
try {
  console.log(
    `Lighthouse ${desktop ? 'desktop' : 'mobile (simulated throttling)'} preset, ${new Date().toISOString()}`,
  );
  console.log(`| page | URL | ${CATEGORIES.join(' | ')} |\n|---|---|${CATEGORIES.map(() => '---').join('|')}|`);
  for (const [name, ...paths] of PAGES) {
    for (const path of paths) {
      const result = await lighthouse(
        `${server.url}${path}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        desktop ? desktopConfig : undefined,
      );
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError) {
        failed = true;
        console.log(`| ${name} | ${path} | error: ${lhr?.runtimeError?.message ?? 'no result'} |`);
        continue;
      }
      const scores = CATEGORIES.map((c) => {
        const s = lhr.categories[c]?.score;
        return s === null || s === undefined ? 'n/a' : String(Math.round(s * 100));
      });
      console.log(`| ${name} | ${path} | ${scores.join(' | ')} |`);
      // Audits that cost points, so a figure below 100 comes with its reason.
      const lost = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id),
      );
      if (lost.length > 0) console.error(`  ${path}: failing audits: ${lost.join(', ')}`);
      // The metrics behind the performance score.
      const metrics = [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ].map(
        (id) => `${id} ${lhr.audits[id]?.displayValue ?? 'n/a'} (${Math.round((lhr.audits[id]?.score ?? 0) * 100)})`,
      );
      console.error(`  ${path}: ${metrics.join(', ')}`);
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}
process.exit(failed ? 1 : 0);
