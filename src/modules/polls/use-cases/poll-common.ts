import crypto from 'node:crypto';
import type { Actor } from '../../../core/auth/actor.js';
import { hasRole } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/client.js';
import { AppError } from '../../../core/http/errors.js';
import { localParts } from '../../../core/time/time.js';
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

/** The city-local day of an instant, 'YYYY-MM-DD' (age bands are counted on it). */
export function cityDay(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

// Receipt codes: 16 characters from an alphabet without look-alikes (0/O, 1/I/L), 79 random bits, in groups of four.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newReceiptCode(): string {
  let code = '';
  for (let i = 0; i < 16; i++) code += ALPHABET[crypto.randomInt(ALPHABET.length)];
  return code.match(/.{4}/g)!.join('-');
}

/** A receipt code as typed (any case, spaces or dashes) → the stored and published SHA-256. */
export function receiptHash(code: string): string {
  const normal = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return crypto.createHash('sha256').update(`gorod-poll-receipt:${normal}`).digest('hex');
}
