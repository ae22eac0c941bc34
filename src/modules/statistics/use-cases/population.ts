import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { appendAudit } from '../../../core/audit/audit.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { fromRoot } from '../../../core/paths.js';
import { listDistricts } from '../../city/index.js';
import { districtPopulation } from '../db/schema.js';
import type { PopulationRow } from '../db/queries.js';
import { enqueueJob } from '../../../core/jobs/jobs.js';
import { refreshJobKind } from './participation.js';
import { maxPopulationProblems, parsePopulationCsv, populationProblem, type PopulationProblem } from '../domain/population-csv.js';
import { latestShippedPopulation } from '../domain/spb-population.js';
import { canEditPopulation } from '../policy.js';

export const shippedPopulationFile = fromRoot('data', 'spb_district_population.csv');

/** The 400 listing a file's problems: one field per line (`line 12`), each with its message. */
export function populationFileError(problems: PopulationProblem[]): AppError {
  const fields: Record<string, { key: string; params: Record<string, string | number> }> = {};
  for (const p of problems) {
    let name = `line ${p.line}`;
    for (let i = 2; fields[name]; i++) name = `line ${p.line} (${i})`;
    fields[name] = { key: `statistics.csv.${p.code}`, params: p.params };
  }
  return new AppError(400, 'population_invalid', { count: problems.length, line: problems[0]?.line ?? 0 }, fields);
}

/** A district's figure as an administrator gives it. */
export interface PopulationInput {
  districtId: string;
  population: string;
  year: string;
  source: string;
  note?: string | null;
}

/**
 * Sets one district's population (administrators): 400 for a negative, non-numeric or zero figure or a wrong year,
 * 404 for an unknown district. Audited with the figure it replaces.
 */
export async function setPopulation(ctx: ModuleContext, actor: Actor, input: PopulationInput): Promise<PopulationRow> {
  authorize(actor, canEditPopulation(actor));
  const wrong = populationProblem(input.population, input.year);
  if (wrong) throw new AppError(400, 'population_invalid_figure', {}, { population: { key: `statistics.csv.${wrong.code}`, params: wrong.params } });
  const district = (await listDistricts(ctx.database.db)).find((d) => d.id === input.districtId);
  if (!district) throw new AppError(404, 'district_not_found');
  const row = {
    districtId: district.id,
    population: Number(input.population.replace(/[\s\u00a0]/g, '')),
    year: Number(input.year),
    source: input.source.trim(),
    note: input.note?.trim() || null,
    updatedBy: actor.userId,
    updatedAt: new Date(),
  };
  return ctx.database.db
    .transaction(async (tx) => {
      const [previous] = await tx.select().from(districtPopulation).where(eq(districtPopulation.districtId, district.id)).for('update');
      const [saved] = await tx.insert(districtPopulation).values(row).onConflictDoUpdate({ target: districtPopulation.districtId, set: row }).returning();
      await appendAudit(tx, {
        actorId: actor.userId,
        action: 'population.set',
        subjectType: 'district',
        subjectId: district.id,
        data: {
          nameRu: district.nameRu,
          nameEn: district.nameEn,
          population: row.population,
          year: row.year,
          source: row.source,
          note: row.note,
          previous: previous ? { population: previous.population, year: previous.year, source: previous.source } : null,
        },
      });
      await recount(tx);
      return saved!;
    })
    .finally(() => ctx.jobs.kick());
}

/** A new population changes every share: the statistics are recounted at once (the job), not at its next turn. */
const recount = (tx: Parameters<typeof enqueueJob>[0]) => enqueueJob(tx, { kind: refreshJobKind, key: `${refreshJobKind}:population` });

/**
 * Imports district populations from CSV (docs/population-csv.md), all or nothing: a negative or non-numeric figure,
 * a wrong year, a missing source or an unknown district refuses the whole file with every problem by line. A
 * district is named by its id or its Russian or English name («район» may be left out). Districts not in the file
 * keep their figure. Administrators (the CLI acts as the system); audited.
 */
export async function importPopulation(
  ctx: ModuleContext,
  actor: Actor | 'system',
  text: string,
  progress: Progress = () => {},
): Promise<{ districts: number }> {
  if (actor !== 'system') authorize(actor, canEditPopulation(actor));
  const parsed = parsePopulationCsv(text);
  if (!parsed.ok) throw populationFileError(parsed.problems);
  const known = new Map<string, string>();
  for (const d of await listDistricts(ctx.database.db))
    for (const name of [d.id, d.nameRu, d.nameEn, d.nameRu.replace(/\s+район$/i, ''), d.nameEn.replace(/\s+district$/i, '')])
      known.set(name.toLowerCase(), d.id);
  const unknown = parsed.lines.filter((l) => !known.has(l.district.toLowerCase())).slice(0, maxPopulationProblems);
  if (unknown.length) throw populationFileError(unknown.map((l) => ({ line: l.line, code: 'district', params: { value: l.district } })));
  progress(`Read ${parsed.lines.length} districts`);
  const actorId = actor !== 'system' && actor.kind === 'user' ? actor.userId : null;
  await ctx.database.db.transaction(async (tx) => {
    for (const l of parsed.lines) {
      const row = {
        districtId: known.get(l.district.toLowerCase())!,
        population: l.population,
        year: l.year,
        source: l.source,
        note: l.note,
        updatedBy: actorId,
        updatedAt: new Date(),
      };
      await tx.insert(districtPopulation).values(row).onConflictDoUpdate({ target: districtPopulation.districtId, set: row });
    }
    await appendAudit(tx, {
      actorId,
      action: 'population.imported',
      subjectType: 'district_population',
      subjectId: null,
      data: { districts: parsed.lines.length },
    });
  });
  progress(`Stored ${parsed.lines.length} districts`);
  return { districts: parsed.lines.length };
}

/** The demo city's populations from the shipped file (idempotent: districts that already have a figure keep it). */
export async function seedDemoPopulation(ctx: ModuleContext): Promise<number> {
  const byRelation = new Map((await listDistricts(ctx.database.db)).map((d) => [d.osmRelationId, d.id]));
  const rows = latestShippedPopulation(fs.readFileSync(shippedPopulationFile, 'utf8')).flatMap((p) => {
    const districtId = byRelation.get(p.osmRelationId);
    return districtId ? [{ districtId, population: p.population, year: p.year, source: p.source, note: p.note }] : [];
  });
  if (rows.length) await ctx.database.db.insert(districtPopulation).values(rows).onConflictDoNothing();
  return rows.length;
}
