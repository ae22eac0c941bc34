import { asc } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { districts } from '../../../core/city/schema.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { representativeness } from '../domain/representativeness.js';
import { listPopulation } from '../db/queries.js';

/**
 * Who took part in a result (a poll's respondents, a budgeting heading's voters) by district and age band against the
 * district populations. The owning module reads its participants under its own rule (403/404/409 as it decides);
 * 404 for a kind no module declares.
 */
export async function readRepresentativeness(ctx: ModuleContext, actor: Actor, kind: string, id: string) {
  const source = ctx.statistics.flatMap((s) => s.representativeness ?? []).find((r) => r.kind === kind);
  if (!source) throw new AppError(404, 'representativeness_kind_unknown');
  const groups = await source.read(ctx, actor, id);
  const db = ctx.database.db;
  const [names, population] = await Promise.all([
    db.select({ id: districts.id, nameRu: districts.nameRu, nameEn: districts.nameEn }).from(districts).orderBy(asc(districts.nameRu)),
    listPopulation(db),
  ]);
  const byName = new Map(names.map((d) => [d.id, d]));
  const residents = new Map(names.flatMap((d) => population.filter((p) => p.districtId === d.id).map((p) => [d.id, p.population] as const)));
  const r = representativeness(groups.districts, groups.ageBands, residents);
  return {
    ...r,
    districts: r.districts.map((d) => ({
      ...d,
      nameRu: d.districtId ? (byName.get(d.districtId)?.nameRu ?? null) : null,
      nameEn: d.districtId ? (byName.get(d.districtId)?.nameEn ?? null) : null,
    })),
  };
}
