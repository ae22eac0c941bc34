import { sql } from 'drizzle-orm';
import type { Executor } from '../../../../core/db/client.js';

// Imported items keep the source's ids; items administrators add start at 100000, so a later
// import of the source never collides with them.
const firstNewId = 100_000;

/** Moves the classifier's id sequences past every stored id and to at least 100000. */
export async function reserveNewClassifierIds(tx: Executor): Promise<void> {
  for (const table of ['classifier_objects', 'classifier_categories', 'classifier_reasons'] as const) {
    const seq = sql.raw(`${table}_id_seq`);
    await tx.execute(
      sql`select setval(${`${table}_id_seq`}, greatest((select last_value from ${seq}), (select coalesce(max(id), 0) from ${sql.raw(table)}), ${firstNewId - 1}))`,
    );
  }
}
