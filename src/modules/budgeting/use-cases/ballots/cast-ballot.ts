import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { queryRows, type Executor } from '../../../../core/db/client.js';
import { AppError } from '../../../../core/http/errors.js';
import { eventJob } from '../../../../core/jobs/events.js';
import { jobs } from '../../../../core/jobs/schema.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { localDay } from '../../../../core/time/calendar.js';
import { residentFromJson, verifiedResidentSql } from '../../../verification/index.js';
import { ballotCast } from '../../events.js';
import { pbBallots, pbCycles, pbHeadings, pbProposals, pbResults } from '../../db/schema.js';
import { checkBallot, type ChoiceStanding } from '../../domain/ballot-rules.js';
import { parseDecimal } from '../../domain/fraction.js';
import { phaseAt } from '../../domain/phases.js';
import { canVote, voteParams, type VoteFacts } from '../../policy-ballots.js';
import { newReceiptCode, receiptHash, rulesOf } from './ballot-common.js';

/** How many times a ballot is checked again when its heading changed between reading and writing it. */
const attempts = 3;

/**
 * Casts or replaces the actor's ballot on a heading (editable while voting is open), in two statements: one read of
 * every fact the checks need (the heading, its cycle and phase, whether it is tallied, the voter's verification, the
 * named projects, and the heading row's version), then one write (ballot, and on a first cast its event). The
 * receipt code is returned once, on the first cast; only its hash is stored, and later replacements keep it. One
 * ballot per voter and heading is the unique index's guarantee: a racing second first-cast becomes a replacement,
 * never a second row. Refuses through canVote: 401 to a visitor, 409 outside the voting phase or once the heading is
 * tallied (checked again when the heading changed before the write, see writeBallot), 403 to a person who may not
 * vote (the message names the minimum age); and 400 a ballot its heading's rules do not allow.
 */
export async function castBallot(
  ctx: ModuleContext,
  actor: Actor,
  headingId: string,
  choices: { number: number; points?: number }[],
  now = new Date(),
): Promise<{ receipt: string | null; created: boolean }> {
  const db = ctx.database.db;
  for (let attempt = 1; ; attempt++) {
    const found = await castFacts(ctx, actor, headingId, choices, now);
    if (!found) throw new AppError(404, 'ballot_heading_not_found');
    const { facts } = found;
    authorize(actor, canVote(actor, facts), voteParams(facts));
    const check = checkBallot(rulesOf(found.heading), choices, (n) => found.standings.get(n) ?? { standing: 'unknown' });
    if (!check.ok) throw new AppError(400, check.problem.code, check.problem.params);
    const receipt = newReceiptCode();
    const written = await writeBallot(db, {
      headingId,
      version: found.version,
      voterId: actor.userId,
      receiptHash: receiptHash(receipt),
      numbers: check.numbers,
      points: check.points,
      now,
      // only a first cast is news (points for taking part); a replacement is the same ballot
      event: eventJob(ballotCast, { actorId: actor.userId, entityType: 'pb_heading', entityId: headingId, data: { cycleId: found.cycleId } }),
    });
    if (written === 'gone') throw new AppError(404, 'ballot_heading_not_found');
    if (written === 'changed') {
      // tallied (or edited) since it was read: read it again, and the gate refuses a tallied heading
      if (attempt < attempts) continue;
      throw new AppError(409, 'ballot_heading_changed');
    }
    if (written.created) ctx.jobs.kick();
    return { receipt: written.created ? receipt : null, created: written.created };
  }
}

/**
 * Everything castBallot checks, in one statement: the heading with its cycle, its row version (xmin), whether it is
 * tallied, the voter's active verification, and what each named number is (on this heading's ballot with its cost,
 * another heading's, not on the ballot); undefined when there is no such heading.
 */
