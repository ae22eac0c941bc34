import { z } from 'zod';
import { lineSchema, textSchema } from '../../../core/text/schemas.js';
import { crowdLimits as limits, ideaSorts, ideaStatuses, reviewDecisions } from '../domain/idea-rules.js';
import { crowdPhases } from '../domain/phases.js';

export const numberParamsSchema = z.object({ number: z.coerce.number().int().min(1).max(1e15) });

const date = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

/** A project as an administrator writes it; the problem becomes the vote's question. */
export const projectInputSchema = z
  .strictObject({
    title: lineSchema(limits.projectTitle.min, limits.projectTitle.max),
    problem: lineSchema(limits.problem.min, limits.problem.max),
    brief: textSchema(limits.brief.min, limits.brief.max),
    districtId: z.string().min(1).max(64).nullable(),
    ideasFrom: date,
    selectionFrom: date,
    votingFrom: date,
    implementationFrom: date,
    voteMaxChoices: z.number().int().min(limits.voteMaxChoices.min).max(limits.voteMaxChoices.max),
    expertIds: z.array(z.uuid()).max(50).default([]),
  })
  .meta({ id: 'CrowdProjectDraft' });

/** An idea as a resident writes it; its title becomes an option of the vote. */
export const ideaInputSchema = z
  .strictObject({
    title: lineSchema(limits.ideaTitle.min, limits.ideaTitle.max),
    text: textSchema(limits.ideaText.min, limits.ideaText.max),
  })
  .meta({ id: 'CrowdIdeaDraft' });

// the range is the rating rule's (1–5), answered with its own localized reason rather than a schema message
export const ratingBodySchema = z.strictObject({ value: z.number().int().min(-1000).max(1000) });

/** An expert's review of an idea, with its public reason. */
export const reviewBodySchema = z
  .strictObject({
    decision: z.enum(reviewDecisions),
    reason: textSchema(limits.reviewReason.min, limits.reviewReason.max),
    intoNumber: z.number().int().min(1).max(1e15).nullish(),
  })
  .meta({ id: 'CrowdIdeaReview' });

/** The implementation report: what was done, and the accepted ideas with what the city did with each. */
export const reportBodySchema = z
  .strictObject({
    text: textSchema(limits.reportText.min, limits.reportText.max),
    accepted: z
      .array(
        z.strictObject({
          ideaNumber: z.number().int().min(1).max(1e15),
          note: textSchema(limits.reportNote.min, limits.reportNote.max).default(''),
          // an accepted idea is the city's commitment: who delivers it and by when (required; a 400 names the idea's field)
          departmentId: z.string().min(1).max(64).optional(),
          dueOn: z.iso.date().optional(),
        }),
      )
      .max(200),
  })
  .meta({ id: 'CrowdProjectReport' });

export const ideasQuerySchema = z.object({
  status: z.enum(ideaStatuses).optional(),
  sort: z.enum(ideaSorts).default('rating'),
  page: z.coerce.number().int().min(1).max(10000).default(1),
});

const person = z.object({ id: z.string(), displayName: z.string() }).meta({ id: 'CrowdPerson' });

export const figuresSchema = z
  .object({
    participants: z.number(),
    ideas: z.number(),
    shortlisted: z.number(),
    accepted: z.number(),
    acceptedShare: z.number(),
  })
  .meta({ id: 'CrowdProjectFigures' });

export const projectSummarySchema = z
  .object({
    number: z.number(),
    title: z.string(),
    problem: z.string(),
    districtId: z.string().nullable(),
    phase: z.enum(crowdPhases),
    published: z.boolean(),
    ideasFrom: z.string(),
    selectionFrom: z.string(),
    votingFrom: z.string(),
    implementationFrom: z.string(),
    figures: figuresSchema,
  })
  .meta({ id: 'CrowdProjectSummary' });

export const projectListSchema = z.object({ projects: z.array(projectSummarySchema) }).meta({ id: 'CrowdProjectList' });

export const projectViewSchema = projectSummarySchema
  .extend({
    brief: z.string(),
    voteMaxChoices: z.number(),
    pollId: z.string().nullable(),
    pollClosed: z.boolean(),
    experts: z.array(person),
    report: z.object({ text: z.string(), publishedAt: z.string() }).nullable(),
    me: z.object({ canSubmitIdea: z.boolean(), isExpert: z.boolean(), canManage: z.boolean() }),
  })
  .meta({ id: 'CrowdProjectView' });

export const ideaSummarySchema = z
  .object({
    number: z.number(),
    projectNumber: z.number(),
    title: z.string(),
    excerpt: z.string(),
    status: z.enum(ideaStatuses),
    author: person,
    ratingCount: z.number(),
    ratingAverage: z.number().nullable(),
    commentCount: z.number(),
    accepted: z.boolean(),
    votes: z.number().nullable(),
    /** The caller's own rating of it (null when signed out or not rated). */
    myRating: z.number().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'CrowdIdeaSummary' });

export const ideaListSchema = z
  .object({ items: z.array(ideaSummarySchema), total: z.number(), page: z.number(), pageSize: z.number() })
  .meta({ id: 'CrowdIdeaList' });

export const ideaViewSchema = ideaSummarySchema
  .extend({
    text: z.string(),
    projectTitle: z.string(),
    projectPhase: z.enum(crowdPhases),
    reviewReason: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    mergedInto: z.object({ number: z.number(), title: z.string() }).nullable(),
    mergedFrom: z.array(z.object({ number: z.number(), title: z.string(), author: person })),
    acceptedNote: z.string().nullable(),
    me: z.object({ isAuthor: z.boolean(), can: z.object({ rate: z.boolean(), review: z.boolean(), withdraw: z.boolean(), comment: z.boolean() }) }),
  })
  .meta({ id: 'CrowdIdeaView' });

export const ratingResultSchema = z
  .object({ ratingCount: z.number(), ratingAverage: z.number().nullable(), myRating: z.number() })
  .meta({ id: 'CrowdIdeaRating' });
export const createdNumberSchema = z.object({ number: z.number() }).meta({ id: 'CrowdCreated' });
export const createdPollSchema = z.object({ pollId: z.string() }).meta({ id: 'CrowdVoteStarted' });
