import { z } from 'zod';
import { lineSchema, nameSchema, textSchema } from '../../../core/text/schemas.js';
import { moderationStates } from '../../../core/module/entities.js';
import {
  capLimits,
  descriptionLimits,
  groupKinds,
  groupRoles,
  groupStatuses,
  invitationDays,
  memberListVisibilities,
  memberStates,
  membershipModes,
  nameLimits,
  pollLimits,
  postLimits,
  reactionKinds,
  reasonLimits,
  rulesLimits,
} from '../domain/groups.js';

const reasonSchema = lineSchema(reasonLimits.min, reasonLimits.max);

export const listQuerySchema = z.object({
  kind: z.enum(groupKinds).optional(),
  district: z.string().max(64).optional(),
  q: lineSchema(0, 200).optional(),
  mine: z.stringbool().optional(),
  /** "Near me": a point (both or neither); the list then holds the groups with a point on the map, nearest first. */
  lat: z.coerce.number().min(-90).max(90).optional(),
  lon: z.coerce.number().min(-180).max(180).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/** The map takes the list's filters (no point, no pages). */
export const mapQuerySchema = listQuerySchema.pick({ kind: true, district: true, q: true });

const editableFields = {
  name: nameSchema(nameLimits.min, nameLimits.max),
  description: textSchema(descriptionLimits.min, descriptionLimits.max),
  districtId: z.string().min(1).max(64).nullable().optional(),
  address: lineSchema(0, 300).optional(),
  /** A building group's point (WGS84): both or neither; null clears it. */
  lat: z.number().min(-90).max(90).nullable().optional(),
  lon: z.number().min(-180).max(180).nullable().optional(),
  imageFileId: z.uuid().nullable().optional(),
  rules: textSchema(0, rulesLimits.max).optional(),
  membership: z.enum(membershipModes).optional(),
  memberListVisibility: z.enum(memberListVisibilities).optional(),
  memberCap: z.number().int().min(capLimits.min).max(capLimits.max).nullable().optional(),
  registrationNumber: lineSchema(5, 40).nullable().optional(),
  officeHours: textSchema(0, 1000).optional(),
  responsibilities: textSchema(0, 3000).optional(),
};

export const createBodySchema = z.strictObject({ kind: z.enum(groupKinds), ...editableFields });
export const editBodySchema = z.strictObject({ ...editableFields, name: editableFields.name.optional(), description: editableFields.description.optional() });

export const idParamsSchema = z.object({ id: z.uuid() });
export const memberParamsSchema = z.object({ id: z.uuid(), userId: z.uuid() });
export const commentParamsSchema = z.object({ id: z.uuid(), commentId: z.uuid() });
export const photoParamsSchema = z.object({ id: z.uuid(), fileId: z.uuid() });
/** A page of a feed or a member list: how many, and after which (the previous page's `nextCursor`). */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().min(1).max(200).optional(),
});

export const joinBodySchema = z.strictObject({ invitation: z.string().min(10).max(100).optional() });
export const roleBodySchema = z.strictObject({ role: z.enum(groupRoles) });
export const removeBodySchema = z.strictObject({ reason: reasonSchema, ban: z.boolean().default(false) });
export const invitationBodySchema = z.strictObject({ days: z.number().int().min(1).max(invitationDays.max).default(invitationDays.default) });
export const pollBodySchema = z.strictObject({
  question: lineSchema(pollLimits.question.min, pollLimits.question.max),
  options: z.array(lineSchema(pollLimits.option.min, pollLimits.option.max)).min(pollLimits.options.min).max(pollLimits.options.max),
  /** When voting ends (in the future); none: until its author or the group's admins close it. */
  closesAt: z.iso.datetime({ offset: true }).optional(),
});
export const postBodySchema = z.strictObject({
  body: textSchema(postLimits.min, postLimits.max),
  photoFileIds: z.array(z.uuid()).max(postLimits.photos).optional(),
  poll: pollBodySchema.optional(),
});
export const voteBodySchema = z.strictObject({
  option: z
    .number()
    .int()
    .min(0)
    .max(pollLimits.options.max - 1),
});
export const reactionParamsSchema = z.object({ id: z.uuid(), kind: z.enum(reactionKinds) });
export const pinBodySchema = z.strictObject({ pinned: z.boolean() });
export const hideBodySchema = z.strictObject({ reason: reasonSchema });
export const verifyBodySchema = z.strictObject({ approve: z.boolean(), reason: reasonSchema.optional() });

