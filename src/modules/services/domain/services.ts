import { z } from 'zod';
import type { CsvRecord } from '../../../core/csv/csv.js';
import { lineSchema, nameSchema, textSchema } from '../../../core/text/schemas.js';

/** Sizes the forms, the API and the import share. */
export const serviceLimits = {
  key: { max: 80 },
  roleName: { min: 2, max: 80 },
  roleDescription: { max: 600 },
  title: { min: 3, max: 300 },
  description: { min: 10, max: 4000 },
  line: { max: 300 },
  documents: { max: 30 },
  document: { max: 300 },
  roles: { max: 20 },
  note: { max: 1000 },
  icon: { max: 16 },
  position: { min: 0, max: 10_000 },
  /** Life roles a resident may choose in the profile. */
  myRoles: { max: 20 },
} as const;

/** A stable id for imports: lower-case Latin letters, digits and dashes (`parent`, `gu-188351`). */
export const keyPattern = /^[a-z0-9][a-z0-9-]*$/;
export const keySchema = z.string().trim().min(1).max(serviceLimits.key.max).regex(keyPattern, { message: 'field.service_key' });

const optionalLine = (max: number) =>
  lineSchema(0, max)
    .nullish()
    .transform((v) => (v ? v : null));
const urlSchema = z
  .union([z.url({ protocol: /^https?$/ }).max(serviceLimits.line.max), z.literal(''), z.null()])
  .optional()
  .transform((v) => (v ? v : null));

/** A life role as administrators and imports write it. */
export const roleFieldsSchema = z.strictObject({
  key: keySchema,
  nameRu: nameSchema(serviceLimits.roleName.min, serviceLimits.roleName.max),
  nameEn: nameSchema(serviceLimits.roleName.min, serviceLimits.roleName.max),
  icon: lineSchema(1, serviceLimits.icon.max),
  descriptionRu: textSchema(0, serviceLimits.roleDescription.max).default(''),
  descriptionEn: textSchema(0, serviceLimits.roleDescription.max).default(''),
  position: z.number().int().min(serviceLimits.position.min).max(serviceLimits.position.max).default(100),
  sourceUrl: urlSchema,
});
export type RoleFields = z.infer<typeof roleFieldsSchema>;

/** A service as administrators and imports write it; `roles` are life roles' keys. */
export const serviceFieldsSchema = z.strictObject({
  key: keySchema,
  title: lineSchema(serviceLimits.title.min, serviceLimits.title.max),
  titleEn: optionalLine(serviceLimits.title.max),
  description: textSchema(serviceLimits.description.min, serviceLimits.description.max),
  demoText: z.boolean().default(false),
  providerDepartmentId: z
    .string()
    .max(64)
    .nullish()
    .transform((v) => (v ? v : null)),
  providerName: optionalLine(serviceLimits.line.max),
  onlineLink: urlSchema,
  inPerson: optionalLine(serviceLimits.line.max),
  phone: optionalLine(60),
  documents: z.array(lineSchema(1, serviceLimits.document.max)).max(serviceLimits.documents.max).default([]),
  price: optionalLine(serviceLimits.line.max),
  timeLimit: optionalLine(serviceLimits.line.max),
  whoMayApply: optionalLine(serviceLimits.line.max),
  sourceUrl: urlSchema,
  roles: z.array(keySchema).min(1).max(serviceLimits.roles.max),
});
export type ServiceFields = z.infer<typeof serviceFieldsSchema>;

/** A rule a schema cannot express, as a problem naming its field. */
export interface ServiceProblem {
  field: string;
  code: string;
}

/** A service must say how to get it (online, in person or by phone), and name its provider at most once. */
export function serviceProblem(s: Pick<ServiceFields, 'onlineLink' | 'inPerson' | 'phone' | 'providerDepartmentId' | 'providerName'>): ServiceProblem | null {
  if (!s.onlineLink && !s.inPerson && !s.phone) return { field: 'onlineLink', code: 'service_no_way_to_get' };
  if (s.providerDepartmentId && s.providerName) return { field: 'providerName', code: 'service_one_provider' };
  return null;
}

