import { and, eq, isNull } from 'drizzle-orm';
import { appendAudit } from '../../../core/audit/audit.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { setResidentVerified } from '../../accounts/index.js';
import { verifications } from '../db/schema.js';
import { canAdministerVerification } from '../policy.js';

/**
 * An administrator revokes a person's verification with a reason (audited): the account is no longer
 * a verified resident, and the document or phone becomes free to verify an account again.
 */
export async function revokeVerification(ctx: ModuleContext, actor: Actor, userId: string, reason: string): Promise<void> {
  authorize(actor, canAdministerVerification(actor));
  const actorId = actor.userId;
  await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .update(verifications)
      .set({ revokedAt: new Date(), revokedBy: actorId, revokeReason: reason })
      .where(and(eq(verifications.userId, userId), isNull(verifications.revokedAt)))
      .returning({ id: verifications.id, method: verifications.method, districtId: verifications.districtId });
    if (!row) throw new AppError(404, 'verification_not_verified');
    await setResidentVerified(tx, userId, false);
    await appendAudit(tx, {
      actorId,
      action: 'verification.revoked',
      subjectType: 'user',
      subjectId: userId,
      data: { verificationId: row.id, method: row.method, districtId: row.districtId, reason },
    });
  });
}
