import { sql } from 'drizzle-orm';
import { measure, type StatisticsContribution } from '../../core/module/statistics.js';

/** Attendance (people marked present) by the event's district. */
export const eventsStatistics: StatisticsContribution = {
  measures: [
    measure(
      'event_attendance',
      'people',
      sql`select e.district_id, count(*)::int as value from event_registrations r join events e on e.id = r.event_id where r.attended_at is not null group by 1`,
    ),
  ],
  activity: sql`select user_id, attended_at as at from event_registrations where attended_at is not null`,
  participation: true,
};
