import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { cleanText, textLength } from '../../../../core/text/text.js';
import { ratingFactsOf, ratingOf, ratingsOfReport, type RatingRow } from '../../db/rating-queries.js';
import { findReportById, reasonNames, type ReportRow } from '../../db/report-queries.js';
import { reportRatings } from '../../db/schema.js';
import { ratingEffect, ratingNoteLimits, type AnswerOutcome } from '../../domain/answer-ratings.js';
import { reportRated } from '../../events.js';
import { canRateAnswer, canReadRatingNotes, canTransition, raterRoleOf } from '../../policy.js';
import { emitReportEvent, factsOf, reportFieldError, requireReadableReport } from './common.js';
import { applyTransition, prepareTransition } from './transition-report.js';

/** What a resident says of an answer: the outcome, the answer's quality 1–5, an optional note. */
export interface RatingInput {
  outcome: AnswerOutcome;
  quality: number;
  note?: string | undefined;
}

/** The note, cleaned: optional (empty is none), but the text of the dispute when the rating reopens the report. */
function ratingNote(raw: string | undefined, reopens: boolean): string | null {
  const note = cleanText(raw ?? '');
  if (textLength(note) > ratingNoteLimits.max) throw reportFieldError('note', 'report_rating_note_long', { max: ratingNoteLimits.max });
  if (reopens && textLength(note) < ratingNoteLimits.reopenMin)
    throw reportFieldError('note', 'report_rating_note_required', { min: ratingNoteLimits.reopenMin });
  return note || null;
}

/**
 * Rates a report's published answer, once per person: 404 for a report the caller may not see, 401 signed out, 403
 * for anyone but its reporter and supporters, 409 before the answer is published or for a second rating (two at
 * once: the report's lock orders them and the primary key keeps one row), 400 for a note too long — or too short
 * for the dispute a reporter's "not fixed" is. That "not fixed" reopens the report through the dispute's own
 * `applyTransition` in the rating's transaction while a dispute may (the 15-day window), and the reporter's "fixed"
 * closes it as their confirmation while they may confirm; otherwise it is recorded and the department hears of it
 * (`report.rated`). A resident's act: in the history only as the dispute or confirmation, not audited.
 */
export async function rateAnswer(ctx: ModuleContext, actor: Actor, number: number, input: RatingInput): Promise<{ rating: RatingRow; report: ReportRow }> {
  const db = ctx.database.db;
  const now = new Date();
  const before = await requireReadableReport(db, actor, number);
  const known = actor.kind === 'user' ? await ratingFactsOf(db, before.id, actor.userId) : { isSupporter: false, hasRated: false };
  authorize(actor, canRateAnswer(actor, factsOf(before), known));
  const role = raterRoleOf(actor, factsOf(before));
  const effect = ratingEffect(input.outcome, role, mayVerdict(actor, before, now));
  const note = ratingNote(input.note, effect === 'reopen');
  // the reporter's "not fixed" is their dispute (the note its public text), their "fixed" their confirmation (the
  // note stays the rating's, which only the department reads)
  const verdict =
    effect === 'reopen'
      ? await prepareTransition(ctx, before, 'dispute', { text: note! })
      : effect === 'confirm'
        ? await prepareTransition(ctx, before, 'confirm', {})
        : null;
  const names = verdict?.names ?? (await reasonNames(db, [before.reasonId])).get(before.reasonId)!;
  const result = await db.transaction(async (tx) => {
    // the report's lock orders this rating after a dispute, a closing or the same person's other rating
    const current = (await findReportById(tx, before.id, { forUpdate: true }))!;
    authorize(actor, canRateAnswer(actor, factsOf(current), await ratingFactsOf(tx, current.id, actor.userId)));
    const [rating] = await tx
      .insert(reportRatings)
      .values({ reportId: current.id, userId: actor.userId, role, outcome: input.outcome, quality: input.quality, note, createdAt: now })
      .onConflictDoNothing()
      .returning();
    if (!rating) throw new AppError(409, 'report_rating_exists');
    const decided = verdict !== null && canTransition(actor, factsOf(current), verdict.action, now).allowed;
    const report = decided ? await applyTransition(tx, actor, current.id, verdict, now) : current;
    const reopened = decided && verdict.action === 'dispute';
    await emitReportEvent(tx, reportRated, actor.userId, report, names, { outcome: input.outcome, quality: input.quality, raterRole: role, reopened });
    return { rating, report };
  });
  ctx.jobs.kick();
  return result;
}

/** What the report page shows of ratings to the caller (see `readRatings`). */
export interface RatingsView {
  mine: RatingRow | null;
  /** Whether the caller may rate now. */
  canRate: boolean;
  /** Whether the caller's "not fixed" would reopen the report (the reporter within the dispute window). */
  notFixedReopens: boolean;
  /** Whether the caller's "fixed" would close the report as their confirmation (the reporter while they may confirm). */
  fixedConfirms: boolean;
  /** Every rating without the person, for the department's officials; null for everyone else. */
  all: RatingRow[] | null;
}

/**
 * The caller's own rating and whether they may rate (signed-out callers: none, false), and for the department's
 * officials every rating's outcome, quality and note — never who gave it. 404 for a report the caller may not see.
 */
export async function readRatings(ctx: ModuleContext, actor: Actor, number: number): Promise<RatingsView> {
  const db = ctx.database.db;
  const report = await requireReadableReport(db, actor, number);
  const facts = factsOf(report);
  const all = canReadRatingNotes(actor, facts).allowed ? await ratingsOfReport(db, report.id) : null;
  if (actor.kind !== 'user') return { mine: null, canRate: false, notFixedReopens: false, fixedConfirms: false, all };
  const [mine, ratingFacts] = await Promise.all([ratingOf(db, report.id, actor.userId), ratingFactsOf(db, report.id, actor.userId)]);
  const canRate = canRateAnswer(actor, facts, ratingFacts).allowed;
  const may = mayVerdict(actor, report, new Date());
  const role = raterRoleOf(actor, facts);
  return {
    mine: mine ?? null,
    canRate,
    notFixedReopens: canRate && ratingEffect('not_fixed', role, may) === 'reopen',
    fixedConfirms: canRate && ratingEffect('fixed', role, may) === 'confirm',
    all,
  };
}

/** Whether the caller may dispute and confirm the report now (what the reporter's rating may stand for). */
function mayVerdict(actor: Actor, report: ReportRow, now: Date): { dispute: boolean; confirm: boolean } {
  const facts = factsOf(report);
  return { dispute: canTransition(actor, facts, 'dispute', now).allowed, confirm: canTransition(actor, facts, 'confirm', now).allowed };
}
