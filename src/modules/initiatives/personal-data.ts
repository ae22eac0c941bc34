import { rowsOf, unlinkRows, type PersonalDataPart } from '../../core/module/personal-data.js';
import { initiativeCoinitiators, initiatives, initiativeSupports } from './db/schema.js';

/**
 * A person's initiatives, co-initiatives and supports. Supports stay counted and co-initiators stay numbered, no longer
 * theirs; initiatives others supported and the city answered are kept under "deleted account" whatever the choice.
 */
export const initiativesPersonalData: PersonalDataPart = {
  async export(db, userId) {
    return {
      tables: {
        initiatives: await rowsOf(db, initiatives, initiatives.authorId, userId, ['search']),
        initiative_coinitiators: await rowsOf(db, initiativeCoinitiators, initiativeCoinitiators.userId, userId),
        initiative_supports: await rowsOf(db, initiativeSupports, initiativeSupports.userId, userId),
      },
    };
  },
  async erase(tx, userId) {
    await unlinkRows(tx, initiativeSupports, initiativeSupports.userId, userId);
    await unlinkRows(tx, initiativeCoinitiators, initiativeCoinitiators.userId, userId);
  },
};
