import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../core/db/client.js';

/**
 * How many residents hold an active verification, optionally only in some districts and age bands (bands as in
 * `ageBands`, counted on `day`, 'YYYY-MM-DD'; a verification without a birth date is in no band). For turnout shares.
 */
export async function countVerifiedResidents(db: Executor, f: { districtIds: readonly string[]; ageBands: readonly string[]; day: string }): Promise<number> {
  const band = sql`case
    when v.birth_date is null then null
    when extract(year from age(${f.day}::date, v.birth_date)) < 18 then 'under-18'
    when extract(year from age(${f.day}::date, v.birth_date)) < 25 then '18-24'
    when extract(year from age(${f.day}::date, v.birth_date)) < 35 then '25-34'
    when extract(year from age(${f.day}::date, v.birth_date)) < 45 then '35-44'
    when extract(year from age(${f.day}::date, v.birth_date)) < 55 then '45-54'
    when extract(year from age(${f.day}::date, v.birth_date)) < 65 then '55-64'
    else '65+' end`;
  const dFilter =
    f.districtIds.length > 0
      ? sql`and v.district_id in (${sql.join(
          f.districtIds.map((d) => sql`${d}`),
          sql`, `,
        )})`
      : sql``;
  const bFilter =
    f.ageBands.length > 0
      ? sql`and (${band}) in (${sql.join(
          f.ageBands.map((b) => sql`${b}`),
          sql`, `,
        )})`
      : sql``;
  const [row] = await queryRows<{ n: number | string }>(
    db,
    sql`select count(*)::int as n from verifications v where v.revoked_at is null ${dFilter} ${bFilter}`,
  );
  return Number(row?.n ?? 0);
}
