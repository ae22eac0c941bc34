import fs from 'node:fs';
import { inArray } from 'drizzle-orm';
import { appendAudit } from '../../../core/audit/audit.js';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { departments } from '../../../core/city/schema.js';
import { readCsv } from '../../../core/csv/csv.js';
import { AppError, zodFields } from '../../../core/http/errors.js';
import { t, type Language } from '../../../core/i18n/i18n.js';
import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { lifeRoles } from '../db/schema.js';
import {
  readServiceCsv,
  readServiceJson,
  roleFieldsSchema,
  serviceFieldsSchema,
  serviceProblem,
  type RoleFields,
  type ServiceFields,
} from '../domain/services.js';
import { canAdministerServices } from '../policy.js';
import { saveRole, saveService } from './save-catalogue.js';

/** What an import did (or, in a dry run, would do); problems name their line (CSV) or item (JSON). */
export interface ServiceImportSummary {
  dryRun: boolean;
  roles: number;
  services: number;
  problems: { at: string; message: string }[];
}

/** Reads an import file for the CLI; a missing or unreadable file is a 400 that names it. */
export function readServicesFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError(400, 'services_import_file_missing', { file, detail: code ?? String(err) });
  }
}

/**
 * Loads life roles and services from CSV (services, with their roles' keys) or JSON (`{roles, services}`), upserting
 * by key — docs/services-import.md. All or nothing: every item is checked first (fields, a way to get the service, the
 * roles and departments it names, in the file or already there); with any problem nothing is written and the 400
 * lists them by line or item. `command_line` is the operator running `gorod services import`; `demo` the demo seed.
 */
export async function importServices(
  ctx: ModuleContext,
  actor: Actor | 'command_line' | 'demo',
  text: string,
  opts: { format: 'csv' | 'json'; dryRun: boolean; lang: Language },
  progress: Progress = () => {},
): Promise<ServiceImportSummary> {
  if (typeof actor !== 'string') authorize(actor, canAdministerServices(actor));
  const lang = opts.lang;
  let reading;
  if (opts.format === 'csv') {
    const csv = readCsv(text);
    if (!csv.ok) throw new AppError(400, `services_import_csv_${csv.problem.code}`, { line: csv.problem.line });
    reading = readServiceCsv(csv.records);
  } else reading = readServiceJson(text);
  if (!reading.ok) throw new AppError(400, reading.code, reading.params);
  progress(`items read: ${reading.items.length}`);

  const db = ctx.database.db;
  const where = (kind: 'role' | 'service', at: number) =>
    opts.format === 'csv' ? t(lang, 'error.services_import_line', { line: at }) : t(lang, `error.services_import_${kind}_item`, { n: at });
  const problems: { at: string; message: string }[] = [];
  const roles: RoleFields[] = [];
  const services: { fields: ServiceFields; at: number }[] = [];
  const seenKeys = new Set<string>();
  for (const item of reading.items) {
    const schema = item.kind === 'role' ? roleFieldsSchema : serviceFieldsSchema;
    const parsed = schema.safeParse(item.values);
    if (!parsed.success) {
      for (const message of Object.values(zodFields(lang, parsed.error.issues))) problems.push({ at: where(item.kind, item.at), message });
      continue;
    }
    const key = `${item.kind}:${parsed.data.key}`;
    if (seenKeys.has(key)) {
      problems.push({ at: where(item.kind, item.at), message: t(lang, 'error.services_import_key_twice', { key: parsed.data.key }) });
      continue;
    }
    seenKeys.add(key);
    if (item.kind === 'role') roles.push(parsed.data as RoleFields);
    else {
      const fields = parsed.data as ServiceFields;
      const problem = serviceProblem(fields);
      if (problem) problems.push({ at: where('service', item.at), message: t(lang, `error.${problem.code}`) });
      else services.push({ fields, at: item.at });
    }
  }
  // what services name must be in the file or already in the catalogue
  const roleKeys = new Set(roles.map((r) => r.key));
  const named = [...new Set(services.flatMap((s) => s.fields.roles))].filter((k) => !roleKeys.has(k));
  if (named.length) for (const r of await db.select({ key: lifeRoles.key }).from(lifeRoles).where(inArray(lifeRoles.key, named))) roleKeys.add(r.key);
  const depIds = [...new Set(services.map((s) => s.fields.providerDepartmentId).filter((d): d is string => !!d))];
  const deps = new Set(
    depIds.length ? (await db.select({ id: departments.id }).from(departments).where(inArray(departments.id, depIds))).map((d) => d.id) : [],
  );
  for (const { fields: s, at: line } of services) {
    const at = where('service', line);
    const role = s.roles.find((k) => !roleKeys.has(k));
    if (role) problems.push({ at, message: t(lang, 'error.service_role_unknown', { role }) });
    if (s.providerDepartmentId && !deps.has(s.providerDepartmentId))
      problems.push({ at, message: t(lang, 'error.service_department_unknown', { department: s.providerDepartmentId }) });
  }
  const summary: ServiceImportSummary = { dryRun: opts.dryRun, roles: roles.length, services: services.length, problems };
  if (problems.length && !opts.dryRun) {
    const details = problems.map((p) => `${p.at}: ${p.message}`).join('\n');
    throw new AppError(400, 'services_import_invalid', { count: problems.length, details });
  }
  if (opts.dryRun) return summary;

  const now = new Date();
  await db.transaction(async (tx) => {
    for (const [i, r] of roles.entries()) {
      await saveRole(tx, r, { proposedBy: null, held: false, now });
      if ((i + 1) % 20 === 0 || i + 1 === roles.length) progress(`roles: ${i + 1}/${roles.length}`);
    }
    for (const [i, s] of services.entries()) {
      await saveService(tx, s.fields, { proposedBy: null, held: false, now });
      if ((i + 1) % 20 === 0 || i + 1 === services.length) progress(`services: ${i + 1}/${services.length}`);
    }
    if (actor !== 'demo')
      await appendAudit(tx, {
        actorId: actor === 'command_line' ? null : actor.userId,
        action: 'services.imported',
        subjectType: 'service',
        subjectId: null,
        data: { roles: roles.length, services: services.length },
      });
  });
  return summary;
}
