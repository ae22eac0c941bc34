import type { App, ModuleContext } from '../../../core/module/module.js';
import { createWorks } from '../use-cases/works/create-works.js';
import { browseWorks, getWork, readWorkPhoto } from '../use-cases/works/read-works.js';
import { setMilestones, updateWork } from '../use-cases/works/update-work.js';
import { presentWork, presentWorkSummary } from './work-presenters.js';
import { canCreateWorks, canUpdateWork } from '../policy-works.js';
import * as s from './work-schemas.js';

/** Implementation tracking: winners become works that the responsible department reports on in public. */
export function workRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone.
  app.get(
    '/api/budgeting/works',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['budgeting'],
        summary: 'Works (winners being built): a page of the list, every point for the map, counts by status, the years',
        querystring: s.listWorksQuerySchema,
        response: { 200: s.worksListSchema },
      },
    },
    async (req) => {
      const { limit, offset, ...filter } = req.query;
      const r = await browseWorks(ctx, filter, { limit, offset });
      return { items: r.items.map((i) => presentWorkSummary(i, r.departments)), total: r.total, counts: r.counts, years: r.years, points: r.points };
    },
  );

  // Who may call: anyone (`canUpdate` tells officials of the responsible department and administrators they may report).
  app.get(
    '/api/budgeting/works/:id',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['budgeting'],
        summary: 'One work with its milestones and public history',
        params: s.workIdParamsSchema,
        response: { 200: s.workSchema },
      },
    },
    async (req) => presentWork(await getWork(ctx, req.actor, req.params.id)),
  );

  // Who may call: officials of the responsible department; administrators.
  app.post(
    '/api/budgeting/works/:id/updates',
    {
      config: { policy: canUpdateWork },
      schema: {
        tags: ['budgeting'],
        summary: 'Report on a work: stage, progress, money spent (exact), dates, a note and photos (uploaded first through /api/uploads/photos)',
        params: s.workIdParamsSchema,
        body: s.updateWorkBodySchema,
        response: { 200: s.workSchema },
      },
    },
    async (req) => {
      await updateWork(ctx, req.actor, req.params.id, req.body);
      return presentWork(await getWork(ctx, req.actor, req.params.id));
    },
  );

  // Who may call: officials of the responsible department; administrators.
  app.put(
    '/api/budgeting/works/:id/milestones',
    {
      config: { policy: canUpdateWork },
      schema: {
        tags: ['budgeting'],
        summary: 'Replace a work’s milestones (in order)',
        params: s.workIdParamsSchema,
        body: s.milestonesBodySchema,
        response: { 200: s.workSchema },
      },
    },
    async (req) => {
      await setMilestones(ctx, req.actor, req.params.id, req.body.items);
      return presentWork(await getWork(ctx, req.actor, req.params.id));
    },
  );

  // Who may call: anyone (photos in a work's public history).
  for (const variant of ['full', 'thumb'] as const) {
    app.get(
      variant === 'full' ? '/api/budgeting/works/:id/photos/:fileId' : '/api/budgeting/works/:id/photos/:fileId/thumb',
      {
        config: { policy: 'public' },
        schema: {
          tags: ['budgeting'],
          summary: variant === 'full' ? 'A photo from a work’s history (WebP)' : 'A 320 px preview of a photo from a work’s history (WebP)',
          params: s.workPhotoParamsSchema,
        },
      },
      async (req, reply) => {
        const file = await readWorkPhoto(ctx, req.params.id, req.params.fileId, variant);
        return reply
          .header('cache-control', 'public, max-age=31536000, immutable')
          .header('x-content-type-options', 'nosniff')
          .type(file.contentType)
          .send(file.data);
      },
    );
  }

  // Who may call: city administrators.
  app.post(
    '/api/admin/budgeting/headings/:id/works',
    {
      config: { policy: canCreateWorks },
      schema: {
        tags: ['budgeting'],
        summary: 'Create works for a heading’s final winners with the responsible department (idempotent: existing works are kept)',
        params: s.headingIdParamsSchema,
        body: s.createWorksBodySchema,
        response: { 200: s.createWorksResultSchema },
      },
    },
    async (req) => createWorks(ctx, req.actor, req.params.id, req.body),
  );
}
