import { deleteRows, rowsOf, type PersonalDataPart } from '../../core/module/personal-data.js';
import { follows, notifications, notificationSettings } from './db/schema.js';

/** A person's follows, notifications and mail settings: exported, and deleted with the account. */
export const notificationsPersonalData: PersonalDataPart = {
  async export(db, userId) {
    return {
      tables: {
        follows: await rowsOf(db, follows, follows.userId, userId),
        notifications: await rowsOf(db, notifications, notifications.userId, userId),
        notification_settings: await rowsOf(db, notificationSettings, notificationSettings.userId, userId),
      },
    };
  },
  async erase(tx, userId) {
    await deleteRows(tx, follows, follows.userId, userId);
    await deleteRows(tx, notifications, notifications.userId, userId);
    await deleteRows(tx, notificationSettings, notificationSettings.userId, userId);
  },
};
