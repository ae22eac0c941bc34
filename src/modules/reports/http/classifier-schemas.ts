import { z } from 'zod';
import { isMonthDay } from '../domain/classifier-season.js';
import { isReasonDepartmentKind } from '../domain/classifier-departments.js';

export const locationKinds = ['building', 'street', 'near_building'] as const;
export const extraFieldNames = ['stairs', 'apartment', 'floor', 'phone'] as const;

const intId = z.coerce.number().int().positive().max(2_000_000_000);
export const intIdParamsSchema = z.object({ id: intId });

const nameRu = z.string().trim().min(1).max(300);
const nameEn = z.string().trim().max(300).nullable();
// the custom messages are message keys (error model: a custom issue's message is looked up)
const monthDay = z.string().refine(isMonthDay, { message: 'field.classifier_month_day' });
const days = z.number().int().min(0).max(60);
const extraFields = z
  .array(z.strictObject({ name: z.enum(extraFieldNames), required: z.boolean() }))
  .max(extraFieldNames.length)
  .refine((fields) => new Set(fields.map((f) => f.name)).size === fields.length, { message: 'field.classifier_extra_fields_unique' });
const departmentKind = z.string().refine(isReasonDepartmentKind, { message: 'field.classifier_department_kind' }).nullable();

export const extraFieldSchema = z.object({ name: z.enum(extraFieldNames), required: z.boolean() });

/** What anyone may know about a reason (also Open311's service definition source). */
export const reasonPublicSchema = z.object({
  id: z.number().int(),
  categoryId: z.number().int(),
  nameRu: z.string(),
  nameEn: z.string().nullable(),
  helpText: z.string(),
  description: z.string(),
  photoRequired: z.boolean(),
  extraFields: z.array(extraFieldSchema),
  locationKind: z.enum(locationKinds),
  seasonFrom: z.string().nullable(),
  seasonTo: z.string().nullable(),
  seasonMessage: z.string().nullable(),
  inSeason: z.boolean(),
  verifiedRequired: z.boolean(),
  premoderationDays: z.number().int(),
  resolutionDays: z.number().int(),
  answerModerationDays: z.number().int(),
  departmentKind: z.string().nullable(),
  isPublic: z.boolean(),
  archived: z.boolean(),
});

const parentSchema = z.object({ id: z.number().int(), nameRu: z.string(), nameEn: z.string().nullable(), archived: z.boolean() });
export const reasonWithParentsSchema = reasonPublicSchema.extend({ category: parentSchema.extend({ objectId: z.number().int() }), object: parentSchema });

export const categorySchema = parentSchema.extend({ objectId: z.number().int(), position: z.number().int() });
export const objectSchema = parentSchema.extend({ position: z.number().int() });

export const treeQuerySchema = z.object({ all: z.enum(['0', '1']).optional() });
export const treeSchema = z.object({
  objects: z.array(objectSchema.extend({ categories: z.array(categorySchema.extend({ reasons: z.array(reasonPublicSchema) })) })),
});

export const searchQuerySchema = z.object({ q: z.string().max(200), limit: z.coerce.number().int().min(1).max(50).default(20) });
export const searchResultSchema = z.object({
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
});

const reasonFields = {
  nameRu,
  nameEn,
  helpText: z.string().trim().max(2000),
  description: z.string().trim().max(20_000),
  photoRequired: z.boolean(),
  extraFields,
  locationKind: z.enum(locationKinds),
  seasonFrom: monthDay.nullable(),
  seasonTo: monthDay.nullable(),
  seasonMessage: z.string().trim().max(1000).nullable(),
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
const departmentRefSchema = z.object({ id: z.string(), nameRu: z.string(), nameEn: z.string(), kind: z.string(), districtId: z.string().nullable() });
export const routingRuleSchema = z.object({
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
});
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
export const routingResolveSchema = z.object({ department: departmentRefSchema.nullable() });

// Dictionaries
export const rejectionReasonSchema = z.object({
  id: z.number().int(),
  textRu: z.string(),
  textEn: z.string(),
  position: z.number().int(),
  active: z.boolean(),
});
const rejectionFields = {
  textRu: z.string().trim().min(3).max(500),
  textEn: z.string().trim().min(3).max(500),
  position: z.number().int().min(0).max(10_000),
  active: z.boolean(),
};
export const rejectionCreateSchema = z.strictObject(rejectionFields).partial().required({ textRu: true, textEn: true });
export const rejectionPatchSchema = z.strictObject(rejectionFields).partial();
export const rejectionListQuerySchema = z.object({ all: z.enum(['0', '1']).optional() });

export const answerTemplateSchema = z.object({
  id: z.number().int(),
  departmentId: z.string().nullable(),
  title: z.string(),
  text: z.string(),
  createdAt: z.string(),
});
const templateFields = {
  departmentId: z.string().min(1).max(64).nullable(),
  title: z.string().trim().min(1).max(200),
  text: z.string().trim().min(1).max(5000),
};
export const templateCreateSchema = z.strictObject(templateFields).partial({ departmentId: true });
export const templatePatchSchema = z.strictObject({ title: templateFields.title, text: templateFields.text }).partial();
export const templateListQuerySchema = z.object({ departmentId: z.string().max(64).optional() });

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

// Departments (administrators edit contacts and the head)
const contact = (max: number) => z.string().trim().max(max).nullable();
export const departmentPatchSchema = z.strictObject({
  phone: contact(60)
    .refine((v) => v === null || v === '' || /^[+\d][\d\s()\-–]{4,40}(\s*(доб\.|ext\.?)\s*\d{1,6})?$/i.test(v), { message: 'field.department_phone' })
    .optional(),
  email: z.union([z.email().max(200), z.literal(''), z.null()]).optional(),
  address: contact(300).optional(),
  website: z.union([z.url({ protocol: /^https?$/ }).max(300), z.literal(''), z.null()]).optional(),
  headUserId: z.uuid().nullable().optional(),
});
