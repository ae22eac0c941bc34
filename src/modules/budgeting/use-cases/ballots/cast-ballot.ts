import { sql } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import type { Executor } from '../../../../core/db/client.js';
import { preparedSql } from '../../../../core/db/prepared.js';
import { AppError } from '../../../../core/http/errors.js';
import { eventJob } from '../../../../core/jobs/events.js';
import { jobs } from '../../../../core/jobs/schema.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { localDay } from '../../../../core/time/calendar.js';
import { livingPersonSql } from '../../../accounts/index.js';
import { residentFromJson, verifiedResidentMeetsSql, verifiedResidentSql } from '../../../verification/index.js';
import { ballotCast } from '../../events.js';
import { pbBallots, pbCycles, pbHeadings, pbProposals, pbResults } from '../../db/schema.js';
import { checkBallot, type BallotRules, type ChoiceStanding } from '../../domain/ballot-rules.js';
import { verificationMeeting, voterRequirement, type VoterRequirement } from '../../domain/eligibility.js';
import { parseDecimal } from '../../domain/fraction.js';
import { pbPhases, phaseAt, phaseDateField, type Phase, type PhaseDates } from '../../domain/phases.js';
import { canVote, voteParams, type VoteFacts } from '../../policy-ballots.js';
import { newReceiptCode, receiptHash } from './ballot-common.js';

/** How many times a ballot is checked again when its heading changed between reading and writing it. */
const attempts = 3;

/**
 * Casts or replaces the actor's ballot on a heading (editable while voting is open), in two named prepared statements:
 * one read of every fact the checks need (the heading, its cycle and phase, whether it is tallied, the voter's
 * verification, the named projects, and their row versions) — nothing when this process already read the heading and
 * those projects (`known`) — then one write (ballot, and on a first cast its event) that checks the versions under its
 * lock and that the voter's active verification meets the heading's requirement (age, district: voterRequirement). The receipt code is returned once, on the first cast; only its hash is stored, and
 * later replacements keep it. One ballot per voter and heading is the unique index's guarantee: a racing second
 * first-cast becomes a replacement, never a second row. Refuses through canVote: 401 to a visitor, 409 outside the voting phase or once the heading is
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
    // first from what this process already read of the heading (the write checks it is still so); a refusal always
    // comes from facts read now
    let found = attempt === 1 ? knownFacts(ctx, actor, headingId, choices, now) : undefined;
    if (!found || !canVote(actor, found.facts).allowed || !checkBallot(found.rules, choices, found.standing).ok) {
      found = await castFacts(ctx, actor, headingId, choices, now);
      if (!found) throw new AppError(404, 'ballot_heading_not_found');
    }
    authorize(actor, canVote(actor, found.facts), voteParams(found.facts));
    const check = checkBallot(found.rules, choices, found.standing);
    if (!check.ok) throw new AppError(400, check.problem.code, check.problem.params);
    const receipt = newReceiptCode();
    const written = await writeBallot(db, {
      headingId,
      version: found.version,
      checked: found.numbers,
      voterId: actor.userId,
      requirement: found.requirement,
      receiptHash: receiptHash(receipt),
      numbers: check.numbers,
      points: check.points,
      now,
      // only a first cast is news (points for taking part); a replacement is the same ballot
      event: eventJob(ballotCast, { actorId: actor.userId, entityType: 'pb_heading', entityId: headingId, data: { cycleId: found.cycleId } }),
    });
    if (written === 'gone') throw new AppError(404, 'ballot_heading_not_found');
    // the account was deleted before this ballot could be written: nothing was written, the person has no session now
    if (written === 'no-voter') throw new AppError(401, 'unauthenticated');
    if (written === 'ineligible') {
      // the voter's verification does not show what the heading asks (or changed since it was read): read it, and
      // the gate says why
      if (attempt < attempts) continue;
      throw new AppError(409, 'ballot_heading_changed');
    }
    if (written === 'changed') {
      // tallied (or edited) since it was read: read it again, and the gate refuses a tallied heading
      known.get(db)?.delete(headingId);
      if (attempt < attempts) continue;
      throw new AppError(409, 'ballot_heading_changed');
    }
    if (written.created) ctx.jobs.kick();
    return { receipt: written.created ? receipt : null, created: written.created };
  }
}

/** The database column of each phase date. */
const columnOf = Object.fromEntries(Object.values(phaseDateField).map((f) => [f, pbCycles[f].name])) as Record<(typeof phaseDateField)[Phase], string>;

