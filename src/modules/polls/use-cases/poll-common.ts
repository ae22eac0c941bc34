import type { Actor } from '../../../core/auth/actor.js';
import { hasRole } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/client.js';
import { newReceiptCode, receiptCodeHash } from '../../../core/auth/session-token.js';
import { AppError } from '../../../core/http/errors.js';
import { findPoll } from '../db/queries.js';
import { pollStateRefusals, type PollEligibility } from '../domain/eligibility.js';

/** A poll with its questions; 404 when missing, or a draft for anyone but administrators. */
export async function requirePoll(db: Executor, actor: Actor, id: string) {
  const found = await findPoll(db, id);
  if (!found || (!found.poll.publishedAt && !hasRole(actor, 'administrator'))) throw new AppError(404, 'poll_not_found');
  return found;
}

/** Refuses an ineligible respondent with the reason's message: 401 to sign in, 409 for the moment or a second response, else 403. */
export function requireEligible(e: PollEligibility): asserts e is Extract<PollEligibility, { eligible: true }> {
  if (e.eligible) return;
  if (e.reason === 'poll_not_published') throw new AppError(404, 'poll_not_found');
  throw new AppError(e.reason === 'unauthenticated' ? 401 : pollStateRefusals.includes(e.reason) ? 409 : 403, e.reason);
}

export { newReceiptCode };

/** A receipt code as typed → the stored and published SHA-256. */
export const receiptHash = (code: string): string => receiptCodeHash('poll-receipt', code);
