// Writes the seeded projects and centres by natural key, touching a record (and its version) only when it differs.
import { centreModel } from '@/lib/content/centre';
import { projectModel } from '@/lib/content/project';
import { storedLocalised } from '@/lib/format';
import type { Prisma } from '@/lib/generated/prisma/client';
import { seededBookkeeping } from './bookkeeping';
import { SEED_CENTRES } from './centres';
import { changedFields, sameList, sameSet, type Tally } from './compare';
import { SEED_PROJECTS } from './projects';
import type { ReferenceIds } from './write-reference';

type Tx = Prisma.TransactionClient;

function idOf(ids: Map<string, number>, key: string, what: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Seed refers to an unknown ${what} "${key}"`);
  return id;
}

/** The seeded projects, created or brought back to the seed's values; returns their ids by code. */
export async function writeProjects(
  tx: Tx,
  refs: ReferenceIds,
  tally: Tally,
  log: (l: string) => void,
): Promise<Map<string, number>> {
  const stored = await tx.project.findMany({
    where: { code: { in: SEED_PROJECTS.map((p) => p.code) } },
    include: { countries: { orderBy: { position: 'asc' } } },
  });
  const byCode = new Map(stored.map((p) => [p.code, p]));
  const ids = new Map<string, number>();
  for (const { typeSlug, regionSlug, countryCodes, title, summary, ...fields } of SEED_PROJECTS) {
    const current = byCode.get(fields.code);
    const texts = { title: storedLocalised(title), summary: storedLocalised(summary) };
    const data = {
      ...fields,
      ...texts,
      ...seededBookkeeping(projectModel, { ...fields, ...texts }, current ?? null),
      typeId: idOf(refs.types, typeSlug, 'project type'),
      regionId: idOf(refs.regions, regionSlug, 'region'),
    };
    const countries = countryCodes.map((countryCode, position) => ({ countryCode, position }));
    if (!current) {
      const created = await tx.project.create({ data: { ...data, countries: { create: countries } } });
      ids.set(data.code, created.id);
      tally.created++;
      log(`project ${data.code}: created`);
      continue;
    }
    ids.set(data.code, current.id);
    const changed = changedFields(current, data);
    const countriesChanged = !sameList(
      current.countries.map((c) => `${c.countryCode}@${c.position}`),
      countries.map((c) => `${c.countryCode}@${c.position}`),
    );
    if (changed.length === 0 && !countriesChanged) continue;
    await tx.project.update({
      where: { id: current.id },
      data: {
        ...data,
        version: { increment: 1 },
        ...(countriesChanged ? { countries: { deleteMany: {}, create: countries } } : {}),
      },
    });
    tally.updated++;
    log(`project ${data.code}: updated (${[...changed, ...(countriesChanged ? ['countries'] : [])].join(', ')})`);
  }
  return ids;
}

/** The seeded centres with their services, languages and related projects, created or brought back to the seed. */
export async function writeCentres(
  tx: Tx,
  refs: ReferenceIds,
  projectIds: Map<string, number>,
  tally: Tally,
  log: (l: string) => void,
): Promise<void> {
  const stored = await tx.resourceCentre.findMany({ where: { slug: { in: SEED_CENTRES.map((c) => c.slug) } } });
  // One query per join table, in turn: a transaction's connection runs one query at a time.
  const centreId = { in: stored.map((c) => c.id) };
  const services = await tx.centreService.findMany({ where: { centreId } });
  const languages = await tx.centreLanguage.findMany({ where: { centreId } });
  const projects = await tx.centreProject.findMany({ where: { centreId } });
  const bySlug = new Map(
    stored.map((c) => [
      c.slug,
      {
        ...c,
        services: services.filter((s) => s.centreId === c.id),
        languages: languages.filter((l) => l.centreId === c.id),
        projects: projects.filter((p) => p.centreId === c.id),
      },
    ]),
  );
  for (const {
    serviceSlugs,
    languageCodes,
    projectCodes,
    name,
    description,
    openingHours,
    operator,
    partners,
    ...fields
  } of SEED_CENTRES) {
    const current = bySlug.get(fields.slug);
    const texts = {
      name: storedLocalised(name),
      description: storedLocalised(description),
      openingHours: storedLocalised(openingHours),
      operator: storedLocalised(operator),
      partners: storedLocalised(partners),
    };
    const data = { ...fields, ...texts, ...seededBookkeeping(centreModel, { ...fields, ...texts }, current ?? null) };
    const wanted = {
      services: serviceSlugs.map((slug) => ({ serviceId: idOf(refs.services, slug, 'service') })),
      languages: languageCodes.map((languageCode) => ({ languageCode })),
      projects: projectCodes.map((code) => ({ projectId: idOf(projectIds, code, 'project') })),
    };
    if (!current) {
      await tx.resourceCentre.create({
        data: {
          ...data,
          services: { create: wanted.services },
          languages: { create: wanted.languages },
          projects: { create: wanted.projects },
        },
      });
      tally.created++;
      log(`centre ${data.slug}: created`);
      continue;
    }
    const joins = {
      services: !sameSet(
        current.services.map((s) => s.serviceId),
        wanted.services.map((s) => s.serviceId),
      ),
      languages: !sameSet(
        current.languages.map((l) => l.languageCode),
        languageCodes,
      ),
      projects: !sameSet(
        current.projects.map((p) => p.projectId),
        wanted.projects.map((p) => p.projectId),
      ),
    };
    const changed = [
      ...changedFields(current, data),
      ...Object.keys(joins).filter((k) => joins[k as keyof typeof joins]),
    ];
    if (changed.length === 0) continue;
    await tx.resourceCentre.update({
      where: { id: current.id },
      data: {
        ...data,
        version: { increment: 1 },
        ...(joins.services ? { services: { deleteMany: {}, create: wanted.services } } : {}),
        ...(joins.languages ? { languages: { deleteMany: {}, create: wanted.languages } } : {}),
        ...(joins.projects ? { projects: { deleteMany: {}, create: wanted.projects } } : {}),
      },
    });
    tally.updated++;
    log(`centre ${data.slug}: updated (${changed.join(', ')})`);
  }
}
