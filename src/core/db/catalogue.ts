import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from './client.js';

/**
 * Every column with a foreign key to `table`, found in the database's catalogue, so that counting or moving what
 * points at a row covers a module's new table without the owner of `table` naming it. Ordered by table and column.
 */
export async function foreignKeysTo(db: Executor, table: string): Promise<{ table: string; column: string }[]> {
  const rows = await queryRows<{ table_name: string; column_name: string }>(
    db,
    sql`select kcu.table_name, kcu.column_name
        from information_schema.referential_constraints rc
        join information_schema.key_column_usage kcu on kcu.constraint_name = rc.constraint_name and kcu.constraint_schema = rc.constraint_schema
        join information_schema.key_column_usage pk on pk.constraint_name = rc.unique_constraint_name and pk.constraint_schema = rc.unique_constraint_schema
        where pk.table_name = ${table} and kcu.table_schema = current_schema()
        order by 1, 2`,
  );
  return rows.map((r) => ({ table: r.table_name, column: r.column_name }));
}
