import type { ImportedDistrict } from './district-geojson.js';

/** A district already in the city, with how many records point at it (reports, users, departments…, by table). */
export interface ExistingDistrict {
  id: string;
  nameRu: string;
  nameEn: string;
  osmRelationId: number | null;
  references: Record<string, number>;
}

/** One line of the plan: which district, from which feature, under which names (before, when renamed). */
export interface PlannedDistrict {
  id: string;
  feature: number | null;
  nameRu: string;
  nameEn: string;
  previousNameRu?: string | undefined;
  previousNameEn?: string | undefined;
  matchedBy?: 'id' | 'osm_relation' | 'name' | undefined;
  references?: Record<string, number> | undefined;
}

/** What an import does: districts added, renamed (id kept), kept (same names, new boundary), removed, or left as they were. */
export interface DistrictImportPlan {
  added: PlannedDistrict[];
  renamed: PlannedDistrict[];
  kept: PlannedDistrict[];
  removed: PlannedDistrict[];
  /** Missing from the file but kept: `keepMissing`, or refused for the records pointing at them. */
  leftAsIs: PlannedDistrict[];
  /** Missing from the file while records point at them and `keepMissing` is off: the import is refused. */
  blocking: PlannedDistrict[];
}

const total = (refs: Record<string, number>) => Object.values(refs).reduce((s, n) => s + n, 0);

/**
 * Matches the file's districts to the city's: first by id, then by OSM relation id, then by Russian name
 * (case-insensitive), each existing district at most once, so a re-import keeps ids and every report keeps its
 * district. Unmatched existing districts are removed when nothing points at them; otherwise they block the
 * import, or are left as they are with `keepMissing`.
 */
export function planDistrictImport(existing: ExistingDistrict[], imported: ImportedDistrict[], opts: { keepMissing: boolean }): DistrictImportPlan {
  const match = new Map<number, { old: ExistingDistrict; by: 'id' | 'osm_relation' | 'name' }>();
  const taken = new Set<string>();
  const pass = (by: 'id' | 'osm_relation' | 'name', same: (d: ImportedDistrict, e: ExistingDistrict) => boolean) => {
    for (const d of imported) {
      if (match.has(d.feature)) continue;
      const old = existing.find((e) => !taken.has(e.id) && same(d, e));
      if (!old) continue;
      match.set(d.feature, { old, by });
      taken.add(old.id);
    }
  };
  pass('id', (d, e) => d.id === e.id);
  pass('osm_relation', (d, e) => d.osmRelationId !== null && d.osmRelationId === e.osmRelationId);
  pass('name', (d, e) => d.nameRu.toLowerCase() === e.nameRu.toLowerCase());

  const plan: DistrictImportPlan = { added: [], renamed: [], kept: [], removed: [], leftAsIs: [], blocking: [] };
  for (const d of imported) {
    const m = match.get(d.feature);
    if (!m) {
      plan.added.push({ id: d.id, feature: d.feature, nameRu: d.nameRu, nameEn: d.nameEn });
      continue;
    }
    const line: PlannedDistrict = { id: m.old.id, feature: d.feature, nameRu: d.nameRu, nameEn: d.nameEn, matchedBy: m.by };
    if (m.old.nameRu !== d.nameRu || m.old.nameEn !== d.nameEn) plan.renamed.push({ ...line, previousNameRu: m.old.nameRu, previousNameEn: m.old.nameEn });
    else plan.kept.push(line);
  }
  for (const e of existing) {
    if (taken.has(e.id)) continue;
    const line: PlannedDistrict = { id: e.id, feature: null, nameRu: e.nameRu, nameEn: e.nameEn, references: e.references };
    if (opts.keepMissing) plan.leftAsIs.push(line);
    else if (total(e.references) > 0) plan.blocking.push(line);
    else plan.removed.push(line);
  }
  return plan;
}
