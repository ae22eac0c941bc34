import { z } from 'zod';
import { lineSchema, nameSchema } from '../../../core/text/schemas.js';
import { departmentIdPattern, isDepartmentKind } from './department-rules.js';

/**
 * The fields of a department as administrators write them, in the form, the API and the CSV import
 * alike. An empty contact clears it.
 */
const phonePattern = /^[+\d][\d\s()\-–]{4,40}(\s*(доб\.|ext\.?)\s*\d{1,6})?$/i;
const contact = (max: number) => lineSchema(0, max).nullable();

export const departmentFieldSchemas = {
  nameRu: nameSchema(2, 200),
  nameEn: nameSchema(2, 200),
  kind: z.string().refine(isDepartmentKind, { message: 'field.department_kind' }),
  districtId: z.string().min(1).max(64).nullable(),
  phone: contact(60).refine((v) => v === null || v === '' || phonePattern.test(v), { message: 'field.department_phone' }),
  email: z.union([z.email().max(200), z.literal(''), z.null()]),
  address: contact(300),
  website: z.union([z.url({ protocol: /^https?$/ }).max(300), z.literal(''), z.null()]),
};

export const departmentIdSchema = z.string().max(64).regex(departmentIdPattern, { message: 'field.department_id' });

/**
 * A new department: names and kind required; the id is made from the name unless given. A head may be
 * chosen at once: an existing account, made an official of the new department.
 */
export const departmentCreateSchema = z
  .strictObject({ id: departmentIdSchema, ...departmentFieldSchemas, headUserId: z.uuid().nullable() })
  .partial({ id: true, districtId: true, phone: true, email: true, address: true, website: true, headUserId: true });
export type DepartmentCreateInput = z.infer<typeof departmentCreateSchema>;

/** A change to a department: any of its fields and its head (who must be an official of it). */
export const departmentPatchSchema = z.strictObject({ ...departmentFieldSchemas, headUserId: z.uuid().nullable() }).partial();
export type DepartmentPatchInput = z.infer<typeof departmentPatchSchema>;

/** One line of the CSV import (docs/departments-csv.md): the id is required, so a second import updates the same rows. */
export const departmentCsvRowSchema = z.strictObject({ id: departmentIdSchema, ...departmentFieldSchemas });
export type DepartmentCsvRow = z.infer<typeof departmentCsvRowSchema>;
