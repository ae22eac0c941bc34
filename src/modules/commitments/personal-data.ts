import { and, eq, sql } from 'drizzle-orm';
import { exportTables, type PersonalDataPart } from '../../core/module/personal-data.js';
import { commitmentEntries } from './db/schema.js';

/**
 * A person's entries in commitments' public histories: an official's progress and deliveries (the city's acts: kept,
 * shown under the department, no longer naming them) and a participant's disputes (kept with their note under
 * «удалённый аккаунт», or with the note removed, by their choice; the dispute itself stays in the history).
 */
export const commitmentsPersonalData: PersonalDataPart = {
  export: (db, userId) => exportTables(db, userId, { commitment_entries: [commitmentEntries, commitmentEntries.authorId] }),
  async erase(tx, userId, { content }) {
    if (content === 'remove')
      await tx
        .update(commitmentEntries)
        .set({ note: '' })
        .where(and(eq(commitmentEntries.authorId, userId), eq(commitmentEntries.kind, 'disputed')));
    await tx
      .update(commitmentEntries)
      .set({ authorId: sql`null` })
      .where(eq(commitmentEntries.authorId, userId));
  },
};
