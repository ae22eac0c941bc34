import type { Executor } from '../../../core/db/client.js';
import { districtPopulation } from './schema.js';

export type PopulationRow = typeof districtPopulation.$inferSelect;

/** Every district's population figure (districts without one are left out). */
export async function listPopulation(db: Executor): Promise<PopulationRow[]> {
  return db.select().from(districtPopulation);
}
