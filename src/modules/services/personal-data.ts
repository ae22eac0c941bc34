import { deleteRows, rowsOf, unlinkRows, type PersonalDataPart } from '../../core/module/personal-data.js';
import { residentLifeRoles, serviceFeedback } from './db/schema.js';

/** A person's life situations (private) are deleted; their feedback on services stays counted, no longer theirs. */
export const servicesPersonalData: PersonalDataPart = {
  async export(db, userId) {
    return {
      tables: {
        resident_life_roles: await rowsOf(db, residentLifeRoles, residentLifeRoles.userId, userId),
        service_feedback: await rowsOf(db, serviceFeedback, serviceFeedback.userId, userId),
      },
    };
  },
  async erase(tx, userId) {
    await deleteRows(tx, residentLifeRoles, residentLifeRoles.userId, userId);
    await unlinkRows(tx, serviceFeedback, serviceFeedback.userId, userId);
  },
};
