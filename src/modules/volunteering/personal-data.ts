import { deleteRows, exportTables, type PersonalDataPart, unlinkRows } from '../../core/module/personal-data.js';
import { volunteerSignups, volunteers } from './db/schema.js';
import { releaseFutureSignups } from './use-cases/signups.js';

/**
 * A person's sign-ups for shifts still to come are given up (the first waiting moves up); past ones stay counted
 * (shifts' places and hours), no longer theirs; their volunteer setting is deleted.
 */
export const volunteeringPersonalData: PersonalDataPart = {
  export: (db, userId) =>
    exportTables(db, userId, {
      volunteer_signups: [volunteerSignups, volunteerSignups.userId],
      volunteers: [volunteers, volunteers.userId],
    }),
  async erase(tx, userId, { now }) {
    await releaseFutureSignups(tx, userId, now);
    await unlinkRows(tx, volunteerSignups, volunteerSignups.userId, userId);
    await deleteRows(tx, volunteers, volunteers.userId, userId);
  },
};
