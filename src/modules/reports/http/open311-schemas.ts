import { z } from 'zod';

/** An Open311 API key as administrators see it (never the key itself). */
export const apiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

export const apiKeyListSchema = z.object({ items: z.array(apiKeySchema) });
export const apiKeyCreateBodySchema = z.strictObject({ name: z.string().max(200) });
export const apiKeyCreatedSchema = z.object({ apiKey: apiKeySchema, key: z.string().describe('the key itself: shown this once, only its hash is stored') });
export const apiKeyParamsSchema = z.object({ id: z.uuid() });
