import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { AppError } from '../../../../core/http/errors.js';
import { cleanLine, cleanText } from '../../../../core/text/text.js';
import type { ModuleContext, Progress } from '../../../../core/module/module.js';
import { pbBallots, pbCycles, pbHeadings, pbProposals, pbRules, pbUtilities, pbCompletions } from '../../db/schema.js';
import { toDecimal } from '../../domain/fraction.js';
import { type PbElection, parsePb, pbBudget, pbVoteType } from '../../domain/pabulib.js';
import { computeTally, residenceOf } from './tally-heading.js';

export interface ImportOptions {
  title?: string | undefined;
  year?: number | undefined;
  rule?: string | undefined;
  utility?: string | undefined;
  completion?: string | undefined;
}

export interface ImportSummary {
  cycleId: string;
  headingId: string;
  projects: number;
  ballots: number;
  /** Winners by the file's project ids, sorted as strings (as `gorod pb compute` prints them). */
  selected: string[];
}

const DAY = 86_400_000;

function pick<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback: T): T {
  const v = value ?? fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new AppError(400, 'pb_bad_option', { option, value: v, allowed: allowed.join(', ') });
  return v as T;
}

/** The rule a file says it was decided by (pabulib `rule`: greedy, equalshares, equalshares/add1…). */
function fileRule(meta: Record<string, string>): { rule: (typeof pbRules)[number]; completion: (typeof pbCompletions)[number] } {
  const r = (meta.gorod_rule ?? meta.rule ?? '').toLowerCase();
  if (r.startsWith('equalshares') || r.startsWith('equal-shares') || r.startsWith('mes')) {
    const c = (meta.gorod_completion ?? r.split('/')[1] ?? 'none') as (typeof pbCompletions)[number];
    return { rule: 'equal-shares', completion: (pbCompletions as readonly string[]).includes(c) ? c : 'add1' };
  }
  return { rule: 'greedy', completion: 'none' };
}

/** The file's META `currency` as an ISO 4217 code (pabulib writes e.g. `currency;PLN`); RUB when it says none. */
function fileCurrency(meta: Record<string, string>): string {
  const c = (meta.currency ?? '').trim().toUpperCase();
  if (c === '') return 'RUB';
  if (!/^[A-Z]{3}$/.test(c)) throw new Error(`META currency is not an ISO 4217 code: "${meta.currency}"`);
  return c;
}

/** dd.mm.yyyy or yyyy-mm-dd → a Date at noon UTC, or null. */
function fileDate(text: string | undefined): Date | null {
  if (!text) return null;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim()) ?? null;
  if (m) return new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]), 12));
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  return iso ? new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), 12)) : null;
}

/** Phase dates for a finished election: voting on the file's dates when it has them, everything in the past. */
function pastPhases(e: PbElection, year: number, now: Date) {
  const votingFrom = fileDate(e.meta.date_begin) ?? new Date(Date.UTC(year, 3, 1, 12));
  const votingEnd = fileDate(e.meta.date_end) ?? new Date(votingFrom.getTime() + 14 * DAY);
  let d = {
    informingFrom: new Date(votingFrom.getTime() - 120 * DAY),
    intakeFrom: new Date(votingFrom.getTime() - 90 * DAY),
    reviewFrom: new Date(votingFrom.getTime() - 45 * DAY),
    votingFrom,
    tallyingFrom: new Date(votingEnd.getTime() + DAY),
    resultsFrom: new Date(votingEnd.getTime() + 7 * DAY),
    implementationFrom: new Date(votingEnd.getTime() + 30 * DAY),
  };
  const overshoot = d.implementationFrom.getTime() - (now.getTime() - DAY);
  if (overshoot > 0) d = Object.fromEntries(Object.entries(d).map(([k, v]) => [k, new Date(v.getTime() - overshoot)])) as typeof d;
  return d;
}

/** How many points each named project gets from an imported vote (ordinal ranks become their rank points). */
function votePoints(e: PbElection, kind: ReturnType<typeof pbVoteType>, v: PbElection['votes'][number]): number[] {
  if (kind === 'approval') return v.vote.map(() => 1);
  if (kind === 'ordinal') {
    const max = Number(e.meta.max_length) > 0 ? Number(e.meta.max_length) : v.vote.length;
    return v.vote.map((_, i) => Math.max(max - i, 0));
  }
  return v.points ?? v.vote.map(() => 1);
}

/**
 * Turns a real pabulib election into a finished cycle that can be browsed: the cycle (phases in the past), one
 * citywide heading with the file's budget, its projects as feasible proposals (externalId = the file's project id,
 * title from the file, cost, in the file's currency — RUB if it names none), its ballots without voters, and the tally by the chosen rule (default: the file's).
 * Refuses a malformed file and one already imported under the same title (409). Progress on `progress`.
 */
