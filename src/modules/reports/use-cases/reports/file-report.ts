import { and, count, eq, gte, sql } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { AppError } from '../../../../core/http/errors.js';
import { cleanLine, cleanName, cleanText, textLength } from '../../../../core/text/text.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { localDay } from '../../../../core/time/calendar.js';
import { zonedToUtc } from '../../../../core/time/time.js';
import { districtAt } from '../../../city/index.js';
import { applyCellDelta } from '../../db/cells.js';
import { findReason, isReasonActive } from '../../db/classifier-queries.js';
import type { ReportRow } from '../../db/report-queries.js';
import { reports } from '../../db/schema.js';
import { inSeason } from '../../domain/classifier-season.js';
import { deadlinesFor } from '../../domain/deadlines.js';
import { addressMax, checkExtra, descriptionLimits, isAcceptableMediaUrl, maxPhotos } from '../../domain/report-rules.js';
import { canFileReasonThroughOpen311 } from '../../policy-open311.js';
import { canFileReport } from '../../policy.js';
import { routeReport } from '../classifier/route-report.js';
import { addHistory, calendarOf, checkOwnPhotos, emitReportEvent, linkPhotos, reportFieldError } from './common.js';
import crypto from 'node:crypto';
import { reportCreated } from '../../events.js';

/** Who files: a signed-in person on the web, or an Open311 client with its API key (and the contact it passed on). */
export type Filer = { actor: Actor } | { apiKeyId: string; email?: string | undefined; name?: string | undefined };

export interface NewReport {
  reasonId: number;
  lat: number;
  lon: number;
  address?: string | undefined;
  description: string;
  extra?: Record<string, string> | undefined;
  photoIds?: string[] | undefined;
  /** An Open311 client's photo link: satisfies "photo required", kept as a link, never fetched. */
  mediaUrl?: string | undefined;
}

/** How many reports one resident may file per day (city time): REPORTS_DAILY_LIMIT. */
export function dailyReportLimit(ctx: ModuleContext): number {
  return ctx.config.reportsDailyLimit;
}

/**
 * Files a report. Everything is checked before anything is written — the place is inside the city,
 * the reason exists, is not archived and is in season, the photos the reason requires are there (an
 * Open311 media URL counts), the extra fields it asks for are filled, the filer is verified when the
 * reason says so, and the resident's daily limit is not reached — each refusal a 4xx with a message
 * in the caller's language. Then one transaction inserts the report, links the photos, starts the
 * history, counts it on the map grid and emits `report.created`.
 */
