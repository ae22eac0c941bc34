import { t, type Language } from '../../../core/i18n/i18n.js';
import type { ReasonWithParents } from '../db/classifier-queries.js';
import { open311Status, w3cDateTime, type Open311Value } from '../domain/open311-format.js';
import { englishPhrase } from '../domain/classifier-english.js';
import { classifierPhrases } from '../use-cases/classifier/english-phrases.js';
import type { PublicReportRow } from '../use-cases/public/public-reports.js';

/** What every Open311 presenter needs: the language, the city's clock and the site's address. */
export interface Open311Context {
  lang: Language;
  timeZone: string;
  publicUrl: string;
}

const named = (lang: Language, ru: string, en: string | null) => (lang === 'en' && en ? en : ru);

/** The specification token of GeoReport v2 (discovery's `specification`). */
export const georeportV2 = 'http://wiki.open311.org/GeoReport_v2';

/** The discovery document (http://wiki.open311.org/Service_Discovery): one production endpoint, both formats. */
export function presentDiscovery(c: Open311Context, changeset: Date): Open311Value {
  const at = w3cDateTime(changeset, c.timeZone);
  return {
    changeset: at,
    contact: t(c.lang, 'open311.contact', { url: c.publicUrl }),
    key_service: t(c.lang, 'open311.key_service', { url: c.publicUrl }),
    endpoints: [{ specification: georeportV2, url: `${c.publicUrl}/open311/v2`, changeset: at, type: 'production', formats: ['text/xml', 'application/json'] }],
  };
}

/**
 * A reason as an Open311 service. `type` is `batch`: a POST answers with a token, which
 * `tokens/{token}` turns into the request's id (the report's public number).
 */
export function presentService(c: Open311Context, r: ReasonWithParents): Open311Value {
  const category = named(c.lang, r.category.nameRu, r.category.nameEn);
  return {
    service_code: String(r.id),
    service_name: named(c.lang, r.nameRu, r.nameEn),
    description: (c.lang === 'en' ? englishPhrase(classifierPhrases(), r.helpText || r.description) : null) ?? (r.helpText || r.description),
    metadata: r.extraFields.length > 0,
    type: 'batch',
    keywords: [named(c.lang, r.object.nameRu, r.object.nameEn), category].join(', '),
    group: category,
  };
}

/** A reason's service definition: its extra fields as attributes (text, in the order the reason lists them). */
export function presentServiceDefinition(c: Open311Context, r: ReasonWithParents): Open311Value {
  return {
    service_code: String(r.id),
    attributes: r.extraFields.map((f, i) => ({
      variable: true,
      code: f.name,
      datatype: 'string',
      required: f.required,
      datatype_description: t(c.lang, `open311.attribute_format.${f.name}`),
      order: i + 1,
      description: t(c.lang, `open311.attribute.${f.name}`),
    })),
  };
}

/** Why the report is where it is, in words: the rejection, the duplicate, the published answer, or the status. */
function statusNotes(c: Open311Context, r: PublicReportRow): string {
  if (r.status === 'rejected' && (r.rejectionTextRu || r.rejectionTextEn))
    return named(c.lang, r.rejectionTextRu ?? '', r.rejectionTextEn) || t(c.lang, 'open311.status.rejected');
  if (r.status === 'duplicate' && r.duplicateOfNumber) return t(c.lang, 'open311.notes.duplicate', { number: r.duplicateOfNumber });
  if ((r.status === 'answered' || r.status === 'closed') && r.answerPublishedAt && r.answerText) return r.answerText;
  return t(c.lang, `open311.status.${r.status}`);
}

/**
 * A report as an Open311 service request. Public facts only: no reporter, no contact, no extra
 * fields. `agency_responsible` is the department, `expected_datetime` the resolution deadline,
 * `media_url` the client's link or the first photo (served by this site).
 */
export function presentRequest(c: Open311Context, r: PublicReportRow): Open311Value {
  return {
    service_request_id: String(r.number),
    status: open311Status(r.status),
    status_notes: statusNotes(c, r),
    service_name: named(c.lang, r.reasonNameRu, r.reasonNameEn),
    service_code: String(r.reasonId),
    description: r.description,
    agency_responsible: r.departmentNameRu ? named(c.lang, r.departmentNameRu, r.departmentNameEn) : null,
    service_notice: t(c.lang, 'open311.service_notice.request', { days: r.resolutionDays, count: r.resolutionDays }),
    requested_datetime: w3cDateTime(r.createdAt, c.timeZone),
    updated_datetime: w3cDateTime(r.statusChangedAt, c.timeZone),
    expected_datetime: r.resolutionDueAt ? w3cDateTime(r.resolutionDueAt, c.timeZone) : null,
    address: r.address,
    address_id: null,
    zipcode: null,
    lat: r.lat,
    long: r.lon,
    media_url: r.mediaUrl ?? (r.photoId ? `${c.publicUrl}/api/files/${r.photoId}` : null),
  };
}

/** The answer to POST Service Request: the token (the service type is `batch`) and what happens next; nothing the client sent is echoed. */
export function presentSubmitted(c: Open311Context, token: string, reason: ReasonWithParents): Open311Value {
  return [
    {
      token,
      service_notice: t(c.lang, 'open311.service_notice.filed', { moderationDays: reason.premoderationDays, days: reason.resolutionDays }),
      account_id: null,
    },
  ];
}

/** The answer to GET service_request_id from a token. */
export function presentToken(found: { number: number; token: string }): Open311Value {
  return [{ service_request_id: String(found.number), token: found.token }];
}
