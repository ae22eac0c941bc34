import { exportTables, type PersonalDataPart, unlinkRows } from '../../core/module/personal-data.js';
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
  async erase(tx, userId) {
    await unlinkRows(tx, initiativeSupports, initiativeSupports.userId, userId);
    await unlinkRows(tx, initiativeCoinitiators, initiativeCoinitiators.userId, userId);
  },
};