export async function fileReport(ctx: ModuleContext, filer: Filer, input: NewReport, source: 'web' | 'open311'): Promise<ReportRow> {
  const db = ctx.database.db;
  const now = new Date();
  const actor = 'actor' in filer ? filer.actor : null;
  if (actor) authorize(actor, canFileReport(actor));
  const userId = actor?.kind === 'user' ? actor.userId : null;

  if (!Number.isFinite(input.lat) || input.lat < -90 || input.lat > 90) throw reportFieldError('lat', 'report_coordinates_invalid');
  if (!Number.isFinite(input.lon) || input.lon < -180 || input.lon > 180) throw reportFieldError('lon', 'report_coordinates_invalid');

  // cleaned here too: an Open311 client's text comes through no input schema
  const description = cleanText(input.description ?? '');
  if (textLength(description) < descriptionLimits.min) throw reportFieldError('description', 'report_description_short', { min: descriptionLimits.min });
  if (textLength(description) > descriptionLimits.max) throw reportFieldError('description', 'report_description_long', { max: descriptionLimits.max });
  const address = cleanLine(input.address ?? '');
  if (textLength(address) > addressMax) throw reportFieldError('address', 'report_address_long', { max: addressMax });

  const district = await districtAt(db, input.lon, input.lat);
  if (!district) throw reportFieldError('lat', 'report_outside_city');

  const reason = await findReason(db, input.reasonId);
  if (!reason || !reason.isPublic) throw reportFieldError('reasonId', 'report_reason_unknown');
  if (!isReasonActive(reason)) throw reportFieldError('reasonId', 'report_reason_archived', { reason: reason.nameRu });
  authorize(actor ? canFileReport(actor, reason) : canFileReasonThroughOpen311(reason));
  const today = localDay(now, ctx.config.cityTimezone);
  if (!inSeason(reason, today)) {
    throw reportFieldError('reasonId', 'report_out_of_season', {
      from: dayMonth(reason.seasonFrom),
      to: dayMonth(reason.seasonTo),
      message: reason.seasonMessage ?? '',
    });
  }

  const extra = checkExtra(reason.extraFields, input.extra, { allowContact: !actor });
  if (!extra.ok) throw reportFieldError(`extra.${extra.field}`, `report_${extra.problem}`, {}, `report.field.${extra.problem}`);
  const extraValues = extra.values;
  if (!actor && 'apiKeyId' in filer) {
    if (filer.email) extraValues.contactEmail = filer.email.slice(0, 100);
    if (filer.name) extraValues.contactName = Array.from(cleanName(filer.name)).slice(0, 100).join('');
  }

  let mediaUrl: string | null = null;
  if (input.mediaUrl) {
    if (!isAcceptableMediaUrl(input.mediaUrl)) throw reportFieldError('mediaUrl', 'report_media_url_invalid');
    mediaUrl = input.mediaUrl;
  }
  const photoIds = input.photoIds ?? [];
  if (photoIds.length > maxPhotos) throw reportFieldError('photoIds', 'report_photos_too_many', { max: maxPhotos });
  if (photoIds.length && !userId) throw reportFieldError('photoIds', 'report_photo_unknown');
  if (reason.photoRequired && !photoIds.length && !mediaUrl) throw reportFieldError('photoIds', 'report_photo_required');

  const departmentId = await routeReport(db, { reasonId: reason.id, categoryId: reason.categoryId, districtId: district.id });
  const deadlines = deadlinesFor('moderation', now, reason, { dueAt: null, resolutionDueAt: null }, await calendarOf(ctx), ctx.config.cityTimezone);
  const limit = dailyReportLimit(ctx);

  const row = await db.transaction(async (tx) => {
    if (userId) {
      // one filing at a time per person: the daily count and the photos' "not attached yet" hold under concurrency
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`reports.file:${userId}`}))`);
      const [y, m, d] = today.split('-').map(Number) as [number, number, number];
      const since = zonedToUtc(y, m, d, 0, ctx.config.cityTimezone);
      const [filed] = await tx
        .select({ n: count() })
        .from(reports)
        .where(and(eq(reports.reporterId, userId), gte(reports.createdAt, since)));
      if (Number(filed?.n ?? 0) >= limit) throw new AppError(429, 'report_daily_limit', { limit });
      await checkOwnPhotos(tx, userId, photoIds, now);
    }
    const [inserted] = await tx
      .insert(reports)
      .values({
        reasonId: reason.id,
        districtId: district.id,
        departmentId,
        lat: input.lat,
        lon: input.lon,
        address: address || null,
        description,
        extra: extraValues,
        reporterId: userId,
        status: 'moderation',
        statusChangedAt: now,
        dueAt: deadlines.dueAt,
        resolutionDueAt: deadlines.resolutionDueAt,
        source,
        apiKeyId: 'apiKeyId' in filer ? filer.apiKeyId : null,
        open311Token: source === 'open311' ? crypto.randomBytes(12).toString('base64url') : null,
        mediaUrl,
        createdAt: now,
      })
      .returning();
    const report = inserted!;
    await linkPhotos(tx, report.id, photoIds, 'report');
    await addHistory(tx, {
      reportId: report.id,
      actorId: userId,
      actorRole: userId ? 'resident' : 'api',
      action: 'filed',
      toStatus: 'moderation',
      departmentId,
      at: now,
    });
    await applyCellDelta(tx, { lat: report.lat, lon: report.lon, status: report.status, categoryId: reason.categoryId, createdAt: report.createdAt }, 1);
    await emitReportEvent(tx, reportCreated, userId, report, reason);
    return report;
  });
  ctx.jobs.kick();
  return row;
}

/** `MM-DD` as `DD.MM` for messages. */
function dayMonth(md: string | null): string {
  if (!md) return '';
  return `${md.slice(3, 5)}.${md.slice(0, 2)}`;
}
