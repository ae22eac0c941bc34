import { z } from 'zod';
import { nameSchema } from '../../../core/text/schemas.js';
import { apiKeyNameLimits } from '../domain/report-rules.js';

/** An Open311 API key as administrators see it (never the key itself). */
export const apiKeySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .meta({ id: 'Open311ApiKey' });

export const apiKeyListSchema = z.object({ items: z.array(apiKeySchema) }).meta({ id: 'Open311ApiKeyList' });
/** The client's name, as administrators recognise it ("Наш СПб bridge"). */
export const apiKeyCreateBodySchema = z.strictObject({ name: nameSchema(apiKeyNameLimits.min, apiKeyNameLimits.max) });
export const apiKeyCreatedSchema = z
  .object({ apiKey: apiKeySchema, key: z.string().describe('the key itself: shown this once, only its hash is stored') })
  .meta({ id: 'Open311ApiKeyCreated' });
export const apiKeyParamsSchema = z.object({ id: z.uuid() });