async function castFacts(ctx: ModuleContext, actor: Actor, headingId: string, choices: { number: number }[], now: Date) {
  const numbers = [...new Set(choices.map((c) => c.number).filter((n) => Number.isSafeInteger(n) && n > 0))];
  const [row] = await ctx.database.db
    .select({
      heading: pbHeadings,
      cycle: pbCycles,
      version: sql<string>`${pbHeadings}.xmin::text`,
      tallied: sql<boolean>`exists (select 1 from ${pbResults} r where r.heading_id = ${pbHeadings}.id)`,
      resident: verifiedResidentSql(actor.kind === 'user' ? actor.userId : null),
      proposals: numbers.length
        ? sql<unknown>`(select json_agg(json_build_array(p.number, p.heading_id, p.status, p.moderation, coalesce(p.final_cost, p.estimated_cost)::text))
            from ${pbProposals} p where p.number = any(${sql.param(numbers)}::bigint[]))`
        : sql<unknown>`null::json`,
    })
    .from(pbHeadings)
    .innerJoin(pbCycles, eq(pbCycles.id, pbHeadings.cycleId))
    .where(eq(pbHeadings.id, headingId));
  if (!row) return undefined;
  const { heading, cycle } = row;
  const resident = residentFromJson(row.resident);
  const facts: VoteFacts = {
    phase: phaseAt(cycle, now),
    tallied: row.tallied,
    verified: resident ? { districtId: resident.districtId, birthDate: resident.birthDate } : null,
    today: localDay(now, ctx.config.cityTimezone),
    cycle: { minAge: cycle.minAge, excludeOfficials: cycle.excludeOfficials },
    heading: { districtId: heading.districtId, residentsOnly: heading.residentsOnly },
  };
  const standings = new Map<number, ChoiceStanding>();
  const proposals = (typeof row.proposals === 'string' ? JSON.parse(row.proposals) : row.proposals) as [number, string, string, string, string][] | null;
  for (const [number, inHeading, status, moderation, cost] of proposals ?? []) {
    if (inHeading !== headingId) standings.set(number, { standing: 'other-heading' });
    else if (status !== 'feasible' || moderation !== 'visible') standings.set(number, { standing: 'not-on-ballot' });
    else standings.set(number, { standing: 'on-ballot', cost: parseDecimal(cost) });
  }
  return { heading, cycleId: cycle.id, version: row.version, facts, standings };
}

/**
 * The ballot's write, one statement (its own transaction): the heading row share-locked, then the ballot inserted
 * or replaced on the unique (heading, voter) index, and on a first cast its event queued — all only when the locked
 * heading row is still the version the checks read. A tally locks the heading row for update and rewrites it
 * (lockHeadingForTally) before it reads the ballots: a ballot being written holds its share lock until it commits,
 * so the tally waits for it and counts it; a ballot arriving while the tally holds the row waits, then finds a new
 * version ('changed', so it is checked again and refused as tallied). So a tally and its published file hold every
 * stored ballot. 'gone': the heading was deleted.
 */
async function writeBallot(
  db: Executor,
  b: {
    headingId: string;
    version: string;
    voterId: string;
    receiptHash: string;
    numbers: number[];
    points: number[];
    now: Date;
    event: ReturnType<typeof eventJob>;
  },
): Promise<{ created: boolean } | 'changed' | 'gone'> {
  const now = sql`${b.now.toISOString()}::timestamptz`;
  const [row] = await queryRows<{ version: string; created: boolean | null }>(
    db,
    sql`with h as (select xmin::text as version from ${pbHeadings} where id = ${b.headingId} for share),
      b as (
        insert into ${pbBallots} (heading_id, voter_id, receipt_hash, numbers, points, created_at, updated_at)
        select ${b.headingId}, ${b.voterId}, ${b.receiptHash}, ${sql.param(b.numbers)}::bigint[], ${sql.param(b.points)}::integer[], ${now}, ${now}
        from h where h.version = ${b.version}
        on conflict (heading_id, voter_id) do update set numbers = excluded.numbers, points = excluded.points, updated_at = excluded.updated_at
        -- xmax is 0 for a row this statement inserted, and the updating transaction's id for one it replaced
        returning (xmax = 0) as created),
      e as (insert into ${jobs} (kind, payload) select ${b.event.kind}, ${JSON.stringify(b.event.payload)}::jsonb from b where b.created)
      select h.version, (select created from b) as created from h`,
  );
  if (!row) return 'gone';
  if (row.version !== b.version || row.created === null) return 'changed';
  return { created: row.created };
}
