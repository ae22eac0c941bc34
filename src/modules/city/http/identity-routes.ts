import multipart from '@fastify/multipart';
import { z } from 'zod';
import { authorize } from '../../../core/auth/authorize.js';
import { imageLimits } from '../../../core/files/files.js';
import { AppError } from '../../../core/http/errors.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { lineSchema, nameSchema } from '../../../core/text/schemas.js';
import { cityLanguages, identityLimits, knownCountries, type CityIdentity } from '../domain/identity.js';
import { canEditCityIdentity } from '../policy.js';
import { logoProblem, readIdentity, readLogo, removeLogo, setLogo, updateIdentity } from '../use-cases/city-identity.js';

const identitySchema = z
  .object({
    nameRu: z.string(),
    nameEn: z.string(),
    timeZone: z.string(),
    centre: z.object({ lat: z.number(), lon: z.number() }).meta({ id: 'CityCentre' }),
    zoom: z.number().int(),
    logoUrl: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
    website: z.string().nullable(),
    languages: z.array(z.enum(cityLanguages)),
    country: z.string(),
    setupNeeded: z.boolean(),
    setupCompleted: z.boolean(),
  })
  .meta({ id: 'CityIdentity' });

const siteSettingsSchema = z
  .object({ mapTileUrl: z.string().nullable(), mapAttribution: z.string(), cityTimezone: z.string(), publicUrl: z.string(), city: identitySchema })
  .meta({ id: 'SiteSettings' });

const contact = lineSchema(0, identityLimits.contactMax).nullable().optional();
/** What an administrator sends: the whole identity but the logo. */
export const identityBodySchema = z.strictObject({
  nameRu: nameSchema(1, identityLimits.nameMax),
  nameEn: nameSchema(1, identityLimits.nameMax),
  timeZone: z.string().trim().min(1).max(64),
  centre: z.strictObject({ lat: z.number().min(-85).max(85), lon: z.number().min(-180).max(180) }),
  zoom: z.number().int().min(identityLimits.zoomMin).max(identityLimits.zoomMax),
  phone: contact,
  email: z
    .union([z.literal(''), z.email()])
    .nullable()
    .optional(),
  address: contact,
  website: z
    .union([z.literal(''), z.url({ protocol: /^https?$/ }).max(identityLimits.contactMax)])
    .nullable()
    .optional(),
  languages: z.array(z.string().max(8)).min(1).max(cityLanguages.length),
  country: z.enum(knownCountries).default('RU'),
});

/** The identity as the API shows it (the logo as its public address). */
export function presentIdentity(i: CityIdentity): z.infer<typeof identitySchema> {
  const { logoFileId, ...rest } = i;
  return { ...rest, logoUrl: logoFileId ? `/api/city/logo/${logoFileId}` : null };
}

/** The site's settings with the city's identity; read its logo; administrators change them. */
export function identityRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone. What the web app needs to know about this installation: maps, the city's clock and identity.
  app.get(
    '/api/site',
    {
      config: { policy: 'public' },
      schema: { tags: ['city'], summary: 'Site settings and the city’s identity for the web app', response: { 200: siteSettingsSchema } },
    },
    async (_req, reply) => {
      // short: an administrator's change shows on the next visit
      reply.header('cache-control', 'no-cache');
      const { mapTileUrl, mapAttribution, publicUrl } = ctx.config;
      const city = await readIdentity(ctx);
      return { mapTileUrl: mapTileUrl === 'none' ? null : mapTileUrl, mapAttribution, cityTimezone: city.timeZone, publicUrl, city: presentIdentity(city) };
    },
  );

  // Who may call: administrators. The city's name, clock, map, contacts and languages.
  app.put(
    '/api/admin/city',
    {
      config: { policy: canEditCityIdentity },
      schema: { tags: ['city'], summary: 'Set the city’s identity', body: identityBodySchema, response: { 200: identitySchema } },
    },
    async (req) =>
      presentIdentity(
        await updateIdentity(ctx, req.actor, {
          ...req.body,
          phone: req.body.phone ?? null,
          email: req.body.email ?? null,
          address: req.body.address ?? null,
          website: req.body.website ?? null,
        }),
      ),
  );

  // The logo: multipart here only, one file.
  void app.register(async (scope: App) => {
    await scope.register(multipart, { limits: { fileSize: imageLimits.maxBytes, files: 1, fields: 0, parts: 2, headerPairs: 50 } });
    // Who may call: administrators.
    scope.put(
      '/api/admin/city/logo',
      {
        config: { policy: canEditCityIdentity },
        schema: {
          tags: ['city'],
          summary: 'Upload the city’s logo (multipart/form-data, field "file"; JPEG, PNG, WebP or AVIF up to 10 MB)',
          consumes: ['multipart/form-data'],
          response: { 200: identitySchema },
        },
      },
      async (req) => {
        authorize(req.actor, canEditCityIdentity(req.actor));
        if (!req.isMultipart()) throw new AppError(415, 'city_logo_missing_file');
        let data: Buffer;
        try {
          const part = await req.file();
          if (!part || part.fieldname !== 'file') throw new AppError(400, 'city_logo_missing_file');
          data = await part.toBuffer();
        } catch (err) {
          if (err instanceof AppError) throw err;
          if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw logoProblem('too_large');
          throw new AppError(400, 'city_logo_missing_file');
        }
        return presentIdentity(await setLogo(ctx, req.actor, data));
      },
    );
  });

  // Who may call: administrators.
  app.delete(
    '/api/admin/city/logo',
    { config: { policy: canEditCityIdentity }, schema: { tags: ['city'], summary: 'Remove the city’s logo', response: { 200: identitySchema } } },
    async (req) => presentIdentity(await removeLogo(ctx, req.actor)),
  );

  // Who may call: anyone. The logo (its address changes with every upload, so it is cached for good).
  app.get(
    '/api/city/logo/:id',
    { config: { policy: 'public' }, schema: { tags: ['city'], summary: 'The city’s logo (WebP)', params: z.object({ id: z.uuid() }) } },
    async (req, reply) => {
      const file = await readLogo(ctx, req.params.id, 'full');
      return reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff')
        .type(file.contentType)
        .send(file.data);
    },
  );
}