/** The columns of a services CSV file (docs/services-import.md); `key`, `title`, `description` and `roles` are required. */
export const serviceCsvColumns = {
  key: 'key',
  title: 'title',
  title_en: 'titleEn',
  description: 'description',
  demo_text: 'demoText',
  provider_department: 'providerDepartmentId',
  provider_name: 'providerName',
  online_link: 'onlineLink',
  in_person: 'inPerson',
  phone: 'phone',
  documents: 'documents',
  price: 'price',
  time_limit: 'timeLimit',
  who_may_apply: 'whoMayApply',
  source_url: 'sourceUrl',
  roles: 'roles',
} as const;
const requiredColumns = ['key', 'title', 'description', 'roles'];

/** One record of an import, before its fields are checked: where it is in the file and what it says. */
export interface RawImportItem {
  kind: 'role' | 'service';
  /** The CSV line, or the item's number in the JSON file's list (1-based). */
  at: number;
  values: Record<string, unknown>;
}

/** A file that cannot be read as a whole (the answer names why); its lines are not looked at. */
export type ImportReading = { ok: true; items: RawImportItem[] } | { ok: false; code: string; params: Record<string, string | number> };

/** Splits a list cell (`a; b; c`) into its items, dropping empty ones. */
const listCell = (v: string) =>
  v
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/** Reads the records of a services CSV: the header names the columns (any order); lists are separated by `;`. */
export function readServiceCsv(records: CsvRecord[]): ImportReading {
  const [header, ...rows] = records;
  if (!header) return { ok: false, code: 'services_import_empty', params: {} };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const unknown = names.find((n) => !Object.hasOwn(serviceCsvColumns, n));
  if (unknown !== undefined) return { ok: false, code: 'services_import_unknown_column', params: { column: unknown.slice(0, 40) } };
  const missing = requiredColumns.find((c) => !names.includes(c));
  if (missing) return { ok: false, code: 'services_import_missing_column', params: { column: missing } };
  const items = rows.map((r): RawImportItem => {
    const values: Record<string, unknown> = {};
    names.forEach((n, i) => {
      const field = serviceCsvColumns[n as keyof typeof serviceCsvColumns];
      const cell = r.fields[i] ?? '';
      values[field] =
        field === 'documents' || field === 'roles' ? listCell(cell) : field === 'demoText' ? ['1', 'true', 'yes', 'да'].includes(cell.toLowerCase()) : cell;
    });
    return { kind: 'service', at: r.line, values };
  });
  return { ok: true, items };
}

/** Reads a JSON import: `{ "roles": [...], "services": [...] }`, each item numbered from 1 within its list. */
export function readServiceJson(text: string): ImportReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, code: 'services_import_not_json', params: {} };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, code: 'services_import_not_json', params: {} };
  const { roles = [], services = [], ...rest } = data as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) return { ok: false, code: 'services_import_unknown_column', params: { column: extra.slice(0, 40) } };
  if (!Array.isArray(roles) || !Array.isArray(services)) return { ok: false, code: 'services_import_not_json', params: {} };
  const item = (kind: RawImportItem['kind']) => (v: unknown, i: number) => ({
    kind,
    at: i + 1,
    values: typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {},
  });
  return { ok: true, items: [...roles.map(item('role')), ...services.map(item('service'))] };
}

/** The usefulness of a service as administrators read it: the share of residents who found it useful, in whole per cent. */
export function usefulPercent(useful: number, notUseful: number): number | null {
  const total = useful + notUseful;
  return total === 0 ? null : Math.round((useful * 100) / total);
}

/** Roles in the order a resident reads them: their own first (in the catalogue's order), then the rest. */
export function mineFirst<R extends { id: string; position: number; nameRu: string }>(roles: R[], mine: ReadonlySet<string>): R[] {
  const byOrder = (a: R, b: R) => a.position - b.position || a.nameRu.localeCompare(b.nameRu, 'ru');
  return [...roles.filter((r) => mine.has(r.id)).sort(byOrder), ...roles.filter((r) => !mine.has(r.id)).sort(byOrder)];
}