export const groupSummarySchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(groupKinds),
    name: z.string(),
    excerpt: z.string(),
    districtId: z.string().nullable(),
    imageUrl: z.string().nullable(),
    membership: z.enum(membershipModes),
    memberCount: z.number().int(),
    postCount: z.number().int(),
    verified: z.boolean(),
    status: z.enum(groupStatuses),
    /** Metres from the point asked for ("near me"); null otherwise. */
    distanceMeters: z.number().int().nullable(),
  })
  .meta({ id: 'GroupSummary' });

const activitySchema = z.object({ type: z.string(), id: z.string(), title: z.string(), path: z.string(), createdAt: z.string() });

export const groupSchema = groupSummarySchema
  .extend({
    description: z.string(),
    address: z.string(),
    /** A building group's point on the map, when given. */
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    rules: z.string(),
    memberListVisibility: z.enum(memberListVisibilities),
    memberCap: z.number().int().nullable(),
    registrationNumber: z.string().nullable(),
    officeHours: z.string(),
    responsibilities: z.string(),
    verifiedAt: z.string().nullable(),
    /** Why an administrator refused the page: for its creator. */
    statusReason: z.string().nullable(),
    /** The person a public figure's page is about (the "Write to" button's addressee). */
    ownerId: z.uuid(),
    ownerName: z.string(),
    createdAt: z.string(),
    /** What the caller may do here. */
    me: z.object({
      role: z.enum(groupRoles).nullable(),
      state: z.enum(memberStates).nullable(),
      banned: z.boolean(),
      canJoin: z.boolean(),
      canLeave: z.boolean(),
      canManage: z.boolean(),
      canGiveRoles: z.boolean(),
      canPost: z.boolean(),
      canReadFeed: z.boolean(),
      canSeeMembers: z.boolean(),
      canVerify: z.boolean(),
    }),
    activity: z.array(activitySchema),
  })
  .meta({ id: 'Group' });

export const listSchema = z.object({ items: z.array(groupSummarySchema), total: z.number().int() }).meta({ id: 'GroupList' });

export const memberSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  role: z.enum(groupRoles),
  state: z.enum(memberStates),
  joinedAt: z.string().nullable(),
});
export const membersSchema = z
  .object({
    /** A page of members, owners and admins first, then by joining. */
    items: z.array(memberSchema),
    /** Requests to join waiting for the admins: for the group's owners and admins, with the first page. */
    requests: z.array(memberSchema),
    /** How many members the group has. */
    total: z.number().int(),
    /** The next page's `cursor`, or null for the last page. */
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'GroupMembers' });
export const joinResultSchema = z.object({ state: z.enum(['member', 'requested']) });
export const invitationSchema = z.object({ token: z.string(), path: z.string(), expiresAt: z.string() });

export const postSchema = z
  .object({
    id: z.uuid(),
    groupId: z.uuid(),
    groupName: z.string(),
    body: z.string(),
    author: z.object({ id: z.uuid(), displayName: z.string() }),
    photos: z.array(z.object({ id: z.uuid(), url: z.string(), thumbUrl: z.string() })),
    pinned: z.boolean(),
    moderation: z.enum(moderationStates),
    /** Only for the author and the group's admins. */
    moderationReason: z.string().nullable(),
    commentCount: z.number().int(),
    createdAt: z.string(),
    canModerate: z.boolean(),
    /** The post's poll with its results (for whoever may read the post), or null. */
    poll: z
      .object({
        question: z.string(),
        options: z.array(z.object({ text: z.string(), votes: z.number().int(), share: z.number().int() })),
        total: z.number().int(),
        closesAt: z.string().nullable(),
        closed: z.boolean(),
        /** The caller's option (0-based), or null. */
        myVote: z.number().int().nullable(),
        canVote: z.boolean(),
        canClose: z.boolean(),
      })
      .nullable(),
    /** Every reaction kind with how many left it and whether the caller did. */
    reactions: z.array(z.object({ kind: z.enum(reactionKinds), count: z.number().int(), mine: z.boolean() })),
    canReact: z.boolean(),
  })
  .meta({ id: 'GroupPost' });
export const feedSchema = z
  .object({
    items: z.array(postSchema),
    total: z.number().int(),
    /** The next page's `cursor`, or null for the last page: posts written meanwhile go on top, never into later pages. */
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'GroupFeed' });

/** The groups with a point, for the map: at most a cap, the largest (`truncated` says there were more). */
export const mapSchema = z
  .object({
    points: z.array(z.object({ id: z.uuid(), kind: z.enum(groupKinds), name: z.string(), lat: z.number(), lon: z.number(), memberCount: z.number().int() })),
    truncated: z.boolean(),
  })
  .meta({ id: 'GroupMapPoints' });
