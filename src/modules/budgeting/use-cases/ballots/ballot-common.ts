import { newReceiptCode, receiptCodeHash } from '../../../../core/auth/session-token.js';
import { AppError } from '../../../../core/http/errors.js';
import type { Executor } from '../../../../core/db/client.js';
import { findHeading } from '../../db/cycle-queries.js';
import { parseDecimal } from '../../domain/fraction.js';
import type { BallotRules } from '../../domain/ballot-rules.js';

/** A heading with its cycle and phase, or 404. */
export async function requireHeading(db: Executor, headingId: string, now: Date) {
  const found = await findHeading(db, headingId, now);
  if (!found) throw new AppError(404, 'ballot_heading_not_found');
  return found;
}

/** A heading's ballot rules as the domain takes them. */
export function rulesOf(h: {
  ballotKind: BallotRules['kind'];
  amount: string;
  minProjects: number | null;
  maxProjects: number | null;
  pointsTotal: number | null;
  pointsPerProject: number | null;
}): BallotRules {
  return {
    kind: h.ballotKind,
    amount: parseDecimal(h.amount),
    minProjects: h.minProjects,
    maxProjects: h.maxProjects,
    pointsTotal: h.pointsTotal,
    pointsPerProject: h.pointsPerProject,
  };
}

export { newReceiptCode };

/** A receipt code as typed → the stored and published SHA-256. */
export const receiptHash = (code: string): string => receiptCodeHash('receipt', code);
