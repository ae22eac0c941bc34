import { z } from 'zod';
import { lineSchema, textSchema } from '../../../core/text/schemas.js';
import { afterLimits, eventSourceTypes, parseSourceRef } from '../domain/events.js';

/** `type:id` of a poll, an initiative or a crowdsourcing project, e.g. `poll:0b6f…`, `initiative:12`. */
export const meetingsQuerySchema = z.object({
  source: z
    .string()
    .max(80)
    .refine((s) => parseSourceRef(s) !== null, { message: 'Must be poll:<id>, initiative:<number> or crowd_project:<number>' })
    .transform((s) => parseSourceRef(s)!),
});

export const imageParamsSchema = z.object({ id: z.uuid(), fileId: z.uuid() });

/** Who attended, as the organisers mark it: each person by id, present or not (at most 500 at once). */
export const attendanceBodySchema = z
  .strictObject({
    items: z
      .array(z.strictObject({ userId: z.uuid(), attended: z.boolean() }))
      .min(1)
      .max(afterLimits.attendanceBatch),
  })
  .meta({ id: 'EventAttendanceMarks' });

export const attendanceCountsSchema = z.object({ registeredCount: z.number(), attendedCount: z.number() }).meta({ id: 'EventAttendanceCounts' });

/** The code shown at the door, as typed (spaces and dashes are ignored, letters in any case). */
export const checkInBodySchema = z.strictObject({ code: lineSchema(1, 20) }).meta({ id: 'EventCheckIn' });
export const checkInCodeSchema = z.object({ code: z.string().nullable() }).meta({ id: 'EventCheckInCode' });

/** The minutes the organisers write: what was said, what was decided (short items), photos (upload ids). */
export const minutesBodySchema = z
  .strictObject({
    text: textSchema(afterLimits.minutesText.min, afterLimits.minutesText.max),
    decisions: z.array(lineSchema(afterLimits.decision.min, afterLimits.decision.max)).max(afterLimits.decisions).default([]),
    photoFileIds: z.array(z.uuid()).max(afterLimits.photos).default([]),
  })
  .meta({ id: 'EventMinutesDraft' });

export const minutesSchema = z
  .object({
    minutes: z
      .object({
        text: z.string(),
        decisions: z.array(z.string()),
        photos: z.array(z.object({ id: z.string(), url: z.string(), thumbUrl: z.string() })),
        publishedAt: z.iso.datetime(),
        updatedAt: z.iso.datetime(),
        /** What the meeting was opened on: the minutes link back to it. */
        source: z.object({ type: z.enum(eventSourceTypes), id: z.string(), title: z.string(), path: z.string() }).nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'EventMinutes' });
