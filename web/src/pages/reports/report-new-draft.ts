// What the report form keeps while the resident fills it in, and the rules its steps share.
import type { ExtraField } from '@server/modules/reports/domain/classifier-rules.js';
import { ApiError } from '../../api/client.js';
import type { ApiBody, District, Schema } from '../../api/types.js';
import type { AttachedPhoto } from '../../components/photo-upload.js';

export const steps = ['where', 'what', 'nearby', 'details', 'photos', 'check'] as const;
export type Step = (typeof steps)[number];
export const isStep = (v: string | null): v is Step => !!v && (steps as readonly string[]).includes(v);

/**
 * The steps the resident goes through, and where they are: "nearby" only when there are reports
 * near the point, but always while it is the step shown (its list may still be loading), so the
 * counter never reads «шаг 0 из 5».
 */
export function stepProgress(step: Step, hasNearby: boolean): { order: Step[]; index: number } {
  const order: Step[] = steps.filter((s) => s !== 'nearby' || hasNearby || step === 'nearby');
  return { order, index: order.indexOf(step) };
}

/** The reason as the form reads it (GET /api/classifier/reasons/{id}: with its category and object). */
export type ChosenReason = Schema<'ClassifierReasonDetails'>;
export type ExtraFieldName = ExtraField['name'];

export interface Draft {
  lat: number | null;
  lon: number | null;
  address: string;
  district: District | null;
  reasonId: number | null;
  description: string;
  extra: Partial<Record<ExtraFieldName, string>>;
  photos: AttachedPhoto[];
  /** Coordinates typed by hand (the keyboard's way to the map). */
  latText: string;
  lonText: string;
}

export const emptyDraft: Draft = {
  lat: null,
  lon: null,
  address: '',
  district: null,
  reasonId: null,
  description: '',
  extra: {},
  photos: [],
  latText: '',
  lonText: '',
};

/** What every step is given: the draft, the page's error, and the way on. */
export interface StepProps {
  draft: Draft;
  setDraft(update: (prev: Draft) => Draft): void;
  error: ApiError | null;
  setError(e: ApiError | null): void;
  busy: boolean;
  onContinue(): void;
}

/** The address of a step. */
export const stepPath = (step: Step) => (step === 'where' ? '/reports/new' : `/reports/new?step=${step}`);

/** Which step a refusal of the server belongs to, by field or code. */
export function stepOfError(err: ApiError): Step {
  const f = Object.keys(err.fields)[0] ?? '';
  if (f === 'lat' || f === 'lon' || f === 'address' || err.code === 'report_outside_city' || err.code === 'report_coordinates_invalid') return 'where';
  if (f === 'reasonId' || err.code.startsWith('report_reason') || err.code === 'report_out_of_season' || err.code === 'report_verified_required') return 'what';
  if (f === 'description' || f.startsWith('extra') || err.code.startsWith('report_description') || err.code.startsWith('report_extra')) return 'details';
  if (f === 'photoIds' || err.code.startsWith('report_photo')) return 'photos';
  return 'check';
}

/** A client-side refusal, shown like the server's. */
export const refuse = (field: string, message: string) => new ApiError(400, 'validation_failed', message, { [field]: message });

/** The reason's extra fields only, trimmed, empty ones left out. */
export function cleanExtra(draft: Draft, reason: ChosenReason | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of reason?.extraFields ?? []) {
    const v = draft.extra[f.name]?.trim();
    if (v) out[f.name] = v;
  }
  return out;
}

/** What is sent (POST /api/reports); null while the place or the reason is missing. */
export function filingOf(draft: Draft, reason: ChosenReason | undefined): ApiBody<'/api/reports', 'post'> | null {
  const { reasonId, lat, lon } = draft;
  if (reasonId === null || lat === null || lon === null) return null;
  const extra = cleanExtra(draft, reason);
  return {
    reasonId,
    lat,
    lon,
    ...(draft.address.trim() ? { address: draft.address.trim() } : {}),
    description: draft.description,
    ...(Object.keys(extra).length ? { extra } : {}),
    ...(draft.photos.length ? { photoIds: draft.photos.map((p) => p.id) } : {}),
  };
}
