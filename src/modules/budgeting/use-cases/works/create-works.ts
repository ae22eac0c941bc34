import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import { AppError, fieldError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { findDepartment } from '../../../city/index.js';
import { findHeading, headingWinners } from '../../db/cycle-queries.js';
import { pbWorks } from '../../db/schema.js';
import { proposalNumbers, worksOfProposals } from '../../db/work-queries.js';
import { canCreateWorks } from '../../policy-works.js';
import { inArray } from 'drizzle-orm';
import { loadWorkCalendar } from '../../../../core/time/calendar-store.js';
import { isWorkingDay, isoDay, localDay } from '../../../../core/time/calendar.js';
import { pbProposals } from '../../db/schema.js';
import { recordCommitment } from '../../../commitments/index.js';

/** The last working day on or before `months` months from now (the project's implementation time), on the city's calendar. */
function dueAfterMonths(now: Date, months: number, calendar: Awaited<ReturnType<typeof loadWorkCalendar>>, timeZone: string): string {
  const [y, m, d] = localDay(now, timeZone).split('-').map(Number) as [number, number, number];
  let day = isoDay(y, m + months, d);
  for (let back = 1; !isWorkingDay(day, calendar); back++) day = isoDay(y, m + months, d - back);
  return day;
}

export interface CreateWorksInput {
  departmentId: string;
  /** The due working day of every new work's commitment; left out: the project's implementation months from today. */
  dueOn?: string | undefined;
  /** Only these winners (by proposal number); all the heading's winners when left out. */
  numbers?: number[] | undefined;
}

/**
 * Turns a heading's final winners (the tally with administrators' overrides) into works for the
 * responsible department. Idempotent: winners that already have a work keep it (and its department).
 * Each new work is the city's commitment (commitments module), recorded in the same transaction: due on `dueOn` or
 * after the project's implementation months (400 naming `dueOn` for a past day or a day off). Administrators only; audited.
 */
export async function createWorks(
  ctx: ModuleContext,
  actor: Actor,
  headingId: string,
  input: CreateWorksInput,
): Promise<{ created: string[]; existing: string[] }> {
  authorize(actor, canCreateWorks(actor));
  const db = ctx.database.db;
  if (!(await findHeading(db, headingId))) throw new AppError(404, 'works_heading_not_found');
  if (!(await findDepartment(db, input.departmentId))) throw fieldError('departmentId', 'works.department_unknown');
  const winners = await headingWinners(db, headingId);
  if (!winners.length) throw new AppError(409, 'works_no_winners');
  let targets = winners;
  if (input.numbers) {
    const byNumber = new Map([...(await proposalNumbers(db, winners))].map(([id, n]) => [n, id]));
    const missing = input.numbers.find((n) => !byNumber.has(n));
    if (missing !== undefined) throw fieldError('numbers', 'works.proposal_not_winner', { number: missing });
    targets = [...new Set(input.numbers)].map((n) => byNumber.get(n)!);
  }
  const userId = actor.userId;
  const calendar = await loadWorkCalendar(db);
  const now = new Date();
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(pbWorks)
      .values(targets.map((proposalId) => ({ proposalId, departmentId: input.departmentId })))
      .onConflictDoNothing()
      .returning({ id: pbWorks.id, proposalId: pbWorks.proposalId });
    const all = await worksOfProposals(tx, targets);
    const createdIds = new Set(inserted.map((r) => r.id));
    const existing = [...all.values()].filter((w) => !createdIds.has(w.id)).map((w) => w.id);
    const facts = inserted.length
      ? await tx
          .select()
          .from(pbProposals)
          .where(
            inArray(
              pbProposals.id,
              inserted.map((r) => r.proposalId),
            ),
          )
      : [];
    for (const p of facts.sort((a, b) => a.number - b.number)) {
      await recordCommitment(tx, {
        sourceType: 'proposal',
        sourceId: String(p.number),
        title: p.title,
        promise: p.description,
        departmentId: input.departmentId,
        dueOn: input.dueOn ?? dueAfterMonths(now, p.implementationMonths ?? 12, calendar, ctx.config.cityTimezone),
        districtId: p.districtId,
        lat: p.lat,
        lon: p.lon,
        actorId: userId,
        timeZone: ctx.config.cityTimezone,
        now,
      });
    }
    if (inserted.length) {
      await appendAudit(tx, {
        actorId: userId,
        action: 'pb_works.created',
        subjectType: 'pb_heading',
        subjectId: headingId,
        data: { departmentId: input.departmentId, works: inserted.map((r) => r.id), proposals: inserted.map((r) => r.proposalId) },
      });
    }
    return { created: inserted.map((r) => r.id), existing };
  });
}
