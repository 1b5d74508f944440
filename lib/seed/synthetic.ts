// `npm run db:seed -- --synthetic N`: N synthetic projects (codes SY.00001…) for benchmarks. Replaces earlier synthetic
// records, leaves every other record alone, runs in one transaction. Never part of the default seed.
import { PrismaPg } from '@prisma/adapter-pg';
import { projectModel } from '@/lib/content/project';
import type { Coverage, Prisma, ProjectStatus, PublicationState } from '@/lib/generated/prisma/client';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { NAME_SELECT, nameIn, routing, type AppLocale, type LocalisedNames } from '@/lib/i18n/routing';
import { seededBookkeeping } from './bookkeeping';
import * as D from './synthetic-data';

const SYNTHETIC_CODE_PREFIX = 'SY.';
export const MAX_SYNTHETIC = 200_000;

type Ref = { id: number; slug: string };
type Country = { code: string } & LocalisedNames;

/** Budget between 50,000 and 2,000,000 USD, log-uniform (many small projects, few large), as a 2-decimal string. */
function budget(rand: () => number): string {
  const value = Math.exp(Math.log(50_000) + rand() * (Math.log(2_000_000) - Math.log(50_000)));
  return (Math.round(value / 500) * 500).toFixed(2);
}

function years(rand: () => number, status: string): { startYear: number; endYear: number } {
  const length = 1 + Math.floor(rand() * 4);
  const start =
    status === 'planned'
      ? 2026 + Math.floor(rand() * 2)
      : status === 'active'
        ? 2022 + Math.floor(rand() * 4)
        : 2005 + Math.floor(rand() * 18);
  return { startYear: start, endYear: Math.min(start + length, status === 'completed' ? 2025 : 2031) };
}

/** Deletes earlier synthetic projects and inserts `count` new ones; returns how many were written. */
export async function seedSynthetic(
  connectionString: string,
  count: number,
  log: (l: string) => void = () => {},
): Promise<number> {
  if (!Number.isInteger(count) || count < 1 || count > MAX_SYNTHETIC)
    throw new Error(`N must be an integer from 1 to ${MAX_SYNTHETIC}`);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }), errorFormat: 'minimal' });
  try {
    const [regions, types, countryRows] = await Promise.all([
      prisma.region.findMany({ select: { id: true, slug: true } }),
      prisma.projectType.findMany({ select: { id: true, slug: true } }),
      prisma.country.findMany({ select: { code: true, ...NAME_SELECT } }),
    ]);
    const [firstRegion] = regions;
    const [firstType] = types;
    if (!firstRegion || !firstType) throw new Error('Reference data missing: run `npm run db:seed` first.');
    const countries = new Map<string, Country>(countryRows.map((c) => [c.code, c]));
    const regionBySlug = new Map<string, Ref>(regions.map((r) => [r.slug, r]));
    const rand = D.prng(20261123 + count);
    const rows: Prisma.ProjectCreateManyInput[] = [];
    const links: { code: string; countryCodes: string[] }[] = [];
    const primaSeen = new Set<string>();
    for (let i = 1; i <= count; i++) {
      const regionSlug = D.weighted(rand, D.REGION_WEIGHTS);
      const region = regionBySlug.get(regionSlug) ?? firstRegion;
      const pool = (D.REGION_COUNTRIES[regionSlug] ?? []).filter((c) => countries.has(c));
      const coverage: Coverage = regionSlug === 'global' ? 'global' : D.weighted(rand, { national: 65, regional: 35 });
      const n = coverage === 'national' ? 1 : coverage === 'regional' ? 2 + Math.floor(rand() * 5) : 0;
      const chosen = [...new Set(Array.from({ length: n }, () => D.pick(rand, pool)).filter((c) => c !== undefined))];
      const type = D.pick(rand, types) ?? firstType;
      const theme = D.pick(rand, D.THEMES[type.slug] ?? []) ?? D.FALLBACK_THEME;
      const first = chosen[0] ? countries.get(chosen[0]) : undefined;
      const place = (lang: AppLocale) => (first ? nameIn(first, lang) : D.GLOBAL_PLACE[lang]);
      const status = D.weighted<ProjectStatus>(rand, D.STATUS_WEIGHTS);
      const y = years(rand, status);
      const code = `${SYNTHETIC_CODE_PREFIX}${String(i).padStart(5, '0')}`;
      const prima = `${chosen[0] ?? 'GL'}${String(y.startYear % 100).padStart(2, '0')}P${String(i % 10_000).padStart(4, '0')}`;
      const usePrima = rand() < 0.7 && !primaSeen.has(prima);
      if (usePrima) primaSeen.add(prima);
      const has = D.textLanguages(rand);
      const languages = routing.locales.filter((l) => has[l]);
      // Up to four distinct sentences, the same ones in every language.
      const sentences = [...new Set([0, 1, 2, 3].map(() => D.pick(rand, D.SUMMARY_SENTENCES)))].filter(
        (x) => x !== undefined,
      );
      const texts = {
        // Written in one of the languages it has text in.
        sourceLanguage: D.weighted(rand, D.sourceWeights(has)),
        title: Object.fromEntries(languages.map((l) => [l, `${theme[l]} — ${place(l)}`])),
        summary: Object.fromEntries(languages.map((l) => [l, sentences.map((x) => x[l]).join(' ')])),
      };
      rows.push({
        code,
        primaId: usePrima ? prima : null,
        ...texts,
        ...seededBookkeeping(projectModel, texts, null),
        status,
        typeId: type.id,
        coverage,
        regionId: region.id,
        budgetUsd: rand() < 0.03 ? null : budget(rand),
        ...y,
        fundingYear: y.startYear - (rand() < 0.6 ? 1 : 0),
        publicationState: D.weighted<PublicationState>(rand, D.PUBLICATION_WEIGHTS),
      });
      links.push({ code, countryCodes: chosen });
    }
    await prisma.$transaction(
      async (tx) => {
        const removed = await tx.project.deleteMany({ where: { code: { startsWith: SYNTHETIC_CODE_PREFIX } } });
        if (removed.count) log(`Removed ${removed.count} earlier synthetic projects.`);
        for (let k = 0; k < rows.length; k += 2000) await tx.project.createMany({ data: rows.slice(k, k + 2000) });
        const ids = new Map(
          (
            await tx.project.findMany({
              where: { code: { startsWith: SYNTHETIC_CODE_PREFIX } },
              select: { id: true, code: true },
            })
          ).map((p) => [p.code, p.id]),
        );
        const pcs = links.flatMap((l) => {
          const projectId = ids.get(l.code);
          if (projectId === undefined) throw new Error(`Synthetic project ${l.code} was not written`);
          return l.countryCodes.map((countryCode, position) => ({ projectId, countryCode, position }));
        });
        for (let k = 0; k < pcs.length; k += 5000) await tx.projectCountry.createMany({ data: pcs.slice(k, k + 5000) });
      },
      { maxWait: 30_000, timeout: 600_000 },
    );
    // Fresh statistics, so the planner sees the new row counts at once.
    await prisma.$executeRaw`ANALYZE`;
    log(`Seeded ${count} synthetic projects (${SYNTHETIC_CODE_PREFIX}00001…).`);
    return count;
  } finally {
    await prisma.$disconnect();
  }
}
