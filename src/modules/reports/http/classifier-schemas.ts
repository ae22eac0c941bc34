import { z } from 'zod';
import { lineSchema, nameSchema, textSchema } from '../../../core/text/schemas.js';
import { isReasonDepartmentKind } from '../domain/classifier-departments.js';
import { extraFieldNames, locationKinds } from '../domain/classifier-rules.js';
import { isMonthDay } from '../domain/classifier-season.js';

/** Ids of the classifier's serial (int4) columns. */
const intId = z.coerce.number().int().min(1).max(2_147_483_647);
export const intIdParamsSchema = z.object({ id: intId });

const nameRu = nameSchema(1, 300);
const nameEn = nameSchema(0, 300).nullable();
// the custom messages are message keys (error model: a custom issue's message is looked up)
const monthDay = z.string().refine(isMonthDay, { message: 'field.classifier_month_day' });
const days = z.number().int().min(0).max(60);
const extraFields = z
  .array(z.strictObject({ name: z.enum(extraFieldNames), required: z.boolean() }))
  .max(extraFieldNames.length)
  .refine((fields) => new Set(fields.map((f) => f.name)).size === fields.length, { message: 'field.classifier_extra_fields_unique' });
const departmentKind = z.string().refine(isReasonDepartmentKind, { message: 'field.classifier_department_kind' }).nullable();

export const extraFieldSchema = z.object({ name: z.enum(extraFieldNames), required: z.boolean() }).meta({ id: 'ClassifierExtraField' });

/** What anyone may know about a reason (also Open311's service definition source). */
const reasonPublicFields = {
  id: z.number().int(),
  categoryId: z.number().int(),
  nameRu: z.string(),
  nameEn: z.string().nullable(),
  helpText: z.string(),
  /** The help text in English when the shipped translations have it (null when an administrator rewrote it). */
  helpTextEn: z.string().nullable(),
  description: z.string(),
  /** The description in English when the shipped translations have it (null when an administrator rewrote it). */
  descriptionEn: z.string().nullable(),
  photoRequired: z.boolean(),
  extraFields: z.array(extraFieldSchema),
  locationKind: z.enum(locationKinds),
  seasonFrom: z.string().nullable(),
  seasonTo: z.string().nullable(),
  seasonMessage: z.string().nullable(),
  seasonMessageEn: z.string().nullable(),
  inSeason: z.boolean(),
  verifiedRequired: z.boolean(),
  premoderationDays: z.number().int(),
  resolutionDays: z.number().int(),
  answerModerationDays: z.number().int(),
  departmentKind: z.string().nullable(),
  isPublic: z.boolean(),
  archived: z.boolean(),
};
export const reasonPublicSchema = z.object(reasonPublicFields).meta({ id: 'ClassifierReason' });

const parentFields = { id: z.number().int(), nameRu: z.string(), nameEn: z.string().nullable(), archived: z.boolean() };
export const reasonWithParentsSchema = z
  .object({
    ...reasonPublicFields,
    category: z.object({ ...parentFields, objectId: z.number().int() }).meta({ id: 'ClassifierReasonCategory' }),
    object: z.object(parentFields).meta({ id: 'ClassifierReasonObject' }),
  })
  .meta({ id: 'ClassifierReasonDetails' });

const categoryFieldsOut = { ...parentFields, objectId: z.number().int(), position: z.number().int() };
const objectFieldsOut = { ...parentFields, position: z.number().int() };
export const categorySchema = z.object(categoryFieldsOut).meta({ id: 'ClassifierCategory' });
export const objectSchema = z.object(objectFieldsOut).meta({ id: 'ClassifierObject' });

export const treeQuerySchema = z.object({ all: z.enum(['0', '1']).optional() });
export const treeSchema = z
  .object({
    objects: z.array(
      z
        .object({
          ...objectFieldsOut,
          categories: z.array(z.object({ ...categoryFieldsOut, reasons: z.array(reasonPublicSchema) }).meta({ id: 'ClassifierTreeCategory' })),
        })
        .meta({ id: 'ClassifierTreeObject' }),
    ),
  })
  .meta({ id: 'ClassifierTree' });

export const searchQuerySchema = z.object({ q: lineSchema(0, 200), limit: z.coerce.number().int().min(1).max(50).default(20) });
export const searchResultSchema = z
  .object({
    items: z.array(
      z.object({
        reason: reasonPublicSchema,
        categoryId: z.number().int(),
        categoryNameRu: z.string(),
        categoryNameEn: z.string().nullable(),
        objectId: z.number().int(),
        objectNameRu: z.string(),
        objectNameEn: z.string().nullable(),
        rank: z.number(),
      }),
    ),
  })
  .meta({ id: 'ClassifierSearchResult' });

