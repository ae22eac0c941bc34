import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { canAdministerServices, canChooseMyRoles, canMarkService, canProposeToCatalogue, canReadCatalogueItem } from '../policy.js';
import { adminCatalogue, adminService, saveRoleAsAdmin, saveServiceAsAdmin } from '../use-cases/administer.js';
import { getMyRoles, getRole, getService, listRoles, markService, setMyRoles } from '../use-cases/catalogue.js';
import { importServices } from '../use-cases/import-services.js';
import { proposeRole, proposeService } from '../use-cases/propose.js';
import { presentAdminService, presentAdminServiceView, presentRole, presentServiceSummary, presentServiceView } from './presenters.js';
import * as s from './schemas.js';

const tags = ['services'];
const adminTags = ['admin', ...tags];

/** The services catalogue by life role: public reading, residents' roles, marks and proposals, administrators' editing and import. */
export function servicesRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone. Public roles; a signed-in resident's own come first, marked `mine`.
  app.get(
    '/api/services/roles',
    { config: { policy: 'public' }, schema: { tags, summary: 'Life roles, the reader’s own first', response: { 200: s.rolesSchema } } },
    async (req) => ({ items: (await listRoles(ctx, req.actor)).map(presentRole) }),
  );

  // Who may call: anyone for a public role; a proposal waiting for moderation: its proposer, moderators, administrators (404 to others).
  app.get(
    '/api/services/roles/:key',
    {
      config: { policy: canReadCatalogueItem },
      schema: { tags, summary: 'One life role and its services', params: s.keyParamsSchema, response: { 200: s.roleViewSchema } },
    },
    async (req) => {
      const { role, services } = await getRole(ctx, req.actor, req.params.key);
      return { role: presentRole(role), services: services.map(presentServiceSummary) };
    },
  );

  // Who may call: a signed-in resident, for their own roles only.
  app.get(
    '/api/services/my-roles',
    { config: { policy: canChooseMyRoles }, schema: { tags, summary: 'The life roles I chose', response: { 200: s.myRolesSchema } } },
    async (req) => ({ roleIds: await getMyRoles(ctx, req.actor) }),
  );

  // Who may call: a signed-in resident, for their own roles only.
  app.put(
    '/api/services/my-roles',
    {
      config: { ...perUserRateLimit(60, 60), policy: canChooseMyRoles },
      schema: { tags, summary: 'Choose my life roles (replaces the list)', body: s.myRolesBodySchema, response: { 200: s.myRolesSchema } },
    },
    async (req) => ({ roleIds: await setMyRoles(ctx, req.actor, req.body.roleIds) }),
  );

  // Who may call: any signed-in resident; held for moderation; rate-limited as other proposals are.
  app.post(
    '/api/services/proposals/roles',
    {
      config: { ...perUserRateLimit(10, 60), policy: canProposeToCatalogue },
      schema: { tags, summary: 'Propose a life role (moderated)', body: s.roleProposalSchema, response: { 201: s.proposedSchema } },
    },
    async (req, reply) => {
      const row = await proposeRole(ctx, req.actor, req.body);
      return reply.status(201).send({ id: row.id, moderation: row.moderation });
    },
  );

  // Who may call: any signed-in resident; held for moderation; rate-limited as other proposals are.
  app.post(
    '/api/services/proposals/services',
    {
      config: { ...perUserRateLimit(10, 60), policy: canProposeToCatalogue },
      schema: { tags, summary: 'Propose a service (moderated)', body: s.serviceProposalSchema, response: { 201: s.proposedSchema } },
    },
    async (req, reply) => {
      const row = await proposeService(ctx, req.actor, req.body);
      return reply.status(201).send({ id: row.id, moderation: row.moderation });
    },
  );

  // Who may call: anyone for a public service; a proposal waiting for moderation: its proposer, moderators, administrators (404 to others).
  app.get(
    '/api/services/:id',
    {
      config: { policy: canReadCatalogueItem },
      schema: { tags, summary: 'One service: how to get it, documents, cost, time limit', params: s.idParamsSchema, response: { 200: s.serviceViewSchema } },
    },
    async (req) => presentServiceView(await getService(ctx, req.actor, req.params.id)),
  );

  // Who may call: any signed-in resident, on a public service (404 otherwise); one mark each, changed by marking again.
  app.put(
    '/api/services/:id/mark',
    {
      config: { ...perUserRateLimit(60, 60), policy: canMarkService },
      schema: {
        tags,
        summary: 'Mark a service useful or not (with an optional note)',
        params: s.idParamsSchema,
        body: s.markBodySchema,
        response: { 200: s.markResultSchema },
      },
    },
    async (req) => {
      const r = await markService(ctx, req.actor, req.params.id, req.body);
      return { usefulCount: r.useful, notUsefulCount: r.notUseful, mine: r.mine };
    },
  );

  // Who may call: administrators. Every service with its usefulness (least useful first), and every role.
  app.get(
    '/api/admin/services',
    {
      config: { policy: canAdministerServices },
      schema: { tags: adminTags, summary: 'The catalogue with usefulness per service', response: { 200: s.adminCatalogueSchema } },
    },
    async (req) => {
      const { services, roles, roleKeys } = await adminCatalogue(ctx, req.actor);
      return { services: services.map((x) => presentAdminService(x, roleKeys.get(x.id) ?? [])), roles: roles.map((r) => presentRole(r)) };
    },
  );

  // Who may call: administrators. One service for its form, with residents' notes (no names).
  app.get(
    '/api/admin/services/:id',
    {
      config: { policy: canAdministerServices },
      schema: {
        tags: adminTags,
        summary: 'One service for editing, with residents’ notes',
        params: s.idParamsSchema,
        response: { 200: s.adminServiceViewSchema },
      },
    },
    async (req) => {
      const { row, roles, notes } = await adminService(ctx, req.actor, req.params.id);
      return presentAdminServiceView(row, roles, notes);
    },
  );

  // Who may call: administrators. Public at once; audited.
  app.post(
    '/api/admin/services',
    {
      config: { policy: canAdministerServices },
      schema: { tags: adminTags, summary: 'Add a service', body: s.serviceBodySchema, response: { 201: s.proposedSchema } },
    },
    async (req, reply) => {
      const row = await saveServiceAsAdmin(ctx, req.actor, req.body, null);
      return reply.status(201).send({ id: row.id, moderation: row.moderation });
    },
  );

  // Who may call: administrators (the key stays); audited.
  app.put(
    '/api/admin/services/:id',
    {
      config: { policy: canAdministerServices },
      schema: { tags: adminTags, summary: 'Change a service', params: s.idParamsSchema, body: s.serviceBodySchema, response: { 200: s.proposedSchema } },
    },
    async (req) => {
      const row = await saveServiceAsAdmin(ctx, req.actor, req.body, req.params.id);
      return { id: row.id, moderation: row.moderation };
    },
  );

  // Who may call: administrators. Public at once; audited.
  app.post(
    '/api/admin/services/roles',
    {
      config: { policy: canAdministerServices },
      schema: { tags: adminTags, summary: 'Add a life role', body: s.roleBodySchema, response: { 201: s.proposedSchema } },
    },
    async (req, reply) => {
      const row = await saveRoleAsAdmin(ctx, req.actor, req.body, null);
      return reply.status(201).send({ id: row.id, moderation: row.moderation });
    },
  );

  // Who may call: administrators (the key stays); audited.
  app.put(
    '/api/admin/services/roles/:id',
    {
      config: { policy: canAdministerServices },
      schema: { tags: adminTags, summary: 'Change a life role', params: s.idParamsSchema, body: s.roleBodySchema, response: { 200: s.proposedSchema } },
    },
    async (req) => {
      const row = await saveRoleAsAdmin(ctx, req.actor, req.body, req.params.id);
      return { id: row.id, moderation: row.moderation };
    },
  );

  // Who may call: administrators. All or nothing, problems by line (CSV) or item (JSON); a dry run writes nothing; audited.
  app.post(
    '/api/admin/services/import',
    {
      config: { policy: canAdministerServices },
      bodyLimit: 6 * 1024 * 1024,
      schema: { tags: adminTags, summary: 'Import roles and services (CSV or JSON)', body: s.importBodySchema, response: { 200: s.importResultSchema } },
    },
    async (req) => importServices(ctx, req.actor, req.body.text, { format: req.body.format, dryRun: req.body.dryRun, lang: req.lang }),
  );
}
