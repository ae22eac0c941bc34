import { deleteRows, rowsOf, type PersonalDataPart } from '../../core/module/personal-data.js';
import { areaAlerts, savedPlaces } from './db/schema.js';

/** A person's saved places and area alerts: exported, and deleted with the account (they are private). */
export const areasPersonalData: PersonalDataPart = {
  async export(db, userId) {
    return {
      tables: { saved_places: await rowsOf(db, savedPlaces, savedPlaces.userId, userId), area_alerts: await rowsOf(db, areaAlerts, areaAlerts.userId, userId) },
    };
  },
  async erase(tx, userId) {
    await deleteRows(tx, areaAlerts, areaAlerts.userId, userId);
    await deleteRows(tx, savedPlaces, savedPlaces.userId, userId);
  },
};
