import type { App, ModuleContext } from '../../../core/module/module.js';
import { canManageApiKeys } from '../policy-open311.js';
import { createApiKey, listApiKeys, revokeApiKey, type ApiKeyRow } from '../use-cases/open311/api-keys.js';
import * as s from './open311-schemas.js';

/** An API key as administrators see it: never the key, which only its creator sees, once. */
export const presentApiKey = (k: ApiKeyRow) => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  createdAt: k.createdAt.toISOString(),
  revokedAt: k.revokedAt?.toISOString() ?? null,
  lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
});

/** Administrators manage the Open311 clients' API keys. */
export function open311AdminRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: city administrators.
  app.get(
    '/api/admin/api-keys',
    { config: { policy: canManageApiKeys }, schema: { tags: ['open311'], summary: 'Open311 API keys', response: { 200: s.apiKeyListSchema } } },
    async (req) => ({
      items: (await listApiKeys(ctx, req.actor)).map(presentApiKey),
    }),
  );

  // Who may call: city administrators. The key is in this answer only; the server keeps its hash.
  app.post(
    '/api/admin/api-keys',
    {
      config: { policy: canManageApiKeys },
      schema: { tags: ['open311'], summary: 'Create an Open311 API key', body: s.apiKeyCreateBodySchema, response: { 201: s.apiKeyCreatedSchema } },
    },
    async (req, reply) => {
      const { row, key } = await createApiKey(ctx, req.actor, req.body.name);
      return reply
        .status(201)
        .header('cache-control', 'no-store')
        .send({ apiKey: presentApiKey(row), key });
    },
  );

  // Who may call: city administrators.
  app.delete(
    '/api/admin/api-keys/:id',
    {
      config: { policy: canManageApiKeys },
      schema: { tags: ['open311'], summary: 'Revoke an Open311 API key', params: s.apiKeyParamsSchema, response: { 200: s.apiKeySchema } },
    },
    async (req) => presentApiKey(await revokeApiKey(ctx, req.actor, req.params.id)),
  );
}
