import { caseDueAt, isCaseOverdue } from '../domain/case-rules.js';
import type { CaseView } from '../use-cases/case-views.js';

/** A case as moderators see it (the author's public facts only; who flagged is never shown), overdue as of `now`. */
export function presentCase(v: CaseView, now: Date = new Date()) {
  const { row, summary, author } = v;
  return {
    entityType: row.entityType,
    entityId: row.entityId,
    title: summary?.title ?? '',
    excerpt: summary?.excerpt ?? '',
    path: summary?.path ?? '',
    author: author ? { id: author.id, displayName: author.displayName, districtId: author.districtId, official: null } : null,
    cause: row.cause,
    state: row.state,
    flagCount: row.flagCount,
    reasons: v.reasons,
    notes: v.notes,
    matchedWords: row.matchedWords ? row.matchedWords.split(',') : [],
    openedAt: row.openedAt.toISOString(),
    dueAt: caseDueAt(row.openedAt).toISOString(),
    overdue: isCaseOverdue(row, now),
    status: row.status,
    decision: row.decision,
    decisionReason: row.decisionReason,
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}