export async function importPb(
  ctx: ModuleContext,
  text: string,
  source: string,
  opts: ImportOptions,
  progress: Progress,
  now = new Date(),
): Promise<ImportSummary> {
  let e: PbElection;
  let budget: string;
  let voteType: ReturnType<typeof pbVoteType>;
  let currency: string;
  try {
    e = parsePb(text);
    budget = toDecimal(pbBudget(e));
    voteType = pbVoteType(e);
    currency = fileCurrency(e.meta);
  } catch (err) {
    throw new AppError(400, 'pb_file_invalid', { file: source, details: (err as Error).message });
  }
  const fromFile = fileRule(e.meta);
  const rule = pick(opts.rule, pbRules, '--rule', fromFile.rule);
  const utility = pick(opts.utility, pbUtilities, '--utility', 'cost');
  const completion = rule === 'greedy' ? 'none' : pick(opts.completion, pbCompletions, '--completion', fromFile.completion);
  const year = opts.year ?? (Number(e.meta.instance) > 1900 ? Number(e.meta.instance) : (fileDate(e.meta.date_end) ?? now).getUTCFullYear());
  // the file's texts go through the one text rule like any typed text (a NUL or a bidi override in a .pb file)
  const description = cleanLine(e.meta.description ?? source);
  const title = cleanLine(opts.title ?? description);
  const db = ctx.database.db;
  const [dupe] = await db.select({ id: pbCycles.id }).from(pbCycles).where(eq(pbCycles.title, title));
  if (dupe) throw new AppError(409, 'pb_already_imported', { title });

  const points = voteType !== 'approval';
  const approvalCount = !points && e.meta.max_sum_cost === undefined && (e.meta.min_length !== undefined || e.meta.max_length !== undefined);
  const int = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v.trim()) ? Number(v) : null);
  progress(`${source}: ${e.projects.length} projects, ${e.votes.length} ballots`);
  return db.transaction(async (tx) => {
    const [cycle] = await tx
      .insert(pbCycles)
      .values({
        year,
        title,
        description: cleanLine([e.meta.unit, e.meta.subunit, e.meta.instance].filter(Boolean).join(' · ')),
        rule,
        utility,
        completion,
        ...pastPhases(e, year, now),
        minAge: 0,
        excludeOfficials: false,
        importedFrom: description,
        currency,
      })
      .returning();
    const [heading] = await tx
      .insert(pbHeadings)
      .values({
        cycleId: cycle!.id,
        districtId: null,
        title: cleanLine(e.meta.subunit || e.meta.unit || '') || title,
        amount: budget,
        ballotKind: points ? 'points' : approvalCount ? 'approval-count' : 'approval-budget',
        minProjects: approvalCount ? int(e.meta.min_length) : null,
        maxProjects: approvalCount ? int(e.meta.max_length) : null,
        pointsTotal: points ? int(e.meta.max_sum_points) : null,
        pointsPerProject: points ? int(e.meta.max_points) : null,
        residentsOnly: false,
      })
      .returning();
    const numberOf = new Map<string, number>();
    for (const p of e.projects) {
      const cost = toDecimal(p.cost);
      const [row] = await tx
        .insert(pbProposals)
        .values({
          cycleId: cycle!.id,
          headingId: heading!.id,
          title: cleanLine(p.name ?? '') || cleanLine(p.id),
          description: cleanText(p.fields.description ?? ''),
          estimatedCost: cost,
          finalCost: cost,
          status: 'feasible',
          externalId: p.id,
          importedVotes: int(p.fields.votes),
          reviewedAt: cycle!.reviewFrom,
        })
        .returning({ number: pbProposals.number });
      numberOf.set(p.id, row!.number);
    }
    progress(`${e.projects.length} projects stored`);
    const CHUNK = 1000;
    for (let i = 0; i < e.votes.length; i += CHUNK) {
      const rows = e.votes.slice(i, i + CHUNK).map((v) => ({
        headingId: heading!.id,
        voterId: null,
        receiptHash: crypto.createHash('sha256').update(`pabulib:${heading!.id}:${v.voterId}`).digest('hex'),
        numbers: v.vote.map((id) => numberOf.get(id)!),
        points: votePoints(e, voteType, v),
        createdAt: cycle!.votingFrom,
        updatedAt: cycle!.votingFrom,
      }));
      await tx.insert(pbBallots).values(rows);
      progress(`ballots: ${Math.min(i + CHUNK, e.votes.length)} / ${e.votes.length}`);
    }
    // an imported election's results are public at once: nothing to announce later
    const result = await computeTally(tx, heading!, cycle!, null, now, true, residenceOf(ctx));
    progress(`tallied by ${rule}${rule === 'equal-shares' ? ` (${utility}, ${completion})` : ''}: ${result.selected.length} winners`);
    const idOf = new Map([...numberOf].map(([id, n]) => [String(n), id]));
    const selected = result.selected.map((n) => idOf.get(n)!).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    return { cycleId: cycle!.id, headingId: heading!.id, projects: e.projects.length, ballots: e.votes.length, selected };
  });
}