/**
 * Everything castBallot checks, in one named prepared statement (one text whatever the ballot, so PostgreSQL parses
 * and plans it once per connection): the heading's rules and place, its cycle's phase dates and eligibility, whether
 * it is tallied, the voter's active verification (none for a visitor), what each named number is (on this heading's
 * ballot with its cost, another heading's, not on the ballot), and the row versions (xmin) of the heading, the cycle
 * and each named project.
 */
const castFactsSql = () => sql`select h.cycle_id, h.district_id, h.ballot_kind, h.amount::text as amount, h.min_projects, h.max_projects,
    h.points_total, h.points_per_project, h.residents_only, h.xmin::text as heading_version, c.xmin::text as cycle_version,
    ${sql.join(
      pbPhases.map((p) => sql.raw(`date_part('epoch', c.${columnOf[phaseDateField[p]]}) * 1000 as ${columnOf[phaseDateField[p]]}`)),
      sql`, `,
    )},
    c.min_age, c.exclude_officials,
    exists (select 1 from ${pbResults} r where r.heading_id = h.id) as tallied,
    ${verifiedResidentSql(sql`${sql.placeholder('voter')}`)} as resident,
    (select json_agg(json_build_array(p.number, p.heading_id, p.status, p.moderation, coalesce(p.final_cost, p.estimated_cost)::text, p.xmin::text))
      from ${pbProposals} p where p.number = any(${sql.placeholder('numbers')}::bigint[])) as proposals
  from ${pbHeadings} h join ${pbCycles} c on c.id = h.cycle_id
  where h.id = ${sql.placeholder('heading')}`;

interface CastFactsRow {
  cycle_id: string;
  district_id: string | null;
  ballot_kind: BallotRules['kind'];
  amount: string;
  min_projects: number | null;
  max_projects: number | null;
  points_total: number | null;
  points_per_project: number | null;
  residents_only: boolean;
  heading_version: string;
  cycle_version: string;
  min_age: number;
  exclude_officials: boolean;
  tallied: boolean;
  resident: unknown;
  proposals: unknown;
  [phaseDate: string]: unknown;
}

/** What castBallot knows of a heading, besides the voter: read by castFacts, kept per process by heading (`known`). */
interface HeadingFacts {
  headingVersion: string;
  cycleVersion: string;
  cycleId: string;
  rules: BallotRules;
  dates: PhaseDates;
  tallied: boolean;
  cycle: VoteFacts['cycle'];
  heading: VoteFacts['heading'];
  /** The projects named on ballots so far, by number: what each is for this heading, and its row version. */
  projects: Map<number, { standing: ChoiceStanding; version: string }>;
}

/**
 * The headings' facts this process has read, per database handle: a ballot whose projects are all known here reads
 * nothing before its write, which checks the voter's verification and that the heading, the cycle and those projects are still the
 * versions these facts came from (else they are read again). Nothing is refused on them: a refusal reads afresh.
 */
const known = new WeakMap<Executor, Map<string, HeadingFacts>>();

/** The distinct project numbers a ballot names (in ascending order, as the write's version lists them). */
const namedNumbers = (choices: { number: number }[]) =>
  [...new Set(choices.map((c) => c.number).filter((n) => Number.isSafeInteger(n) && n > 0))].sort((a, b) => a - b);

/**
 * The version the write compares, of the heading, its cycle and the named projects: the same text writeBallotSql
 * computes under its lock (numbers not found are left out by both).
 */
const versionOf = (h: HeadingFacts, numbers: number[]) =>
  `${h.headingVersion}/${h.cycleVersion}/${numbers
    .filter((n) => h.projects.has(n))
    .map((n) => `${n}=${h.projects.get(n)!.version}`)
    .join(',')}`;

/**
 * castBallot's facts from the heading facts and the voter's verification — or, when it is `byWrite` (not read), the
 * least verification meeting the heading's requirement: the checks then decide everything but the verification, and
 * the write checks that the voter's meets the requirement (see writeBallotSql).
 */
