import { z } from 'zod';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { findReason } from '../db/classifier-queries.js';
import type { AnswerTemplateRow } from '../use-cases/classifier/manage-dictionaries.js';
import {
  createAnswerTemplate,
  createRejectionReason,
  deleteAnswerTemplate,
  listAnswerTemplates,
  listRejectionReasons,
  updateAnswerTemplate,
  updateRejectionReason,
} from '../use-cases/classifier/manage-dictionaries.js';
import { createRoutingRule, deleteRoutingRule, listRoutingRules, resolveRouting } from '../use-cases/classifier/manage-routing.js';
import { createCategory, createObject, createReason, updateCategory, updateObject, updateReason } from '../use-cases/classifier/edit-classifier.js';
import { cityToday, getClassifierTree, getReasonDetails, searchReasons } from '../use-cases/classifier/read-classifier.js';
import {
  canChangeAnswerTemplate,
  canEditAnswerTemplate,
  canEditClassifier,
  canReadAnswerTemplates,
  canReadClassifier,
  canReadRejectionReasons,
} from '../policy-classifier.js';
import { departmentRoutes } from './department-routes.js';
import { presentReason, presentReasonWithParents } from './classifier-presenters.js';
import * as s from './classifier-schemas.js';

const tags = ['classifier'];
const adminTags = ['classifier admin'];
const presentTemplate = (t: AnswerTemplateRow) => ({
  id: t.id,
  departmentId: t.departmentId,
  title: t.title,
  text: t.text,
  createdAt: t.createdAt.toISOString(),
});
const pickCategory = (c: { id: number; objectId: number; nameRu: string; nameEn: string | null; position: number; archived: boolean }) => ({
  id: c.id,
  objectId: c.objectId,
  nameRu: c.nameRu,
  nameEn: c.nameEn,
  position: c.position,
  archived: c.archived,
});
const pickObject = (o: { id: number; nameRu: string; nameEn: string | null; position: number; archived: boolean }) => ({
  id: o.id,
  nameRu: o.nameRu,
  nameEn: o.nameEn,
  position: o.position,
  archived: o.archived,
});

