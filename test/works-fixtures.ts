import type { Database } from '../src/core/db/client.js';
import { pbCycles, pbHeadings, pbProposals, pbResults } from '../src/modules/budgeting/db/schema.js';

/** Phase dates of a cycle that reached implementation a while ago. */
function finishedCycleDates(year: number) {
  const at = (month: number) => new Date(Date.UTC(year, month, 1));
  return { informingFrom: at(0), intakeFrom: at(1), reviewFrom: at(3), votingFrom: at(5), tallyingFrom: at(6), resultsFrom: at(7), implementationFrom: at(8) };
}

export interface TalliedHeading {
  cycleId: string;
  headingId: string;
  /** All proposals of the heading: the first two won, the third lost. */
  proposals: { id: string; number: number; title: string }[];
  winners: { id: string; number: number }[];
  loser: { id: string; number: number };
}

/**
 * A finished cycle with one district heading and three feasible proposals placed in the district, and a
 * tally (a pb_results row) whose winners are the first two — written straight into the tables, as a
 * tally would leave them.
 */
export async function talliedHeading(database: Database, opts: { year?: number; districtId?: string } = {}): Promise<TalliedHeading> {
  const db = database.db;
  const year = opts.year ?? 2026;
  const districtId = opts.districtId ?? 'admiralteysky';
  const [cycle] = await db
    .insert(pbCycles)
    .values({ year, title: `Твой бюджет ${year}`, ...finishedCycleDates(year) })
    .returning();
  const [heading] = await db
    .insert(pbHeadings)
    .values({ cycleId: cycle!.id, districtId, title: `Адмиралтейский район ${year}`, amount: '15000000.00' })
    .returning();
  const specs = [
    { title: 'Сквер у дома 5', cost: '4500000.00', lat: 59.9262, lon: 30.3051 },
    { title: 'Детская площадка во дворе', cost: '2750000.50', lat: 59.9171, lon: 30.2935 },
    { title: 'Фонтан на площади', cost: '14000000.00', lat: 59.9215, lon: 30.3102 },
  ];
  const proposals = await db
    .insert(pbProposals)
    .values(
      specs.map((s) => ({
        cycleId: cycle!.id,
        headingId: heading!.id,
        title: s.title,
        description: `${s.title}: описание проекта.`,
        estimatedCost: s.cost,
        status: 'feasible' as const,
        lat: s.lat,
        lon: s.lon,
        districtId,
        address: 'Санкт-Петербург',
      })),
    )
    .returning({ id: pbProposals.id, number: pbProposals.number, title: pbProposals.title });
  const sorted = proposals.sort((a, b) => a.number - b.number);
  const winners = sorted.slice(0, 2);
  await db.insert(pbResults).values({
    headingId: heading!.id,
    rule: 'equal-shares',
    utility: 'cost',
    completion: 'add1',
    budget: '15000000.00',
    cost: '7250000.50',
    ballots: 10,
    selected: winners.map((w) => String(w.number)).sort(),
    explanations: {},
    ballotsSha256: '0'.repeat(64),
  });
  return { cycleId: cycle!.id, headingId: heading!.id, proposals: sorted, winners, loser: sorted[2]! };
}

/** A heading of the same kind whose votes were not tallied yet. */
export async function untalliedHeading(database: Database): Promise<string> {
  const db = database.db;
  const [cycle] = await db
    .insert(pbCycles)
    .values({ year: 2027, title: 'Не подсчитан', ...finishedCycleDates(2027) })
    .returning();
  const [heading] = await db.insert(pbHeadings).values({ cycleId: cycle!.id, districtId: null, title: 'Весь город', amount: '30000000.00' }).returning();
  return heading!.id;
}
