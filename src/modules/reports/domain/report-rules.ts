import { cleanLine, textLength } from '../../../core/text/text.js';
import type { ExtraField } from './classifier-rules.js';
import type { ReportAction, ReportStatus } from './lifecycle.js';

/** Limits on what a resident files (in characters as people count them: an emoji is one). */
export const descriptionLimits = { min: 10, max: 2000 } as const;
/** Longest address a report may carry. */
export const addressMax = 300;
export const maxPhotos = 5;
/** Photos must be attached within this many hours of their upload. */
export const photoMaxAgeHours = 24;
/** How far "the same place" reaches when looking for reports to join instead of filing a duplicate. */
export const nearbyMeters = 50;
/** Days the resident has to confirm or dispute a published answer before the report closes by itself. */
export const confirmWindowDays = 15;
/** Longest value of an extra field (entrance, apartment, floor, phone). */
export const extraValueMax = 100;
/** The answer's (and a dispute's) limits. */
export const answerLimits = { min: 10, max: 4000 } as const;
/** A staff note's limits: `min` when the action requires one (not competent, return an answer, redirect), optional notes may be empty. */
export const noteLimits = { min: 3, max: 2000 } as const;

/** An Open311 client's API key is named for the administrators who manage it. */
export const apiKeyNameLimits = { min: 1, max: 100 } as const;

/** Extra fields that are personal: never shown publicly, only to the department's officials and moderators. */
export const privateExtraKeys: readonly string[] = ['phone', 'contactName', 'contactEmail'];

/** Statuses Open311 calls "open" (and in which a report can be joined with "me too"). */
export const openStatuses: readonly ReportStatus[] = ['moderation', 'sent', 'in_progress', 'answer_moderation', 'answered', 'reopened'];
/** Statuses in which a department holds the report and its resolution deadline runs. */
export const withDepartmentStatuses: readonly ReportStatus[] = ['sent', 'in_progress', 'reopened'];
/** Statuses an inbox shows by default: what the department holds, or answered and awaits moderation. */
export const inboxDefaultStatuses: readonly ReportStatus[] = [...withDepartmentStatuses, 'answer_moderation'];

export const isOpenStatus = (s: ReportStatus) => openStatuses.includes(s);

/** The site path of a report's card. */
export const reportPath = (number: number) => `/reports/${number}`;

/** A report's plain title for notifications and previews: `№ 123 · Яма на дороге`, in English `No. 123 · Pothole`. */
export const reportTitle = (number: number, reasonName: string, lang: 'ru' | 'en' = 'ru') => `${lang === 'en' ? 'No.' : '№'} ${number} · ${reasonName}`;

/** Both languages' titles of a report (the reason's English name when the classifier has one). */
export const reportTitles = (number: number, reason: { nameRu: string; nameEn?: string | null }) => ({
  title: reportTitle(number, reason.nameRu),
  titleEn: reportTitle(number, reason.nameEn || reason.nameRu, 'en'),
});

const phonePattern = /^\+?[0-9][0-9 ()-]{4,24}$/;

export type ExtraCheck =
  | { ok: true; values: Record<string, string> }
  | { ok: false; field: string; problem: 'extra_unknown' | 'extra_required' | 'extra_too_long' | 'extra_phone_invalid' };

/**
 * The extra fields a reason asks for, checked: only the reason's fields (plus the contact fields an
 * API client may send), required ones present, values short, a phone that looks like one. Empty
 * values are dropped.
 */
export function checkExtra(fields: readonly ExtraField[], extra: Record<string, string> | undefined, opts: { allowContact?: boolean } = {}): ExtraCheck {
  const values: Record<string, string> = {};
  const allowed = new Set<string>(fields.map((f) => f.name));
  if (opts.allowContact) for (const k of ['contactName', 'contactEmail', 'phone']) allowed.add(k);
  for (const [key, raw] of Object.entries(extra ?? {})) {
    if (!allowed.has(key)) return { ok: false, field: key, problem: 'extra_unknown' };
    const value = cleanLine(String(raw));
    if (!value) continue;
    if (textLength(value) > extraValueMax) return { ok: false, field: key, problem: 'extra_too_long' };
    if (key === 'phone' && !phonePattern.test(value)) return { ok: false, field: key, problem: 'extra_phone_invalid' };
    values[key] = value;
  }
  for (const f of fields) if (f.required && !values[f.name]) return { ok: false, field: f.name, problem: 'extra_required' };
  return { ok: true, values };
}

/** The extra fields anyone may see (no phone, no contacts). */
export function publicExtra(extra: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(extra).filter(([k]) => !privateExtraKeys.includes(k)));
}

/** Whether a media URL is one a client may give: http(s), no credentials, at most 1000 characters. The server never fetches it. */
export function isAcceptableMediaUrl(url: string): boolean {
  if (url.length > 1000) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password;
  } catch {
    return false;
  }
}

/** Statuses the public does not see: not yet checked by a moderator, or refused. */
export const unpublishedStatuses: readonly ReportStatus[] = ['moderation', 'rejected'];

/** Whether the public sees a report: past pre-moderation, not refused, not hidden by community moderation. */
export function isPublicReport(r: { status: ReportStatus; moderation: string }): boolean {
  return !unpublishedStatuses.includes(r.status) && r.moderation === 'visible';
}

/**
 * What a step of a report's life is for area subscribers: `answers` when a moderator publishes the department's
 * answer (the department's `answer` itself waits for that check, unseen); `reports` when a moderator's step takes a
 * report out of pre-moderation into public view (approve, or not the city's competence), so a held report is news
 * once, when published, and never while held; a duplicate is not: its original was. Anything else is no news.
 */
export function areaNewsOfStep(step: { action: ReportAction; from: ReportStatus | null; to: ReportStatus }): 'reports' | 'answers' | null {
  if (step.action === 'publish_answer') return 'answers';
  if (step.from === 'moderation' && !unpublishedStatuses.includes(step.to) && step.action !== 'duplicate') return 'reports';
  return null;
}
