import { deleteRows, exportTables, type PersonalDataPart } from '../../core/module/personal-data.js';
import { follows, notifications, notificationSettings } from './db/schema.js';

/** A person's follows, notifications and mail settings: exported, and deleted with the account. */
export const notificationsPersonalData: PersonalDataPart = {
  export: (db, userId) =>
    exportTables(db, userId, {
      follows: [follows, follows.userId],
      notifications: [notifications, notifications.userId],
      notification_settings: [notificationSettings, notificationSettings.userId],
    }),
  async erase(tx, userId) {
    await deleteRows(tx, follows, follows.userId, userId);
    await deleteRows(tx, notifications, notifications.userId, userId);
    await deleteRows(tx, notificationSettings, notificationSettings.userId, userId);
  },
};
