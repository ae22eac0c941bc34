import { eq, sql, type SQL } from 'drizzle-orm';
import { departments } from '../../core/city/schema.js';
import { files } from '../../core/files/schema.js';
import { mailOutbox } from '../../core/mail/schema.js';
import { deleteRows, exportTables, type PersonalDataPart } from '../../core/module/personal-data.js';
import { accountTokens, roleGrants, sessions, users } from './db/schema.js';

/**
 * The account itself: the profile, sessions, roles and uploaded files are exported. At deletion the sessions, one-time
 * tokens, roles, mail waiting for the address and the department headship go, files forget their uploader, and the row
 * stays as a tombstone — no e-mail, name, district, password or code — so kept content has an author ("deleted account").
 */
export const accountsPersonalData: PersonalDataPart = {
  async export(db, userId) {
    const uploads = await db.select({ id: files.id }).from(files).where(eq(files.uploadedBy, userId));
    const own = await exportTables(db, userId, {
      account: [users, users.id, ['passwordHash', 'blockReason']],
      sessions: [sessions, sessions.userId, ['tokenHash', 'csrfToken']],
      role_grants: [roleGrants, roleGrants.userId],
    });
    return { ...own, fileIds: uploads.map((f) => f.id) };
  },
  async erase(tx, userId, { now }) {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
    if (user) await tx.delete(mailOutbox).where(eq(mailOutbox.to, user.email));
    await deleteRows(tx, sessions, sessions.userId, userId);
    await deleteRows(tx, accountTokens, accountTokens.userId, userId);
    await deleteRows(tx, roleGrants, roleGrants.userId, userId);
    await tx.update(files).set({ uploadedBy: null }).where(eq(files.uploadedBy, userId));
    await tx.update(departments).set({ headUserId: null }).where(eq(departments.headUserId, userId));
    await tx
      .update(users)
      .set({
        // unique and never an address: the e-mail is free to register again
        email: `deleted:${userId}`,
        passwordHash: '',
        displayName: '',
        districtId: null,
        verification: 'none',
        emailConfirmedAt: null,
        blockedAt: null,
        blockedUntil: null,
        blockReason: null,
        personCode: null,
        deletedAt: now,
        updatedAt: now,
      })
      .where(eq(users.id, userId));
  },
};

/**
 * SQL true when `userId` is an account not deleted, key-share-locking its row for the statement's transaction: a ballot
 * or poll response written with it either commits before a deletion of the account (which then anonymises it) or, when
 * the deletion came first, waits for it and finds the account gone (and writes nothing). Use it in a CTE of the write.
 */
export function livingPersonSql(userId: SQL): SQL {
  return sql`select 1 from ${users} where ${users.id} = ${userId} and ${users.deletedAt} is null for key share`;
}
