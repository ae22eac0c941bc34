import { authorize } from '../../../../core/auth/authorize.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { findBallotByReceipt, findResult, proposalsByNumber } from '../../db/ballot-queries.js';
import { canFindReceipt } from '../../policy-ballots.js';
import { receiptHash, requireHeading } from './ballot-common.js';

/**
 * A ballot found by its receipt code once its heading's ballots are published: the heading, the choices and the
 * voter id under which the ballot appears in the published file (the receipt's SHA-256). Nobody learns who cast it.
 */
export async function findReceipt(ctx: ModuleContext, code: string, now = new Date()) {
  const db = ctx.database.db;
  const hash = receiptHash(code);
  const ballot = await findBallotByReceipt(db, hash);
  if (!ballot) throw new AppError(404, 'receipt_not_found');
  const { heading, cycle, phase } = await requireHeading(db, ballot.headingId, now);
  const result = await findResult(db, heading.id);
  authorize(canFindReceipt(phase, result !== undefined));
  const titles = await proposalsByNumber(db, heading.id);
  return {
    heading,
    cycle,
    voterId: hash,
    ballotsSha256: result!.ballotsSha256,
    castAt: ballot.createdAt,
    updatedAt: ballot.updatedAt,
    choices: ballot.numbers.map((n, i) => ({ number: n, title: titles.get(n)?.title ?? `№${n}`, points: ballot.points[i] ?? 1 })),
  };
}
