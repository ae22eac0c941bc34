import { eq } from 'drizzle-orm';
import { exportTables, type PersonalDataPart, unlinkRows } from '../../core/module/personal-data.js';
import { flags, moderationCases } from './db/schema.js';

/** A person's flags stay for the moderators' queue, no longer theirs; a case about their content forgets who wrote it. */
export const moderationPersonalData: PersonalDataPart = {
  export: (db, userId) =>
    exportTables(db, userId, {
      flags: [flags, flags.userId],
    }),
  async erase(tx, userId) {
    await unlinkRows(tx, flags, flags.userId, userId);
    await tx.update(moderationCases).set({ authorId: null }).where(eq(moderationCases.authorId, userId));
  },
};
