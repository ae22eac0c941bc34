import { z } from 'zod';
import { reportStatuses } from '../../reports/index.js';

/** A page of a public figure's answers: how many, and after which (the previous page's `nextCursor`). */
export const figureAnswersQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().min(1).max(200).optional(),
});

const classifierName = z.object({ id: z.number().int(), nameRu: z.string(), nameEn: z.string().nullable() });

/** Reports a verified public figure's person answered as an official: what the public report page shows, never who filed it. */
export const figureAnswersSchema = z
  .object({
    items: z.array(
      z.object({
        number: z.number().int(),
        /** The report's public page. */
        path: z.string(),
        reason: classifierName,
        category: classifierName,
        districtId: z.string().nullable(),
        status: z.enum(reportStatuses),
        statusText: z.string(),
        /** When the person wrote the answer (published since by a moderator). */
        answeredAt: z.iso.datetime(),
      }),
    ),
    /** How many published answers the person wrote on public reports. */
    total: z.number().int(),
    /** The next page's `cursor`, or null for the last page. */
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'GroupFigureAnswers' });
