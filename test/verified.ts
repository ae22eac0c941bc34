import { randomUUID } from 'node:crypto';
import type { Database } from '../src/core/db/client.js';
import { identityHash, recordVerification } from '../src/modules/verification/index.js';

/**
 * Marks an account as a verified resident (as a staff member's in-person check would), for tests of what
 * needs one. Birth date defaults to 1990-05-17 (an adult); the identity is random unless `document` names one, so it
 * never collides.
 */
export async function verifyResident(
  database: Database,
  userId: string,
  opts: { districtId?: string | null; birthDate?: string | null; document?: string } = {},
): Promise<void> {
  await database.db.transaction(async (tx) => {
    await recordVerification(tx, {
      userId,
      method: 'in_person',
      identityHash: await identityHash(tx, 'document', opts.document ?? `test-${randomUUID()}`),
      districtId: opts.districtId === undefined ? 'admiralteysky' : opts.districtId,
      birthDate: opts.birthDate === undefined ? '1990-05-17' : opts.birthDate,
      verifiedBy: null,
      actorId: null,
    });
  });
}