const reasonFields = {
  nameRu,
  nameEn,
  helpText: textSchema(0, 2000),
  description: textSchema(0, 20_000),
  photoRequired: z.boolean(),
  extraFields,
  locationKind: z.enum(locationKinds),
  seasonFrom: monthDay.nullable(),
  seasonTo: monthDay.nullable(),
  seasonMessage: textSchema(0, 1000).nullable(),
  verifiedRequired: z.boolean(),
  premoderationDays: days,
  resolutionDays: days,
  answerModerationDays: days,
  departmentKind,
  isPublic: z.boolean(),
  archived: z.boolean(),
  categoryId: intId,
};
export const reasonPatchSchema = z.strictObject(reasonFields).partial();
export const reasonCreateSchema = z.strictObject(reasonFields).partial().required({ nameRu: true, categoryId: true });
export type ReasonPatch = z.infer<typeof reasonPatchSchema>;

const categoryFields = { nameRu, nameEn, position: z.number().int().min(0).max(10_000), archived: z.boolean(), objectId: intId };
export const categoryPatchSchema = z.strictObject(categoryFields).partial();
export const categoryCreateSchema = z.strictObject(categoryFields).partial().required({ nameRu: true, objectId: true });
export type CategoryPatch = z.infer<typeof categoryPatchSchema>;

const objectFields = { nameRu, nameEn, position: z.number().int().min(0).max(10_000), archived: z.boolean() };
export const objectPatchSchema = z.strictObject(objectFields).partial();
export const objectCreateSchema = z.strictObject(objectFields).partial().required({ nameRu: true });
export type ObjectPatch = z.infer<typeof objectPatchSchema>;

// Routing
const departmentRefSchema = z
  .object({ id: z.string(), nameRu: z.string(), nameEn: z.string(), kind: z.string(), districtId: z.string().nullable() })
  .meta({ id: 'RoutingDepartment' });
export const routingRuleSchema = z
  .object({
    id: z.number().int(),
    reasonId: z.number().int().nullable(),
    categoryId: z.number().int().nullable(),
    districtId: z.string().nullable(),
    departmentId: z.string(),
    reasonNameRu: z.string().nullable(),
    categoryNameRu: z.string().nullable(),
    districtNameRu: z.string().nullable(),
    departmentNameRu: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'RoutingRule' });
export const routingRuleListSchema = z.object({ items: z.array(routingRuleSchema) }).meta({ id: 'RoutingRuleList' });
export const routingListQuerySchema = z.object({
  departmentId: z.string().max(64).optional(),
  districtId: z.string().max(64).optional(),
  reasonId: intId.optional(),
  categoryId: intId.optional(),
});
export const routingCreateSchema = z
  .strictObject({
    reasonId: intId.nullable().optional(),
    categoryId: intId.nullable().optional(),
    districtId: z.string().min(1).max(64).nullable().optional(),
    departmentId: z.string().min(1).max(64),
  })
  .refine((r) => !(r.reasonId && r.categoryId), { message: 'field.routing_reason_or_category', path: ['categoryId'] });
export const routingResolveQuerySchema = z.object({ reasonId: intId, districtId: z.string().min(1).max(64).optional() });
export const routingResolveSchema = z.object({ department: departmentRefSchema.nullable() }).meta({ id: 'RoutingResolution' });

// Dictionaries
export const rejectionReasonSchema = z
  .object({
    id: z.number().int(),
    textRu: z.string(),
    textEn: z.string(),
    position: z.number().int(),
    active: z.boolean(),
  })
  .meta({ id: 'RejectionReason' });
export const rejectionReasonListSchema = z.object({ items: z.array(rejectionReasonSchema) }).meta({ id: 'RejectionReasonList' });
const rejectionFields = {
  textRu: textSchema(3, 500),
  textEn: textSchema(3, 500),
  position: z.number().int().min(0).max(10_000),
  active: z.boolean(),
};
export const rejectionCreateSchema = z.strictObject(rejectionFields).partial().required({ textRu: true, textEn: true });
export const rejectionPatchSchema = z.strictObject(rejectionFields).partial();
export const rejectionListQuerySchema = z.object({ all: z.enum(['0', '1']).optional() });

export const answerTemplateSchema = z
  .object({
    id: z.number().int(),
    departmentId: z.string().nullable(),
    title: z.string(),
    text: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'AnswerTemplate' });
export const answerTemplateListSchema = z.object({ items: z.array(answerTemplateSchema) }).meta({ id: 'AnswerTemplateList' });
const templateFields = {
  departmentId: z.string().min(1).max(64).nullable(),
  title: lineSchema(1, 200),
  text: textSchema(1, 5000),
};
export const templateCreateSchema = z.strictObject(templateFields).partial({ departmentId: true });
export const templatePatchSchema = z.strictObject({ title: templateFields.title, text: templateFields.text }).partial();
export const templateListQuerySchema = z.object({ departmentId: z.string().max(64).optional() });
