import { deleteRows, rowsOf, unlinkRows, type PersonalDataPart } from '../../core/module/personal-data.js';
import { volunteerSignups, volunteers } from './db/schema.js';

/** A person's sign-ups stay counted (shifts' places and hours), no longer theirs; their volunteer setting is deleted. */
export const volunteeringPersonalData: PersonalDataPart = {
  async export(db, userId) {
    return {
      tables: {
        volunteer_signups: await rowsOf(db, volunteerSignups, volunteerSignups.userId, userId),
        volunteers: await rowsOf(db, volunteers, volunteers.userId, userId),
      },
    };
  },
  async erase(tx, userId) {
    await unlinkRows(tx, volunteerSignups, volunteerSignups.userId, userId);
    await deleteRows(tx, volunteers, volunteers.userId, userId);
  },
};
