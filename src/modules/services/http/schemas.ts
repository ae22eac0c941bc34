import { z } from 'zod';
import { lineSchema, nameSchema, textSchema } from '../../../core/text/schemas.js';
import { roleFieldsSchema, serviceFieldsSchema, serviceLimits as limits } from '../domain/services.js';

export const idParamsSchema = z.object({ id: z.string().min(1).max(100) });
export const keyParamsSchema = z.object({ key: z.string().min(1).max(100) });
const moderation = z.enum(['visible', 'held', 'hidden']);

/** A life role as the catalogue shows it; `mine`: the reader chose it in the profile. */
export const roleSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    nameRu: z.string(),
    nameEn: z.string(),
    icon: z.string(),
    descriptionRu: z.string(),
    descriptionEn: z.string(),
    position: z.number(),
    sourceUrl: z.string().nullable(),
    serviceCount: z.number(),
    mine: z.boolean(),
    moderation,
  })
  .meta({ id: 'LifeRole' });
export const rolesSchema = z.object({ items: z.array(roleSchema) }).meta({ id: 'LifeRoleList' });

/** A service in a list. */
export const serviceSummarySchema = z
  .object({
    id: z.string(),
    key: z.string(),
    title: z.string(),
    titleEn: z.string().nullable(),
    excerpt: z.string(),
    demoText: z.boolean(),
    online: z.boolean(),
    usefulCount: z.number(),
    notUsefulCount: z.number(),
  })
  .meta({ id: 'ServiceSummary' });

export const roleViewSchema = z.object({ role: roleSchema, services: z.array(serviceSummarySchema) }).meta({ id: 'LifeRoleView' });

const mark = z.object({ useful: z.boolean(), note: z.string().nullable() }).meta({ id: 'ServiceMark' });

/** One service's page: how to get it, documents, cost, time limit, who may apply, its roles, who proposed it and the reader's mark. */
export const serviceViewSchema = serviceSummarySchema
  .extend({
    description: z.string(),
    provider: z.object({ departmentId: z.string().nullable(), nameRu: z.string(), nameEn: z.string() }).nullable(),
    onlineLink: z.string().nullable(),
    inPerson: z.string().nullable(),
    phone: z.string().nullable(),
    documents: z.array(z.string()),
    price: z.string().nullable(),
    timeLimit: z.string().nullable(),
    whoMayApply: z.string().nullable(),
    sourceUrl: z.string().nullable(),
    roles: z.array(z.object({ key: z.string(), nameRu: z.string(), nameEn: z.string(), icon: z.string() })),
    proposedBy: z.object({ id: z.string(), displayName: z.string() }).nullable(),
    moderation,
    commentCount: z.number(),
    mine: mark.nullable(),
  })
  .meta({ id: 'ServiceView' });

export const myRolesSchema = z.object({ roleIds: z.array(z.string()) }).meta({ id: 'MyLifeRoles' });
export const myRolesBodySchema = z.strictObject({ roleIds: z.array(z.uuid()).max(limits.myRoles.max) }).meta({ id: 'MyLifeRolesChoice' });

export const markBodySchema = z
  .strictObject({ useful: z.boolean(), note: textSchema(0, limits.note.max).nullable().default(null) })
  .meta({ id: 'ServiceMarkDraft' });
export const markResultSchema = z.object({ usefulCount: z.number(), notUsefulCount: z.number(), mine: mark }).meta({ id: 'ServiceMarkResult' });

/** A resident's proposal of a life role. */
export const roleProposalSchema = z
  .strictObject({
    nameRu: nameSchema(limits.roleName.min, limits.roleName.max),
    nameEn: nameSchema(limits.roleName.min, limits.roleName.max).nullable().default(null),
    description: textSchema(10, limits.roleDescription.max),
  })
  .meta({ id: 'LifeRoleProposal' });

const optional = (max: number) =>
  lineSchema(0, max)
    .nullable()
    .default(null)
    .transform((v) => v || null);

/** A resident's proposal of a service: what it is, for which roles and how to get it. */
export const serviceProposalSchema = z
  .strictObject({
    title: lineSchema(limits.title.min, limits.title.max),
    description: textSchema(limits.description.min, limits.description.max),
    roles: z.array(z.string().min(1).max(limits.key.max)).min(1).max(limits.roles.max),
    onlineLink: z
      .union([z.url({ protocol: /^https?$/ }).max(limits.line.max), z.literal(''), z.null()])
      .default(null)
      .transform((v) => v || null),
    inPerson: optional(limits.line.max),
    phone: optional(60),
    providerName: optional(limits.line.max),
  })
  .meta({ id: 'ServiceProposal' });

export const proposedSchema = z.object({ id: z.string(), moderation }).meta({ id: 'CatalogueProposalResult' });

/** What administrators write for a service (the key is kept when editing). */
export const serviceBodySchema = serviceFieldsSchema.meta({ id: 'ServiceDraft' });
export const roleBodySchema = roleFieldsSchema.meta({ id: 'LifeRoleDraft' });

/** A service as administrators see it: its state and residents' usefulness marks. */
export const adminServiceSchema = serviceSummarySchema
  .extend({ moderation, usefulPercent: z.number().nullable(), proposed: z.boolean(), roles: z.array(z.string()) })
  .meta({ id: 'AdminService' });
export const adminCatalogueSchema = z.object({ services: z.array(adminServiceSchema), roles: z.array(roleSchema) }).meta({ id: 'AdminServicesCatalogue' });

/** One service for its edit form (its fields as administrators write them), with residents' notes (no names). */
export const adminServiceViewSchema = z
  .object({
    service: z.object({
      id: z.string(),
      key: z.string(),
      title: z.string(),
      titleEn: z.string().nullable(),
      description: z.string(),
      demoText: z.boolean(),
      providerDepartmentId: z.string().nullable(),
      providerName: z.string().nullable(),
      onlineLink: z.string().nullable(),
      inPerson: z.string().nullable(),
      phone: z.string().nullable(),
      documents: z.array(z.string()),
      price: z.string().nullable(),
      timeLimit: z.string().nullable(),
      whoMayApply: z.string().nullable(),
      sourceUrl: z.string().nullable(),
      roles: z.array(z.string()),
      moderation,
      usefulCount: z.number(),
      notUsefulCount: z.number(),
    }),
    notes: z.array(z.object({ useful: z.boolean(), note: z.string(), at: z.string() })),
  })
  .meta({ id: 'AdminServiceView' });

export const importBodySchema = z
  .strictObject({ format: z.enum(['csv', 'json']), text: z.string().min(1).max(5_000_000), dryRun: z.boolean().default(false) })
  .meta({ id: 'ServicesImport' });
export const importResultSchema = z
  .object({ dryRun: z.boolean(), roles: z.number(), services: z.number(), problems: z.array(z.object({ at: z.string(), message: z.string() })) })
  .meta({ id: 'ServicesImportResult' });
