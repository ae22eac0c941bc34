import { deleteRows, exportTables, type PersonalDataPart, unlinkRows } from '../../core/module/personal-data.js';
import { volunteerSignups, volunteers } from './db/schema.js';

/** A person's sign-ups stay counted (shifts' places and hours), no longer theirs; their volunteer setting is deleted. */
export const volunteeringPersonalData: PersonalDataPart = {
  export: (db, userId) =>
    exportTables(db, userId, {
      volunteer_signups: [volunteerSignups, volunteerSignups.userId],
      volunteers: [volunteers, volunteers.userId],
    }),
  async erase(tx, userId) {
    await unlinkRows(tx, volunteerSignups, volunteerSignups.userId, userId);
    await deleteRows(tx, volunteers, volunteers.userId, userId);
  },
};
