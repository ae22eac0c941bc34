import { and, eq, isNull } from 'drizzle-orm';
import { appendAudit } from '../../../core/audit/audit.js';
import { departments } from '../../../core/city/schema.js';
import type { Executor } from '../../../core/db/client.js';
import { AppError, fieldError } from '../../../core/http/errors.js';
import { localDay } from '../../../core/time/calendar.js';
import { checkCommitmentTerms, recordCommitment } from '../../commitments/index.js';
import type { FullPoll } from '../db/queries.js';
import { defaultPriorityCount, topPriorities } from '../domain/priorities.js';
import type { PollResults } from '../domain/results.js';

/** What a poll owes when it decides, as its creator names it. */
export interface PollCommitmentTerms {
  departmentId?: string | null | undefined;
  dueOn?: string | null | undefined;
  priorityCount?: number | null | undefined;
}

/** The administration of a district (the department a «Родной район» poll's priorities fall to when none is named). */
async function districtAdministration(db: Executor, districtId: string | undefined): Promise<string | null> {
  if (!districtId) return null;
  const [row] = await db
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.districtId, districtId), eq(departments.kind, 'district_administration'), isNull(departments.retiredAt)))
    .limit(1);
  return row?.id ?? null;
}

/**
 * The department, due day and count a poll stores for what it decides. A binding poll must name the department and a
 * working day, today or later and no earlier than the day it closes (400 naming `departmentId` / `dueOn`); a
 * «Родной район» priorities poll its due day, its department defaulting to the district's administration. Another poll
 * owes nothing: all null.
 */
export async function checkPollCommitment(
  db: Executor,
  poll: { kind: 'poll' | 'priorities'; binding: boolean; districtIds: string[]; closesAt: Date },
  terms: PollCommitmentTerms,
  timeZone: string | undefined,
  now: Date,
): Promise<{ departmentId: string | null; dueOn: string | null; priorityCount: number | null }> {
  const priorities = poll.kind === 'priorities';
  if (!poll.binding && !priorities) return { departmentId: null, dueOn: null, priorityCount: null };
  if (!timeZone) throw new Error('a binding or priorities poll is checked on the city’s clock: pass its time zone');
  const departmentId = terms.departmentId || (priorities ? await districtAdministration(db, poll.districtIds[0]) : null);
  const checked = await checkCommitmentTerms(db, { departmentId, dueOn: terms.dueOn }, timeZone, now);
  if (checked.dueOn < localDay(poll.closesAt, timeZone)) throw fieldError('dueOn', 'error.poll_due_before_close', {}, 'poll_due_before_close');
  return { ...checked, priorityCount: priorities ? (terms.priorityCount ?? defaultPriorityCount) : null };
}

/**
 * At close, in the closing transaction (the poll row locked, so it runs once per poll): a binding poll whose rule
 * passed becomes one commitment (the decision question and the option in favour), a priorities poll one per top
 * direction — of the department and due day it names. A poll without them (made before polls named them) owes
 * nothing. Should the due day no longer be valid (the close ran late, past it), the poll still closes and the audit
 * log says why no commitment was made.
 */
export async function recordPollCommitments(
  tx: Executor,
  found: FullPoll,
  results: PollResults,
  actorId: string | null,
  timeZone: string,
  now: Date,
): Promise<number[]> {
  const p = found.poll;
  if (!p.departmentId || !p.dueOn) return [];
  const promises: { part: string; title: string; promise: string }[] = [];
  if (p.kind === 'priorities') {
    const q = found.questions.find((x) => x.kind === 'ranking');
    const result = results.questions.find((r) => r.questionId === q?.id);
    const top = q && result ? topPriorities(result, p.priorityCount ?? defaultPriorityCount) : [];
    for (const [rank, optionId] of top.entries()) {
      const option = q!.options.find((o) => o.id === optionId)!;
      promises.push({ part: optionId, title: `${p.title}: ${option.text}`, promise: `${rank + 1}. ${option.text}` });
    }
  } else if (p.binding && results.decision?.passed) {
    const q = found.questions.find((x) => x.id === p.decisionQuestionId);
    const option = q?.options.find((o) => o.id === p.decisionOptionId);
    if (q && option) promises.push({ part: '', title: p.title, promise: `${q.text} — ${option.text}` });
  }
  const numbers: number[] = [];
  for (const c of promises) {
    try {
      numbers.push(
        await recordCommitment(tx, {
          sourceType: 'poll',
          sourceId: p.id,
          sourcePart: c.part,
          title: c.title,
          promise: c.promise,
          departmentId: p.departmentId,
          dueOn: p.dueOn,
          districtId: p.districtIds.length === 1 ? p.districtIds[0]! : null,
          actorId,
          timeZone,
          now,
        }),
      );
    } catch (e) {
      // refused before anything was written (the terms are checked first): the close goes on without it
      if (!(e instanceof AppError) || e.status !== 400) throw e;
      await appendAudit(tx, { actorId, action: 'poll.commitment_refused', subjectType: 'poll', subjectId: p.id, data: { fields: Object.keys(e.fields) } });
      break;
    }
  }
  return numbers;
}
