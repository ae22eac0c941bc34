import { date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Exceptions to the five-day week that deadlines count in: public holidays and transferred days off
 * (weekdays not worked), working weekends, shortened pre-holiday days. Administrators keep it current
 * as the government publishes each year's transfers; Saturdays and Sundays not listed are days off.
 */
export const calendarDays = pgTable('calendar_days', {
  day: date('day', { mode: 'string' }).primaryKey(),
  kind: text('kind', { enum: ['holiday', 'day_off_transferred', 'working_weekend', 'short_day'] }).notNull(),
  note: text('note'),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
