import { deleteRows, exportTables, type PersonalDataPart, unlinkRows } from '../../core/module/personal-data.js';
import { residentLifeRoles, serviceFeedback } from './db/schema.js';

/** A person's life situations (private) are deleted; their feedback on services stays counted, no longer theirs. */
export const servicesPersonalData: PersonalDataPart = {
  export: (db, userId) =>
    exportTables(db, userId, {
      resident_life_roles: [residentLifeRoles, residentLifeRoles.userId],
      service_feedback: [serviceFeedback, serviceFeedback.userId],
    }),
  async erase(tx, userId) {
    await deleteRows(tx, residentLifeRoles, residentLifeRoles.userId, userId);
    await unlinkRows(tx, serviceFeedback, serviceFeedback.userId, userId);
  },
};
