import { deleteRows, exportTables, type PersonalDataPart } from '../../core/module/personal-data.js';
import { areaAlerts, savedPlaces } from './db/schema.js';

/** A person's saved places and area alerts: exported, and deleted with the account (they are private). */
export const areasPersonalData: PersonalDataPart = {
  export: (db, userId) =>
    exportTables(db, userId, {
      saved_places: [savedPlaces, savedPlaces.userId],
      area_alerts: [areaAlerts, areaAlerts.userId],
    }),
  async erase(tx, userId) {
    await deleteRows(tx, areaAlerts, areaAlerts.userId, userId);
    await deleteRows(tx, savedPlaces, savedPlaces.userId, userId);
  },
};
