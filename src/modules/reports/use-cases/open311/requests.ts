import { and, desc, eq, gte, inArray, lt, notInArray, type SQL } from 'drizzle-orm';
import { authorize } from '../../../../core/auth/authorize.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { reports } from '../../db/schema.js';
import { open311MaxRequests, isOpen311Token, type Open311Query } from '../../domain/open311-request.js';
import { openStatuses } from '../../domain/report-rules.js';
import { canFileThroughOpen311 } from '../../policy-open311.js';
import { isPublicOrFiledWith, selectPublicReports, type PublicReportRow } from '../public/public-reports.js';
import { findApiKey } from './api-keys.js';

/**
 * The API key a reading client sent, if any: reading needs none, but with its key a client also sees
 * the reports it filed that the public does not see yet (on moderation, refused). A key that is
 * wrong or revoked is refused (403) rather than silently ignored.
 */
export async function readerKey(ctx: ModuleContext, apiKey: string | undefined): Promise<string | null> {
  if (!apiKey) return null;
  const key = await findApiKey(ctx.database.db, apiKey);
  authorize(canFileThroughOpen311({ sent: true, key: key ?? null }));
  return key!.id;
}

/**
 * GET Service Requests: by ids (in the order asked), or by service codes, statuses and the filing
 * window; newest first, at most 1,000 (the spec's cap). Reports the public cannot see are left out.
 */
export async function listOpen311Requests(ctx: ModuleContext, query: Open311Query, apiKeyId: string | null): Promise<PublicReportRow[]> {
  const visible = isPublicOrFiledWith(apiKeyId);
  const q = selectPublicReports(ctx.database.db);
  if (query.kind === 'ids') {
    const rows = await q.where(and(visible, inArray(reports.number, query.ids)));
    const byNumber = new Map(rows.map((r) => [r.number, r]));
    return query.ids.flatMap((id) => byNumber.get(id) ?? []);
  }
  const conds: SQL[] = [visible, gte(reports.createdAt, query.start), lt(reports.createdAt, query.end)];
  if (query.serviceCodes) conds.push(inArray(reports.reasonId, query.serviceCodes));
  // both statuses (or none) mean all
  if (query.statuses?.length === 1)
    conds.push(query.statuses[0] === 'open' ? inArray(reports.status, [...openStatuses]) : notInArray(reports.status, [...openStatuses]));
  return q
    .where(and(...conds))
    .orderBy(desc(reports.createdAt), desc(reports.number))
    .limit(open311MaxRequests);
}

/** GET Service Request: one report by its number; 404 when there is none the caller may see. */
export async function getOpen311Request(ctx: ModuleContext, id: string, apiKeyId: string | null): Promise<PublicReportRow> {
  const number = /^\d{1,15}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(number) || number < 1) throw new AppError(404, 'open311_request_not_found', { id: id.slice(0, 20) });
  const [row] = await selectPublicReports(ctx.database.db)
    .where(and(isPublicOrFiledWith(apiKeyId), eq(reports.number, number)))
    .limit(1);
  if (!row) throw new AppError(404, 'open311_request_not_found', { id });
  return row;
}

/**
 * GET service_request_id from a token: the token a POST returned names its report, whatever its
 * status (only the client that filed it knows the token; the number alone reveals nothing). 404 otherwise.
 */
export async function resolveOpen311Token(ctx: ModuleContext, token: string): Promise<{ number: number; token: string }> {
  if (!isOpen311Token(token)) throw new AppError(404, 'open311_token_not_found');
  const [row] = await ctx.database.db.select({ number: reports.number }).from(reports).where(eq(reports.open311Token, token)).limit(1);
  if (!row) throw new AppError(404, 'open311_token_not_found');
  return { number: row.number, token };
}
