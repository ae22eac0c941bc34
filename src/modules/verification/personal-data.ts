import { sql } from 'drizzle-orm';
import { deleteRows, exportTables, type PersonalDataPart } from '../../core/module/personal-data.js';
import { oidcLinks, oidcStates, smsCodes, verifications } from './db/schema.js';

/**
 * A person's verifications (district, birth date, identity hash), SMS codes and sign-in links: exported, and deleted
 * with the account — except, while votes the person took part in are still open (`identityHeldUntil`), the active
 * verification's identity hash: kept revoked, linked to no one (a fresh random id), without district or birth date,
 * until then, so the same phone or document cannot verify a new account and vote a second time
 * (recordVerification refuses it; the daily purge deletes the row once the time has passed).
 */
export const verificationPersonalData: PersonalDataPart = {
  export: (db, userId) =>
    exportTables(db, userId, {
      verifications: [verifications, verifications.userId, ['identityHash', 'heldUntil']],
      oidc_links: [oidcLinks, oidcLinks.userId],
    }),
  async erase(tx, userId, { identityHeldUntil, now }) {
    if (identityHeldUntil) {
      await tx.execute(
        sql`update ${verifications} set user_id = gen_random_uuid(), revoked_at = ${now.toISOString()}::timestamptz, revoked_by = null,
              revoke_reason = 'account deleted', district_id = null, birth_date = null, verified_by = null,
              held_until = ${identityHeldUntil.toISOString()}::timestamptz
            where user_id = ${userId}::uuid and revoked_at is null`,
      );
    }
    await deleteRows(tx, verifications, verifications.userId, userId);
    await deleteRows(tx, smsCodes, smsCodes.userId, userId);
    await deleteRows(tx, oidcLinks, oidcLinks.userId, userId);
    await deleteRows(tx, oidcStates, oidcStates.userId, userId);
  },
};
