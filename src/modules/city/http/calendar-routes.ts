import { z } from 'zod';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { calendarDayKinds, isCalendarDayKind } from '../domain/calendar-days.js';
import { listCalendarDays } from '../db/queries.js';
import { removeCalendarDay, setCalendarDay } from '../use-cases/edit-calendar.js';

const entrySchema = z.object({ day: z.string(), kind: z.enum(calendarDayKinds), note: z.string().nullable() });
// custom messages are message keys: the field labels `kind` and `note` belong to other modules' forms
const bodySchema = z.strictObject({
  kind: z.string().refine(isCalendarDayKind, { message: 'field.calendar_kind' }),
  note: z
    .string()
    .refine((v) => v.trim().length <= 200, { message: 'field.calendar_note' })
    .nullable()
    .optional(),
});
const dayParams = z.object({ day: z.string().max(10) });

/** The working-day calendar: anyone reads a year; administrators list and unlist days. */
export function calendarRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone.
  app.get(
    '/api/calendar',
    {
      schema: {
        tags: ['city'],
        summary: 'The year’s holidays, transferred days off, working weekends and short days',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: z.object({ year: z.number().int(), days: z.array(entrySchema) }) },
      },
    },
    async (req) => ({ year: req.query.year, days: await listCalendarDays(ctx.database.db, req.query.year) }),
  );

  // Who may call: administrators.
  app.put(
    '/api/admin/calendar/:day',
    { schema: { tags: ['city'], summary: 'List a day in the working-day calendar', params: dayParams, body: bodySchema, response: { 200: entrySchema } } },
    async (req) => setCalendarDay(ctx, req.actor, req.params.day, { kind: req.body.kind as (typeof calendarDayKinds)[number], note: req.body.note }),
  );

  // Who may call: administrators.
  app.delete(
    '/api/admin/calendar/:day',
    { schema: { tags: ['city'], summary: 'Take a day off the calendar', params: dayParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await removeCalendarDay(ctx, req.actor, req.params.day);
      return reply.status(204).send(null);
    },
  );
}
