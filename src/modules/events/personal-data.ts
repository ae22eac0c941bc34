import { deleteRows, exportTables, type PersonalDataPart, unlinkRows } from '../../core/module/personal-data.js';
import { eventFeeds, eventRegistrations } from './db/schema.js';
import { releaseFutureRegistrations } from './use-cases/registrations.js';

/**
 * A person's places in events still to come are given up (the first waiting moves up); registrations for past events
 * stay counted (places and attendance), no longer theirs; their calendar feed is deleted.
 */
export const eventsPersonalData: PersonalDataPart = {
  export: (db, userId) =>
    exportTables(db, userId, {
      event_registrations: [eventRegistrations, eventRegistrations.userId],
      event_feeds: [eventFeeds, eventFeeds.userId, ['tokenHash']],
    }),
  async erase(tx, userId, { now }) {
    await releaseFutureRegistrations(tx, userId, now);
    await unlinkRows(tx, eventRegistrations, eventRegistrations.userId, userId);
    await deleteRows(tx, eventFeeds, eventFeeds.userId, userId);
  },
};
