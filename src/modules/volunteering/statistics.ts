import { sql } from 'drizzle-orm';
import { measure, type StatisticsContribution } from '../../core/module/statistics.js';

/** Volunteering hours the organisers confirmed, by the shift's district (whole hours, rounded). */
export const volunteeringStatistics: StatisticsContribution = {
  measures: [
    measure(
      'volunteering_hours',
      'hours',
      sql`select s.district_id, round(sum(g.minutes_worked) / 60.0)::int as value from volunteer_signups g join volunteer_shifts s on s.id = g.shift_id where g.minutes_worked > 0 group by 1`,
    ),
  ],
  activity: sql`select g.user_id, s.starts_at as at from volunteer_signups g join volunteer_shifts s on s.id = g.shift_id where g.minutes_worked > 0`,
  hours: sql`select g.user_id, s.starts_at as at, g.minutes_worked / 60.0 as hours from volunteer_signups g join volunteer_shifts s on s.id = g.shift_id where g.minutes_worked > 0`,
};
