import { z } from 'zod';
import { lineSchema } from '../../../core/text/schemas.js';

/** The signed-in person's own code, as shown (`K7F-29QX`). */
export const personCodeSchema = z.object({ code: z.string() }).meta({ id: 'PersonCode' });

/** What desk staff type or scan: a person code, a whole e-mail address or a part of a name. */
export const deskPeopleQuerySchema = z.strictObject({ q: lineSchema(2, 254) });

/** A person as desk staff see them: a masked e-mail, never the whole address, birth date, document or method. */
export const deskPersonSchema = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    maskedEmail: z.string(),
    districtId: z.string().nullable(),
    verified: z.boolean(),
    blocked: z.boolean(),
    code: z.string().nullable(),
  })
  .meta({ id: 'DeskPerson' });

export const deskSearchSchema = z
  .object({
    kind: z.enum(['code', 'email', 'name']),
    problem: z.enum(['person_code_wrong_length', 'person_code_bad_character', 'person_code_check_failed']).nullable(),
    items: z.array(deskPersonSchema),
    suggestions: z.array(deskPersonSchema),
  })
  .meta({ id: 'DeskSearch' });