/** Classifier, routing rules, dictionaries: public reading and administrators' editing. */
export function classifierRoutes(app: App, ctx: ModuleContext): void {
  const reasonOut = async (id: number) => presentReasonWithParents((await findReason(ctx.database.db, id))!, cityToday(ctx));

  // Who may call: anyone (active items); administrators with ?all=1 (archived too).
  app.get(
    '/api/classifier',
    {
      config: { policy: canReadClassifier },
      schema: { tags, summary: 'The classifier: objects → categories → reasons', querystring: s.treeQuerySchema, response: { 200: s.treeSchema } },
    },
    async (req, reply) => {
      const all = req.query.all === '1';
      const tree = await getClassifierTree(ctx, req.actor, all);
      const today = cityToday(ctx);
      if (!all) reply.header('cache-control', 'public, max-age=60');
      return {
        objects: tree.objects.map((o) => ({
          ...pickObject(o),
          categories: o.categories.map((c) => ({ ...pickCategory(c), reasons: c.reasons.map((r) => presentReason(r, today)) })),
        })),
      };
    },
  );

  // Who may call: anyone. Words across object, category and reason names, help and description.
  app.get(
    '/api/classifier/search',
    {
      config: { policy: 'public' },
      schema: { tags, summary: 'Find reasons by words (Russian stemming)', querystring: s.searchQuerySchema, response: { 200: s.searchResultSchema } },
    },
    async (req) => {
      const hits = await searchReasons(ctx, req.query.q, req.query.limit);
      const today = cityToday(ctx);
      return {
        items: hits.map(({ reason, rank }) => ({
          reason: presentReason(reason, today),
          categoryId: reason.category.id,
          categoryNameRu: reason.category.nameRu,
          categoryNameEn: reason.category.nameEn,
          objectId: reason.object.id,
          objectNameRu: reason.object.nameRu,
          objectNameEn: reason.object.nameEn,
          rank,
        })),
      };
    },
  );

  // Who may call: anyone (archived reasons too: old reports refer to them).
  app.get(
    '/api/classifier/reasons/:id',
    {
      config: { policy: 'public' },
      schema: { tags, summary: 'One reason with its category and object', params: s.intIdParamsSchema, response: { 200: s.reasonWithParentsSchema } },
    },
    async (req) => presentReasonWithParents(await getReasonDetails(ctx, req.params.id), cityToday(ctx)),
  );

  // Who may call: administrators.
  app.post(
    '/api/admin/classifier/reasons',
    {
      config: { policy: canEditClassifier },
      schema: { tags: adminTags, summary: 'Add a reason', body: s.reasonCreateSchema, response: { 201: s.reasonWithParentsSchema } },
    },
    async (req, reply) => {
      const row = await createReason(ctx, req.actor, req.body);
      return reply.status(201).send(await reasonOut(row.id));
    },
  );
  app.patch(
    '/api/admin/classifier/reasons/:id',
    {
      config: { policy: canEditClassifier },
      schema: {
        tags: adminTags,
        summary: 'Edit a reason (any field)',
        params: s.intIdParamsSchema,
        body: s.reasonPatchSchema,
        response: { 200: s.reasonWithParentsSchema },
      },
    },
    async (req) => {
      const row = await updateReason(ctx, req.actor, req.params.id, req.body);
      return reasonOut(row.id);
    },
  );
  for (const [verb, archived] of [
    ['archive', true],
    ['unarchive', false],
  ] as const) {
    app.post(
      `/api/admin/classifier/reasons/:id/${verb}`,
      {
        config: { policy: canEditClassifier },
        schema: { tags: adminTags, summary: `${verb} a reason`, params: s.intIdParamsSchema, response: { 200: s.reasonWithParentsSchema } },
      },
      async (req) => {
        const row = await updateReason(ctx, req.actor, req.params.id, { archived });
        return reasonOut(row.id);
      },
    );
    app.post(
      `/api/admin/classifier/categories/:id/${verb}`,
      {
        config: { policy: canEditClassifier },
        schema: { tags: adminTags, summary: `${verb} a category`, params: s.intIdParamsSchema, response: { 200: s.categorySchema } },
      },
      async (req) => pickCategory(await updateCategory(ctx, req.actor, req.params.id, { archived })),
    );
    app.post(
      `/api/admin/classifier/objects/:id/${verb}`,
      {
        config: { policy: canEditClassifier },
        schema: { tags: adminTags, summary: `${verb} an object`, params: s.intIdParamsSchema, response: { 200: s.objectSchema } },
      },
      async (req) => pickObject(await updateObject(ctx, req.actor, req.params.id, { archived })),
    );
  }
  app.post(
    '/api/admin/classifier/categories',
    {
      config: { policy: canEditClassifier },
      schema: { tags: adminTags, summary: 'Add a category', body: s.categoryCreateSchema, response: { 201: s.categorySchema } },
    },
    async (req, reply) => reply.status(201).send(pickCategory(await createCategory(ctx, req.actor, req.body))),
  );
  app.patch(
    '/api/admin/classifier/categories/:id',
    {
      config: { policy: canEditClassifier },
      schema: { tags: adminTags, summary: 'Edit a category', params: s.intIdParamsSchema, body: s.categoryPatchSchema, response: { 200: s.categorySchema } },
    },
    async (req) => pickCategory(await updateCategory(ctx, req.actor, req.params.id, req.body)),
  );
  app.post(
    '/api/admin/classifier/objects',
    {
      config: { policy: canEditClassifier },
      schema: { tags: adminTags, summary: 'Add an object', body: s.objectCreateSchema, response: { 201: s.objectSchema } },
    },
    async (req, reply) => reply.status(201).send(pickObject(await createObject(ctx, req.actor, req.body))),
  );
  app.patch(
    '/api/admin/classifier/objects/:id',
    {
      config: { policy: canEditClassifier },
      schema: { tags: adminTags, summary: 'Edit an object', params: s.intIdParamsSchema, body: s.objectPatchSchema, response: { 200: s.objectSchema } },
    },
    async (req) => pickObject(await updateObject(ctx, req.actor, req.params.id, req.body)),
  );

  // Routing. Who may call: administrators (list, add, delete); anyone (resolve).
  app.get(
    '/api/admin/routing-rules',
    {
      config: { policy: canEditClassifier },
      schema: { tags: adminTags, summary: 'Routing rules', querystring: s.routingListQuerySchema, response: { 200: s.routingRuleListSchema } },
    },
    async (req) => ({
      items: (await listRoutingRules(ctx, req.actor, req.query)).map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    }),
  );
  app.post(
    '/api/admin/routing-rules',
    {
      config: { policy: canEditClassifier },
      schema: { tags: adminTags, summary: 'Add a routing rule', body: s.routingCreateSchema, response: { 201: s.routingRuleSchema } },
    },
    async (req, reply) => {
      const row = await createRoutingRule(ctx, req.actor, req.body);
      const [view] = (await listRoutingRules(ctx, req.actor, {})).filter((r) => r.id === row.id);
      return reply.status(201).send({ ...view!, createdAt: view!.createdAt.toISOString() });
    },
  );
  app.delete(
    '/api/admin/routing-rules/:id',
    {
      config: { policy: canEditClassifier },
      schema: { tags: adminTags, summary: 'Remove a routing rule', params: s.intIdParamsSchema, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await deleteRoutingRule(ctx, req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/routing/resolve',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'Which department a reason goes to in a district',
        querystring: s.routingResolveQuerySchema,
        response: { 200: s.routingResolveSchema },
      },
    },
    async (req) => ({
      department: await resolveRouting(ctx, req.query.reasonId, req.query.districtId ?? null),
    }),
  );

  // Rejection reasons. Who may call: moderators and administrators read; administrators write.
  app.get(
    '/api/admin/rejection-reasons',
    {
      config: { policy: canReadRejectionReasons },
      schema: {
        tags: adminTags,
        summary: 'The rejection dictionary',
        querystring: s.rejectionListQuerySchema,
        response: { 200: s.rejectionReasonListSchema },
      },
    },
    async (req) => ({
      items: await listRejectionReasons(ctx, req.actor, req.query.all === '1'),
    }),
  );
  app.post(
    '/api/admin/rejection-reasons',
    {
      config: { policy: canEditClassifier },
      schema: { tags: adminTags, summary: 'Add a rejection reason', body: s.rejectionCreateSchema, response: { 201: s.rejectionReasonSchema } },
    },
    async (req, reply) => reply.status(201).send(await createRejectionReason(ctx, req.actor, req.body)),
  );
  app.patch(
    '/api/admin/rejection-reasons/:id',
    {
      config: { policy: canEditClassifier },
      schema: {
        tags: adminTags,
        summary: 'Edit or retire a rejection reason',
        params: s.intIdParamsSchema,
        body: s.rejectionPatchSchema,
        response: { 200: s.rejectionReasonSchema },
      },
    },
    async (req) => updateRejectionReason(ctx, req.actor, req.params.id, req.body),
  );

  // Answer templates. Who may call: officials (their departments' and general ones) and administrators.
  app.get(
    '/api/answer-templates',
    {
      config: { policy: canReadAnswerTemplates },
      schema: { tags, summary: 'Answer templates', querystring: s.templateListQuerySchema, response: { 200: s.answerTemplateListSchema } },
    },
    async (req) => ({
      items: (await listAnswerTemplates(ctx, req.actor, req.query.departmentId)).map(presentTemplate),
    }),
  );
  app.post(
    '/api/answer-templates',
    {
      config: { policy: canEditAnswerTemplate },
      schema: { tags, summary: 'Add an answer template', body: s.templateCreateSchema, response: { 201: s.answerTemplateSchema } },
    },
    async (req, reply) => reply.status(201).send(presentTemplate(await createAnswerTemplate(ctx, req.actor, req.body))),
  );
  app.patch(
    '/api/answer-templates/:id',
    {
      config: { policy: canChangeAnswerTemplate },
      schema: { tags, summary: 'Edit an answer template', params: s.intIdParamsSchema, body: s.templatePatchSchema, response: { 200: s.answerTemplateSchema } },
    },
    async (req) => presentTemplate(await updateAnswerTemplate(ctx, req.actor, req.params.id, req.body)),
  );
  app.delete(
    '/api/answer-templates/:id',
    {
      config: { policy: canChangeAnswerTemplate },
      schema: { tags, summary: 'Delete an answer template', params: s.intIdParamsSchema, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await deleteAnswerTemplate(ctx, req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );

  departmentRoutes(app, ctx);
}
