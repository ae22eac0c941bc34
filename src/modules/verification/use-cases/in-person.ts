import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople } from '../../accounts/index.js';
import { normalizeDocumentNumber } from '../domain/identity.js';
import { canOpenVerificationDesk, canVerifyInPerson } from '../policy.js';
import { identityHash, recordVerification } from './record-verification.js';
import { verifiedResident } from './verified-resident.js';
import { assertDistrict, assertMethodEnabled, checkDocumentAndBirthDate, cityToday } from './common.js';

export interface InPersonInput {
  userId: string;
  documentNumber: string;
  districtId: string;
  birthDate: string;
}

/**
 * A verifier (or an administrator) saw the person and their document: the account becomes a verified
 * resident of the district. The document number is kept only as its keyed hash, so the same document
 * cannot verify a second account.
 */
export async function verifyInPerson(ctx: ModuleContext, actor: Actor, input: InPersonInput, now = new Date()): Promise<{ userId: string }> {
  authorize(actor, canVerifyInPerson(actor, input));
  const staffId = actor.userId;
  checkDocumentAndBirthDate(input, cityToday(ctx.config.cityTimezone, now));
  await ctx.database.db.transaction(async (tx) => {
    await assertMethodEnabled(tx, 'in_person');
    await assertDistrict(tx, input.districtId);
    if (!(await publicPeople(tx, [input.userId])).has(input.userId)) throw new AppError(404, 'verification_account_not_found');
    await recordVerification(tx, {
      userId: input.userId,
      method: 'in_person',
      identityHash: await identityHash(tx, 'document', normalizeDocumentNumber(input.documentNumber)),
      districtId: input.districtId,
      birthDate: input.birthDate,
      verifiedBy: staffId,
      actorId: staffId,
      timeZone: ctx.config.cityTimezone,
    });
  });
  return { userId: input.userId };
}

/** What the desk shows about an account before verifying it: its public name and whether it is verified. */
export async function deskAccount(ctx: ModuleContext, actor: Actor, userId: string): Promise<{ id: string; displayName: string; verified: boolean }> {
  authorize(actor, canOpenVerificationDesk(actor));
  const person = (await publicPeople(ctx.database.db, [userId])).get(userId);
  if (!person) throw new AppError(404, 'verification_account_not_found');
  return { id: person.id, displayName: person.displayName, verified: (await verifiedResident(ctx.database.db, userId)) !== null };
}
