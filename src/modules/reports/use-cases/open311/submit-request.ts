import { authorize } from '../../../../core/auth/authorize.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import type { ReasonWithParents } from '../../db/classifier-queries.js';
import type { ReportRow } from '../../db/report-queries.js';
import { readSubmission, type FieldPairs, type Open311Problem } from '../../domain/open311-request.js';
import { canFileThroughOpen311 } from '../../policy-open311.js';
import { fileReport } from '../reports/file-report.js';
import { findApiKey, touchApiKey } from './api-keys.js';
import { getOpen311Service } from './services.js';

/** A 400 naming the Open311 field at fault, with a message `error.<code>`. */
export function open311FieldError(field: string, code: string, params: Record<string, string | number> = {}): AppError {
  return new AppError(400, code, params, { [field]: { key: `error.${code}`, params } });
}

/** A 400 listing every problem of a request, each naming its field. */
export function open311ProblemError(problems: Open311Problem[]): AppError {
  const fields = new Map<string, { key: string; params?: Record<string, string | number> }>();
  for (const p of problems)
    if (!fields.has(p.field)) fields.set(p.field, { key: `open311.problem.${p.problem}`, params: 'days' in p && p.days ? { days: p.days } : {} });
  return new AppError(400, 'open311_invalid_request', {}, Object.fromEntries(fields));
}

/**
 * POST Service Request: a client with a current API key files a report that goes through the same
 * checks and lifecycle as one filed on the web (`fileReport` with source `open311`): on moderation
 * first, then to the department. Attributes fill the reason's extra fields; `phone`, `email` and the
 * name become the report's private contact fields (never shown publicly, never echoed back);
 * `media_url` is kept as a link and satisfies "photo required" — the server never fetches it.
 * 403 for a missing, unknown or revoked key; 404 for an unknown service; 400 for the rest.
 */
export async function submitOpen311Request(
  ctx: ModuleContext,
  pairs: FieldPairs,
  queryApiKey?: string,
): Promise<{ report: ReportRow; reason: ReasonWithParents; token: string }> {
  // the key first: a client without one learns nothing else (some clients put it in the query string)
  const apiKey = pairs.find(([name, value]) => name === 'api_key' && value.trim())?.[1].trim() ?? queryApiKey?.trim() ?? '';
  const key = apiKey ? await findApiKey(ctx.database.db, apiKey) : undefined;
  authorize(canFileThroughOpen311({ sent: Boolean(apiKey), key: key ?? null }));
  const read = readSubmission(pairs);
  if (!read.ok) throw open311ProblemError(read.problems);
  const s = read.value;
  const reason = await getOpen311Service(ctx, s.serviceCode ?? '');
  // a place on the map is what routing, the district and the deadline need; the server geocodes nothing
  if (s.lat === null || s.long === null) throw open311FieldError('lat', 'open311_coordinates_required');

  const extra: Record<string, string> = {};
  const fields = new Set<string>(reason.extraFields.map((f) => f.name));
  for (const [code, values] of s.attributes) {
    if (!fields.has(code)) throw open311FieldError(`attribute[${code}]`, 'open311_attribute_unknown', { code });
    if (values.length > 1) throw open311FieldError(`attribute[${code}]`, 'open311_attribute_single', { code });
    extra[code] = values[0]!;
  }
  if (s.phone && !extra.phone) extra.phone = s.phone;
  const name = [s.firstName, s.lastName].filter(Boolean).join(' ');

  const report = await fileReport(
    ctx,
    { apiKeyId: key!.id, email: s.email ?? undefined, name: name || undefined },
    {
      reasonId: reason.id,
      lat: s.lat,
      lon: s.long,
      address: s.addressString ?? undefined,
      description: s.description ?? '',
      extra,
      mediaUrl: s.mediaUrl ?? undefined,
    },
    'open311',
  );
  await touchApiKey(ctx.database.db, key!.id);
  if (!report.open311Token) throw new Error(`report ${report.number} was filed through Open311 without a token`);
  return { report, reason, token: report.open311Token };
}
