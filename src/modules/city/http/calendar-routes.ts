import { z } from 'zod';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { lineSchema } from '../../../core/text/schemas.js';
import { calendarDayKinds } from '../domain/calendar-days.js';
import { listCalendarDays } from '../db/queries.js';
import { canEditCalendar } from '../policy.js';
import { removeCalendarDay, setCalendarDay } from '../use-cases/edit-calendar.js';
import { loadCountryCalendar } from '../use-cases/country-calendar.js';

const entrySchema = z.object({ day: z.string(), kind: z.enum(calendarDayKinds), note: z.string().nullable() }).meta({ id: 'CalendarDay' });
const bodySchema = z.strictObject({
  // the shared label of `kind` is a neutral «Вид»: this form's own message names the kind of a day, whatever is wrong
  kind: z.enum(calendarDayKinds, { error: 'field.calendar_kind' }),
  note: lineSchema(0, 200).nullable().optional(),
});
const dayParams = z.object({ day: z.string().max(10) });

/** The working-day calendar: anyone reads a year; administrators list and unlist days. */
export function calendarRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone.
  app.get(
    '/api/calendar',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['city'],
        summary: 'The year’s holidays, transferred days off, working weekends and short days',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: z.object({ year: z.number().int(), days: z.array(entrySchema) }).meta({ id: 'CalendarYear' }) },
      },
    },
    async (req) => ({ year: req.query.year, days: await listCalendarDays(ctx.database.db, req.query.year) }),
  );

  // Who may call: administrators.
  app.put(
    '/api/admin/calendar/:day',
    {
      config: { policy: canEditCalendar },
      schema: { tags: ['city'], summary: 'List a day in the working-day calendar', params: dayParams, body: bodySchema, response: { 200: entrySchema } },
    },
    async (req) => setCalendarDay(ctx, req.actor, req.params.day, req.body),
  );

  // Who may call: administrators. The calendar Gorod ships for the city's country (a city set up without the demo
  // starts with none); days already listed stay as they are.
  app.post(
    '/api/admin/calendar/country',
    {
      config: { policy: canEditCalendar },
      schema: {
        tags: ['city'],
        summary: 'Load the working-day calendar shipped for the city’s country',
        response: { 200: z.object({ source: z.string(), added: z.number().int(), kept: z.number().int() }).meta({ id: 'CalendarLoaded' }) },
      },
    },
    async (req) => loadCountryCalendar(ctx, req.actor),
  );

  // Who may call: administrators.
  app.delete(
    '/api/admin/calendar/:day',
    { config: { policy: canEditCalendar }, schema: { tags: ['city'], summary: 'Take a day off the calendar', params: dayParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await removeCalendarDay(ctx, req.actor, req.params.day);
      return reply.status(204).send(null);
    },
  );
}