function castFactsOf(ctx: ModuleContext, h: HeadingFacts, resident: unknown, numbers: number[], now: Date) {
  const today = localDay(now, ctx.config.cityTimezone);
  const requirement = voterRequirement({ today, cycle: h.cycle, heading: h.heading });
  const verified = resident === byWrite ? verificationMeeting(requirement) : residentFromJson(resident);
  const facts: VoteFacts = {
    phase: phaseAt(h.dates, now),
    tallied: h.tallied,
    verified: verified ? { districtId: verified.districtId, birthDate: verified.birthDate } : null,
    today,
    cycle: h.cycle,
    heading: h.heading,
  };
  const standing = (n: number): ChoiceStanding => h.projects.get(n)?.standing ?? { standing: 'unknown' };
  return { rules: h.rules, cycleId: h.cycleId, version: versionOf(h, numbers), numbers, facts, standing, requirement };
}

/** Stands for a voter's verification the write checks instead of one read before it. */
const byWrite = Symbol('verification checked by the write');

/** castBallot's facts (see castFactsSql), kept for the next ballots on the heading; undefined when there is no such heading. */
async function castFacts(ctx: ModuleContext, actor: Actor, headingId: string, choices: { number: number }[], now: Date) {
  const db = ctx.database.db;
  const numbers = namedNumbers(choices);
  const [row] = await preparedSql<CastFactsRow>(db, 'pb_cast_facts', castFactsSql).execute({
    heading: headingId,
    voter: actor.kind === 'user' ? actor.userId : null,
    numbers,
  });
  if (!row) return undefined;
  const byHeading = known.get(db) ?? new Map<string, HeadingFacts>();
  known.set(db, byHeading);
  const before = byHeading.get(headingId);
  const same = before && before.headingVersion === row.heading_version && before.cycleVersion === row.cycle_version;
  const h: HeadingFacts = same
    ? before
    : {
        headingVersion: row.heading_version,
        cycleVersion: row.cycle_version,
        cycleId: row.cycle_id,
        rules: {
          kind: row.ballot_kind,
          amount: parseDecimal(row.amount),
          minProjects: row.min_projects,
          maxProjects: row.max_projects,
          pointsTotal: row.points_total,
          pointsPerProject: row.points_per_project,
        },
        dates: Object.fromEntries(Object.entries(columnOf).map(([field, column]) => [field, new Date(Number(row[column]))])) as unknown as PhaseDates,
        tallied: row.tallied,
        cycle: { minAge: Number(row.min_age), excludeOfficials: row.exclude_officials },
        heading: { districtId: row.district_id, residentsOnly: row.residents_only },
        projects: new Map(),
      };
  const proposals = (typeof row.proposals === 'string' ? JSON.parse(row.proposals) : row.proposals) as
    [number, string, string, string, string, string][] | null;
  const projects = same ? new Map(h.projects) : h.projects;
  for (const [number, inHeading, status, moderation, cost, version] of proposals ?? []) {
    const standing: ChoiceStanding =
      inHeading !== headingId
        ? { standing: 'other-heading' }
        : status !== 'feasible' || moderation !== 'visible'
          ? { standing: 'not-on-ballot' }
          : { standing: 'on-ballot', cost: parseDecimal(cost) };
    projects.set(number, { standing, version });
  }
  // a number named now and not found is forgotten (it may be added later)
  for (const n of numbers) if (!proposals?.some((p) => p[0] === n)) projects.delete(n);
  const fresh = { ...h, tallied: row.tallied, projects };
  byHeading.set(headingId, fresh);
  return castFactsOf(ctx, fresh, row.resident, numbers, now);
}

/**
 * castBallot's facts from what this process knows of the heading and the named projects, without reading anything:
 * the voter's verification is checked by the write; undefined when some of it is not known (castFacts reads everything).
 */
function knownFacts(ctx: ModuleContext, actor: Actor, headingId: string, choices: { number: number }[], now: Date) {
  if (actor.kind !== 'user') return undefined;
  const h = known.get(ctx.database.db)?.get(headingId);
  const numbers = namedNumbers(choices);
  if (!h || !numbers.every((n) => h.projects.has(n))) return undefined;
  return castFactsOf(ctx, h, byWrite, numbers, now);
}

