import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import {
  canCancelSignup,
  canChangeProject,
  canChangeShift,
  canConfirmHours,
  canCreateProject,
  canManageProject,
  canReadOwnVolunteering,
  canReadProject,
  canSignUp,
} from '../policy.js';
import { cancelProject, cancelShift } from '../use-cases/cancel.js';
import { editProject, editShift } from '../use-cases/edit.js';
import { confirmHours, listSignups } from '../use-cases/hours.js';
import { addShift, createProject, getProject, listProjects, myOrganisingGroups } from '../use-cases/projects.js';
import { findShift } from '../db/queries.js';
import { mySignups, setRecordPublic, volunteerRecord } from '../use-cases/record.js';
import { cancelSignup, signUp } from '../use-cases/signups.js';
import { presentMine, presentSummary, presentView } from './presenters.js';
import * as s from './schemas.js';

const tags = ['volunteering'];

/** Volunteering: projects with shifts, sign-ups with a waitlist, the organisers' lists and confirmed hours, the volunteer record. */
export function volunteeringRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone. Projects with shifts to come; no person in the answer.
  app.get(
    '/api/volunteering/projects',
    {
      config: { policy: 'public' },
      schema: { tags, summary: 'Volunteering projects with shifts to come, by district', querystring: s.listQuerySchema, response: { 200: s.listSchema } },
    },
    async (req) => {
      const { items, ...page } = await listProjects(ctx, req.query);
      return { items: items.map(presentSummary), ...page };
    },
  );

  // Who may call: officials of the department (for its project), a verified organisation group's owners and admins (for the group's),
  // and administrators (also for an outside organisation named in text); 20 an hour.
  app.post(
    '/api/volunteering/projects',
    {
      config: { ...perUserRateLimit(20, 60), policy: canCreateProject },
      schema: { tags, summary: 'Announce a volunteering project with its shifts', body: s.projectBodySchema, response: { 201: s.viewSchema } },
    },
    async (req, reply) => {
      const row = await createProject(ctx, req.actor, req.body);
      return reply.status(201).send(presentView(await getProject(ctx, req.actor, row.id)));
    },
  );

  // Who may call: signed-in people: the verified organisations they run (owner or admin, not banned), to announce a project on one's behalf.
  app.get(
    '/api/volunteering/organisers/mine',
    {
      config: { policy: canReadOwnVolunteering },
      schema: { tags, summary: 'The verified organisations I may announce projects for', response: { 200: s.myOrganisersSchema } },
    },
    async (req) => ({ groups: await myOrganisingGroups(ctx, req.actor) }),
  );

  // Who may call: anyone who may see the project (hidden by moderation: its organisers and moderators).
  app.get(
    '/api/volunteering/projects/:id',
    {
      config: { policy: canReadProject },
      schema: { tags, summary: 'One project with its shifts and my sign-ups', params: s.idParamsSchema, response: { 200: s.viewSchema } },
    },
    async (req) => presentView(await getProject(ctx, req.actor, req.params.id)),
  );

  // Who may call: the project's organisers.
  app.post(
    '/api/volunteering/projects/:id/shifts',
    {
      config: { ...perUserRateLimit(120, 60), policy: [canReadProject, canManageProject] },
      schema: { tags, summary: 'Add a shift to a project', params: s.idParamsSchema, body: s.shiftBodySchema, response: { 201: s.viewSchema } },
    },
    async (req, reply) => {
      await addShift(ctx, req.actor, req.params.id, req.body);
      return reply.status(201).send(presentView(await getProject(ctx, req.actor, req.params.id)));
    },
  );

  // Who may call: the project's organisers, while it is not cancelled. Audited.
  app.put(
    '/api/volunteering/projects/:id',
    {
      config: { ...perUserRateLimit(120, 60), policy: [canReadProject, canChangeProject] },
      schema: {
        tags,
        summary: 'Change a project’s title, description and district',
        params: s.idParamsSchema,
        body: s.projectEditBodySchema,
        response: { 200: s.viewSchema },
      },
    },
    async (req) => {
      await editProject(ctx, req.actor, req.params.id, req.body);
      return presentView(await getProject(ctx, req.actor, req.params.id));
    },
  );

  // Who may call: the project's organisers, once. Its shifts to come are cancelled; everyone signed up or waiting is told the reason. Audited.
  app.post(
    '/api/volunteering/projects/:id/cancel',
    {
      config: { ...perUserRateLimit(20, 60), policy: [canReadProject, canChangeProject] },
      schema: {
        tags,
        summary: 'Cancel a project with its shifts to come',
        params: s.idParamsSchema,
        body: s.cancelBodySchema,
        response: { 200: s.viewSchema },
      },
    },
    async (req) => {
      await cancelProject(ctx, req.actor, req.params.id, req.body.reason);
      return presentView(await getProject(ctx, req.actor, req.params.id));
    },
  );

  // Who may call: the project's organisers, before the shift starts and while it is not cancelled. Those signed up or waiting hear of a new time or place;
  // a time that would overlap another shift of theirs is refused (409, naming how many). Audited.
  app.put(
    '/api/volunteering/shifts/:shiftId',
    {
      config: { ...perUserRateLimit(120, 60), policy: [canReadProject, canChangeShift] },
      schema: { tags, summary: 'Change a shift', params: s.shiftParamsSchema, body: s.shiftEditBodySchema, response: { 200: s.viewSchema } },
    },
    async (req) => {
      await editShift(ctx, req.actor, req.params.shiftId, req.body);
      return presentView(await getProject(ctx, req.actor, (await findShift(ctx.database.db, req.params.shiftId))!.shift.projectId));
    },
  );

  // Who may call: the project's organisers, before the shift starts, once. Everyone signed up or waiting is told the reason. Audited.
  app.post(
    '/api/volunteering/shifts/:shiftId/cancel',
    {
      config: { ...perUserRateLimit(60, 60), policy: [canReadProject, canChangeShift] },
      schema: { tags, summary: 'Cancel a shift', params: s.shiftParamsSchema, body: s.cancelBodySchema, response: { 200: s.viewSchema } },
    },
    async (req) => {
      await cancelShift(ctx, req.actor, req.params.shiftId, req.body.reason);
      return presentView(await getProject(ctx, req.actor, (await findShift(ctx.database.db, req.params.shiftId))!.shift.projectId));
    },
  );

  // Who may call: the project's organisers only (names of people).
  app.get(
    '/api/volunteering/shifts/:shiftId/signups',
    {
      config: { policy: [canReadProject, canManageProject] },
      schema: {
        tags,
        summary: 'Who signed up for a shift and who waits, in order, with confirmed hours',
        params: s.shiftParamsSchema,
        response: { 200: s.signupsSchema },
      },
    },
    async (req) => ({
      items: (await listSignups(ctx, req.actor, req.params.shiftId)).map((r) => ({ ...r, signedUpAt: r.signedUpAt.toISOString() })),
    }),
  );

  // Who may call: signed-in people, once per shift, before it starts, of its minimum age, with no overlapping shift; 60 an hour each.
  app.post(
    '/api/volunteering/shifts/:shiftId/signup',
    {
      config: { ...perUserRateLimit(60, 60), policy: [canReadProject, canSignUp] },
      schema: {
        tags,
        summary: 'Sign up for a shift (when full: join its waitlist)',
        params: s.shiftParamsSchema,
        response: { 201: s.shiftSchema.shape.mine.unwrap() },
      },
    },
    async (req, reply) => reply.status(201).send(await signUp(ctx, req.actor, req.params.shiftId)),
  );

  // Who may call: a person signed up or waiting, until the shift starts. The first in line takes a freed slot.
  app.delete(
    '/api/volunteering/shifts/:shiftId/signup',
    {
      config: { policy: [canReadProject, canCancelSignup] },
      schema: { tags, summary: 'Cancel my sign-up', params: s.shiftParamsSchema, response: { 204: s.noContentSchema } },
    },
    async (req, reply) => {
      await cancelSignup(ctx, req.actor, req.params.shiftId);
      return reply.status(204).send(null);
    },
  );

  // Who may call: the project's organisers, after the shift, for a person who was in. Audited.
  app.put(
    '/api/volunteering/shifts/:shiftId/signups/:userId/hours',
    {
      config: { policy: [canReadProject, canConfirmHours] },
      schema: {
        tags,
        summary: 'Confirm the hours a volunteer worked',
        params: s.signupParamsSchema,
        body: s.hoursBodySchema,
        response: { 200: s.hoursSchema },
      },
    },
    async (req) => confirmHours(ctx, req.actor, req.params.shiftId, req.params.userId, Math.round(req.body.hours * 60)),
  );

  // Who may call: anyone. A person's confirmed hours and projects, unless they hid their record (then only they see it).
  app.get(
    '/api/people/:id/volunteering',
    { config: { policy: 'public' }, schema: { tags, summary: 'A person’s volunteer record', params: s.idParamsSchema, response: { 200: s.recordSchema } } },
    async (req) => {
      const r = await volunteerRecord(ctx, req.actor, req.params.id);
      return { ...r, projects: r.projects.map((p) => ({ ...p, lastShiftAt: p.lastShiftAt.toISOString() })) };
    },
  );

  // Who may call: signed-in people: their shifts (a cancelled shift or project says so, with the reason).
  app.get(
    '/api/me/volunteering',
    {
      config: { policy: canReadOwnVolunteering },
      schema: { tags, summary: 'My shifts: in or waiting, a cancelled one marked with the reason', response: { 200: s.mySchema } },
    },
    async (req) => ({ items: (await mySignups(ctx, req.actor)).map(presentMine) }),
  );

  // Who may call: signed-in people: show or hide their volunteer record on their profile.
  app.put(
    '/api/me/volunteering/record',
    {
      config: { policy: canReadOwnVolunteering },
      schema: { tags, summary: 'Show or hide my volunteer record', body: s.recordSettingBodySchema, response: { 204: s.noContentSchema } },
    },
    async (req, reply) => {
      await setRecordPublic(ctx, req.actor, req.body.public);
      return reply.status(204).send(null);
    },
  );
}
