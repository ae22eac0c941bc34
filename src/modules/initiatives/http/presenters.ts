import type { InitiativeRow, InitiativeRuleRow } from '../db/queries.js';
import { isOverdue } from '../domain/lifecycle.js';
import type { InitiativePage } from '../use-cases/read-initiatives.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** An initiative for lists: where it stands, its figures and dates; `overdue` is computed at `now`. */
export function presentSummary(r: InitiativeRow, now = new Date()) {
  return {
    number: r.number,
    type: r.type,
    scope: r.scope,
    districtId: r.districtId,
    title: r.title,
    status: r.status,
    overdue: isOverdue(r, now),
    coinitiatorCount: 0,
    supportCount: r.supportCount,
    supportThreshold: r.supportThreshold,
    supportClosesAt: iso(r.supportClosesAt),
    answerDueAt: iso(r.answerDueAt),
    submittedAt: iso(r.submittedAt),
    createdAt: r.createdAt.toISOString(),
  };
}

/** The list with each summary's co-initiator count. */
export function presentList(rows: InitiativeRow[], coinitiatorCounts: Map<string, number>, now = new Date()) {
  return rows.map((r) => ({ ...presentSummary(r, now), coinitiatorCount: coinitiatorCounts.get(r.id) ?? 0 }));
}

/** One initiative's page: the text, the people, the screening, the answer, the timeline and what the caller may do. */
export function presentView(p: InitiativePage, now = new Date()) {
  const r = p.row;
  return {
    ...presentSummary(r, now),
    coinitiatorCount: p.coinitiators.length,
    text: r.text,
    ask: r.ask,
    addressee: r.addressee,
    author: p.author,
    coinitiators: p.coinitiators,
    minCoinitiators: p.minCoinitiators,
    departmentId: r.departmentId,
    supportOpensAt: iso(r.supportOpensAt),
    thresholdReachedAt: iso(r.thresholdReachedAt),
    answerWorkingDays: r.answerWorkingDays,
    screening:
      r.screenedAt && (r.status === 'inadmissible' || r.supportOpensAt)
        ? {
            decision: r.status === 'inadmissible' ? ('inadmissible' as const) : ('admissible' as const),
            reason: r.screeningReason ?? '',
            at: r.screenedAt.toISOString(),
          }
        : null,
    answer: r.answeredAt && r.answerDecision ? { decision: r.answerDecision, text: r.answerText ?? '', at: r.answeredAt.toISOString() } : null,
    history: p.history.map((h) => ({ status: h.status, note: h.note, at: h.at.toISOString() })),
    commentCount: r.commentCount,
    me: p.me,
  };
}

/** A rule as the API shows it. */
export function presentRule(r: InitiativeRuleRow) {
  return {
    type: r.type,
    scope: r.scope,
    minCoinitiators: r.minCoinitiators,
    supportThreshold: r.supportThreshold,
    supportDays: r.supportDays,
    answerWorkingDays: r.answerWorkingDays,
  };
}