/**
 * The ballot's write, one named prepared statement (its own transaction): the heading row share-locked, then the
 * ballot inserted or replaced on the unique (heading, voter) index, and on a first cast its event queued — all only
 * when the locked heading row, its cycle and the named projects are still the versions the checks read. A tally locks the heading row for update and
 * rewrites it (lockHeadingForTally) before it reads the ballots: a ballot being written holds its share lock until it
 * commits, so the tally waits for it and counts it; a ballot arriving while the tally holds the row waits, then finds
 * a new version ('changed', so it is checked again and refused as tallied). So a tally and its published file hold
 * every stored ballot. The voter's active verification must meet the requirement (`eligible`), else nothing is written
 * ('ineligible': castBallot reads the facts and the gate says why). 'gone': the heading was deleted.
 * The voter's account row is key-share-locked too (livingPersonSql): a deletion of the account running at the same time
 * either waits for this ballot and then anonymises it (counted, no voter), or came first and nothing is written ('no-voter').
 */
const writeBallotSql = () => sql`with h as (
      select h.xmin::text || '/' || c.xmin::text || '/' || coalesce((select string_agg(p.number::text || '=' || p.xmin::text, ',' order by p.number)
          from ${pbProposals} p where p.number = any(${sql.placeholder('checked')}::bigint[])), '') as version
      from ${pbHeadings} h join ${pbCycles} c on c.id = h.cycle_id where h.id = ${sql.placeholder('heading')} for share of h),
    v as (select ${verifiedResidentMeetsSql(sql`${sql.placeholder('voter')}::uuid`, sql`${sql.placeholder('bornOnOrBefore')}`, sql`${sql.placeholder('district')}`)} as eligible),
    u as (${livingPersonSql(sql`${sql.placeholder('voter')}::uuid`)}),
    b as (
      insert into ${pbBallots} (heading_id, voter_id, receipt_hash, numbers, points, created_at, updated_at)
      select ${sql.placeholder('heading')}::uuid, ${sql.placeholder('voter')}::uuid, ${sql.placeholder('receiptHash')}::text,
        ${sql.placeholder('numbers')}::bigint[], ${sql.placeholder('points')}::integer[], ${sql.placeholder('now')}::timestamptz, ${sql.placeholder('now')}::timestamptz
      from h, v, u where h.version = ${sql.placeholder('version')}::text and v.eligible
      on conflict (heading_id, voter_id) do update set numbers = excluded.numbers, points = excluded.points, updated_at = excluded.updated_at
      -- xmax is 0 for a row this statement inserted, and the updating transaction's id for one it replaced
      returning (xmax = 0) as created),
    e as (insert into ${jobs} (kind, payload) select ${sql.placeholder('eventKind')}::text, ${sql.placeholder('event')}::jsonb from b where b.created)
  select h.version, (select eligible from v) as eligible, exists (select 1 from u) as living, (select created from b) as created from h`;

async function writeBallot(
  db: Executor,
  b: {
    headingId: string;
    version: string;
    checked: number[];
    voterId: string;
    requirement: VoterRequirement;
    receiptHash: string;
    numbers: number[];
    points: number[];
    now: Date;
    event: ReturnType<typeof eventJob>;
  },
): Promise<{ created: boolean } | 'changed' | 'ineligible' | 'gone' | 'no-voter'> {
  const [row] = await preparedSql<{ version: string; eligible: boolean; living: boolean; created: boolean | null }>(
    db,
    'pb_cast_write',
    writeBallotSql,
  ).execute({
    heading: b.headingId,
    voter: b.voterId,
    bornOnOrBefore: b.requirement.bornOnOrBefore,
    district: b.requirement.districtId,
    receiptHash: b.receiptHash,
    numbers: b.numbers,
    points: b.points,
    now: b.now.toISOString(),
    version: b.version,
    checked: b.checked,
    eventKind: b.event.kind,
    event: JSON.stringify(b.event.payload),
  });
  if (!row) return 'gone';
  if (!row.living) return 'no-voter';
  if (row.version !== b.version) return 'changed';
  if (!row.eligible) return 'ineligible';
  if (row.created === null) return 'changed';
  return { created: row.created };
}
