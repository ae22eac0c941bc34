import fs from 'node:fs';
import { count } from 'drizzle-orm';
import { readCsv } from '../../../core/csv/csv.js';
import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { fromRoot } from '../../../core/paths.js';
import { lifeRoles } from '../db/schema.js';
import { demoRoles, demoServiceTexts, genericDemoDescription } from './demo-services-data.js';
import { importServices } from './import-services.js';

/** The gu.spb.ru life situations and their services, copied from the project's shared data (provenance in data/SOURCES.md). */
export const lifeSituationsFile = fromRoot('data', 'spb_gu_life_situations.csv');
export const lifeSituationServicesFile = fromRoot('data', 'spb_gu_life_situation_services.csv');

/** The CSV's records as objects keyed by the header's names. */
function readTable(file: string): Record<string, string>[] {
  const csv = readCsv(fs.readFileSync(file, 'utf8'));
  if (!csv.ok) throw new Error(`${file}: line ${csv.problem.line}: ${csv.problem.code}`);
  const [header, ...rows] = csv.records;
  return rows.map((r) => Object.fromEntries(header!.fields.map((name, i) => [name, r.fields[i] ?? ''])));
}

/**
 * The demo catalogue as an import file: one life role per gu.spb.ru life situation (the role's words written for the
 * demo, its link the portal's), and the 70 services the portal lists under four of them, each under every role whose
 * situation lists it, with the portal's title and link and a description written for the demo and marked so.
 */
export function demoCatalogue(): { roles: unknown[]; services: unknown[] } {
  const situations = new Map(readTable(lifeSituationsFile).map((s) => [s.life_situation_id!, s]));
  const roleOf = new Map(demoRoles.map((r) => [r.situationId, r]));
  const roles = demoRoles.map((r, i) => ({
    key: r.key,
    nameRu: r.nameRu,
    nameEn: r.nameEn,
    icon: r.icon,
    descriptionRu: r.descriptionRu,
    descriptionEn: r.descriptionEn,
    position: (i + 1) * 10,
    sourceUrl: situations.get(r.situationId)?.url ?? null,
  }));
  const services = new Map<string, { key: string; roles: Set<string>; row: Record<string, string> }>();
  for (const row of readTable(lifeSituationServicesFile)) {
    const role = roleOf.get(row.life_situation_id!);
    if (!role) continue;
    const s = services.get(row.service_id!) ?? { key: `gu-${row.service_id}`, roles: new Set<string>(), row };
    s.roles.add(role.key);
    services.set(row.service_id!, s);
  }
  return {
    roles,
    services: [...services.entries()].map(([id, s]) => {
      const text = demoServiceTexts[id];
      return {
        key: s.key,
        title: s.row.service,
        titleEn: text?.titleEn ?? null,
        description: text?.description ?? genericDemoDescription(s.row.life_situation!, s.row.package!),
        demoText: true,
        onlineLink: s.row.service_url,
        inPerson: text?.inPerson ?? null,
        documents: text?.documents ?? [],
        price: text?.price ?? null,
        timeLimit: text?.timeLimit ?? null,
        whoMayApply: text?.whoMayApply ?? null,
        sourceUrl: s.row.service_url,
        roles: [...s.roles],
      };
    }),
  };
}

/** Fills the demo services catalogue once (a catalogue that has any role is left as it is: administrators may have edited it). */
export async function seedDemoServices(ctx: ModuleContext, progress: Progress): Promise<void> {
  const [{ n } = { n: 0 }] = await ctx.database.db.select({ n: count() }).from(lifeRoles);
  if (Number(n) > 0) return;
  const summary = await importServices(ctx, 'demo', JSON.stringify(demoCatalogue()), { format: 'json', dryRun: false, lang: 'en' });
  progress(`services catalogue: ${summary.roles} life roles, ${summary.services} services`);
}
