import { sql } from 'drizzle-orm';
import { exportTables, latestOf, type PersonalDataPart, unlinkRows } from '../../core/module/personal-data.js';
import { initiativeCoinitiators, initiatives, initiativeSupports } from './db/schema.js';

/**
 * A person's initiatives, co-initiatives and supports. Supports stay counted and co-initiators stay numbered, no longer
 * theirs; initiatives others supported and the city answered are kept under "deleted account" whatever the choice.
 */
export const initiativesPersonalData: PersonalDataPart = {
  export: (db, userId) =>
    exportTables(db, userId, {
      initiatives: [initiatives, initiatives.authorId, ['search']],
      initiative_coinitiators: [initiativeCoinitiators, initiativeCoinitiators.userId],
      initiative_supports: [initiativeSupports, initiativeSupports.userId],
    }),
  // a support of an initiative still collecting: the identity stays spent until the collection closes
  identityHeldUntil: (tx, userId, now) =>
    latestOf(
      tx,
      sql`select max(i.support_closes_at) as until from initiative_supports s join initiatives i on i.id = s.initiative_id
          where s.user_id = ${userId} and i.status = 'collecting' and i.support_closes_at > ${now.toISOString()}::timestamptz`,
    ),
  async erase(tx, userId) {
    await unlinkRows(tx, initiativeSupports, initiativeSupports.userId, userId);
    await unlinkRows(tx, initiativeCoinitiators, initiativeCoinitiators.userId, userId);
  },
};
