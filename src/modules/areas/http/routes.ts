import { z } from 'zod';
import { AppError } from '../../../core/http/errors.js';
import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { canManageOwnAreas } from '../policy.js';
import { areaKindNames, areaPage } from '../use-cases/area-page.js';
import {
  addSavedPlace,
  editSavedPlace,
  getSavedPlace,
  listDistrictAlerts,
  listSavedPlaces,
  removeDistrictAlert,
  removePlaceAlert,
  removeSavedPlace,
  setDistrictAlert,
  setPlaceAlert,
} from '../use-cases/saved-places.js';
import * as s from './schemas.js';

const tags = ['areas'];

/** My area: the public area page, and a signed-in person's saved places and area alerts (their own only). */
export function areasRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone; public facts only (each module lists what the public may see). Rate-limited as a map is.
  app.get(
    '/api/area',
    {
      config: { policy: 'public', rateLimit: { max: 120, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: 'What is in an area: reports, works, polls, events, volunteering, places and departments around a point or in a district',
        description:
          'A circle of `radius` metres (100–3000, default 500) around `lat`,`lon`, or a `district`. One section per kind (module order) with up to `limit` items and the total; `kinds` (comma-separated) keeps some. 400 for a point outside the city.',
        querystring: s.areaQuerySchema,
        response: { 200: s.areaPageSchema },
      },
    },
    async (req) => {
      const q = req.query;
      const known = areaKindNames(ctx);
      const unknown = q.kinds?.find((k) => !known.includes(k));
      if (unknown) throw new AppError(400, 'area_kind_unknown', { kind: unknown.slice(0, 40), kinds: known.join(', ') });
      const ask = q.district !== undefined ? { districtId: q.district } : { lat: q.lat!, lon: q.lon!, radiusMeters: q.radius };
      return areaPage(ctx, { ...ask, kinds: q.kinds, limit: q.limit, lang: req.lang });
    },
  );

  // Who may call: a signed-in person, for their own saved places only.
  app.get(
    '/api/me/places',
    { config: { policy: canManageOwnAreas }, schema: { tags, summary: 'My saved places with their alerts', response: { 200: s.savedPlacesSchema } } },
    async (req) => ({ items: await listSavedPlaces(ctx, req.actor) }),
  );

  // Who may call: a signed-in person (at most 10 places; 400 for a point outside the city).
  app.post(
    '/api/me/places',
    {
      config: { ...perUserRateLimit(30, 60), policy: canManageOwnAreas },
      schema: { tags, summary: 'Save a place (home, work, parents’ home, another)', body: s.placeBodySchema, response: { 201: s.savedPlaceSchema } },
    },
    async (req, reply) => reply.code(201).send(await addSavedPlace(ctx, req.actor, req.body)),
  );

  // Who may call: a signed-in person, for their own place (404 for anyone else's).
  app.get(
    '/api/me/places/:id',
    {
      config: { policy: canManageOwnAreas },
      schema: { tags, summary: 'One of my saved places', params: s.idParamsSchema, response: { 200: s.savedPlaceSchema } },
    },
    async (req) => getSavedPlace(ctx, req.actor, req.params.id),
  );

  // Who may call: a signed-in person, for their own place (404 for anyone else's). Moving it moves its alert.
  app.patch(
    '/api/me/places/:id',
    {
      config: { ...perUserRateLimit(60, 60), policy: canManageOwnAreas },
      schema: { tags, summary: 'Change a saved place', params: s.idParamsSchema, body: s.placePatchSchema, response: { 200: s.savedPlaceSchema } },
    },
    async (req) => editSavedPlace(ctx, req.actor, req.params.id, req.body),
  );

  // Who may call: a signed-in person, for their own place (404 for anyone else's). Its alert goes with it.
  app.delete(
    '/api/me/places/:id',
    { config: { policy: canManageOwnAreas }, schema: { tags, summary: 'Remove a saved place', params: s.idParamsSchema, response: { 204: z.null() } } },
    async (req, reply) => {
      await removeSavedPlace(ctx, req.actor, req.params.id);
      return reply.code(204).send(null);
    },
  );

  // Who may call: a signed-in person, for their own place (404 for anyone else's).
  app.put(
    '/api/me/places/:id/alert',
    {
      config: { ...perUserRateLimit(60, 60), policy: canManageOwnAreas },
      schema: {
        tags,
        summary: 'Be told of what becomes news within a distance of a saved place',
        params: s.idParamsSchema,
        body: s.placeAlertBodySchema,
        response: { 200: s.savedPlaceSchema },
      },
    },
    async (req) => setPlaceAlert(ctx, req.actor, req.params.id, req.body),
  );

  // Who may call: a signed-in person, for their own place (404 for anyone else's).
  app.delete(
    '/api/me/places/:id/alert',
    {
      config: { policy: canManageOwnAreas },
      schema: { tags, summary: 'Stop the alerts around a saved place', params: s.idParamsSchema, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await removePlaceAlert(ctx, req.actor, req.params.id);
      return reply.code(204).send(null);
    },
  );

  // Who may call: a signed-in person, for their own alerts only.
  app.get(
    '/api/me/district-alerts',
    { config: { policy: canManageOwnAreas }, schema: { tags, summary: 'The districts I am told about', response: { 200: s.districtAlertsSchema } } },
    async (req) => ({ items: await listDistrictAlerts(ctx, req.actor) }),
  );

  // Who may call: a signed-in person, for their own alerts (404 for an unknown district).
  app.put(
    '/api/me/district-alerts/:districtId',
    {
      config: { ...perUserRateLimit(60, 60), policy: canManageOwnAreas },
      schema: {
        tags,
        summary: 'Be told of what becomes news in a district',
        params: s.districtParamsSchema,
        body: s.districtAlertBodySchema,
        response: { 200: s.districtAlertSchema },
      },
    },
    async (req) => setDistrictAlert(ctx, req.actor, req.params.districtId, req.body.topics),
  );

  // Who may call: a signed-in person, for their own alerts (404 when they had none for the district).
  app.delete(
    '/api/me/district-alerts/:districtId',
    {
      config: { policy: canManageOwnAreas },
      schema: { tags, summary: 'Stop the alerts of a district', params: s.districtParamsSchema, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await removeDistrictAlert(ctx, req.actor, req.params.districtId);
      return reply.code(204).send(null);
    },
  );
}
