import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  api,
  ApiError,
  extraFieldNames,
  getClassifier,
  type District,
  type ExtraFieldName,
  type ReasonPublic,
  type ReasonSearchItem,
  type ReasonWithParents,
  type ReportCard,
  type ReportList,
} from '../../api.js';
import { CityMap, type MapPoint } from '../../components/city-map.js';
import { ErrorSummary, fieldMessage, type FieldTargets } from '../../components/errors.js';
import { RadioGroup, SelectField, TextArea, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { Loading, PageHeading, useTitle } from '../../components/page.js';
import { PhotoUpload, type AttachedPhoto } from '../../components/photo-upload.js';
import { PlainText } from '../../components/plain-text.js';
import { ReportListItem, useNamed } from '../../components/report-bits.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useDraft } from '../../use-draft.js';
import { useLoad } from '../../use-load.js';
import { useSubmit } from '../../use-submit.js';

export const steps = ['where', 'what', 'nearby', 'details', 'photos', 'check'] as const;
export type Step = (typeof steps)[number];
const isStep = (v: string | null): v is Step => !!v && (steps as readonly string[]).includes(v);

export const descriptionLimits = { min: 10, max: 2000 };
export const maxPhotos = 5;

interface Draft {
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

const emptyDraft: Draft = {
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

/** Which step a refusal of the server belongs to, by field or code. */
function stepOfError(err: ApiError): Step {
  const fields = Object.keys(err.fields);
  const f = fields[0] ?? '';
  if (f === 'lat' || f === 'lon' || f === 'address' || err.code === 'report_outside_city' || err.code === 'report_coordinates_invalid') return 'where';
  if (f === 'reasonId' || err.code.startsWith('report_reason') || err.code === 'report_out_of_season' || err.code === 'report_verified_required') return 'what';
  if (f === 'description' || f.startsWith('extra') || err.code.startsWith('report_description') || err.code.startsWith('report_extra')) return 'details';
  if (f === 'photoIds' || err.code.startsWith('report_photo')) return 'photos';
  return 'check';
}

/** A client-side refusal, shown like the server's. */
const refuse = (field: string, message: string) => new ApiError(400, 'validation_failed', message, { [field]: message });

/**
 * Report a problem, one question per step: where, what, (others nearby), details, photos, check,
 * send. Everything typed is kept in this browser (localStorage) until it is sent — photos by their
 * ids — so a reload, a lost connection or going back loses nothing. The step is in the address, so
 * the browser's Back works too.
 */
export function NewReportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const stepParam = params.get('step');
  const step: Step = isStep(stepParam) ? stepParam : 'where';
  const [draft, setDraft, clearDraft] = useDraft<Draft>('gorod.draft.report', emptyDraft, 'local');
  const { busy, error, setError, run } = useSubmit();
  const reason = useLoad(draft.reasonId ? `reason-${draft.reasonId}` : null, () => api<ReasonWithParents>('GET', `/api/classifier/reasons/${draft.reasonId}`));
  const nearby = useLoad(draft.reasonId && draft.lat !== null && draft.lon !== null ? `nearby-${draft.reasonId}-${draft.lat}-${draft.lon}` : null, () =>
    api<ReportList>('GET', `/api/reports/nearby?lat=${draft.lat}&lon=${draft.lon}&reasonId=${draft.reasonId}`),
  );
  // set when the draft is cleared on the way out (sent, or joined another report): the step guard
  // below must not send the person back to the first step then
  const leaving = useRef(false);
  const stepTitle = t(`newReport.step.${step}`);
  useTitle(`${stepTitle} — ${t('newReport.title')}`, !!error);

  const go = (next: Step, keepError = false) => {
    if (!keepError) setError(null);
    setParams(next === 'where' ? {} : { step: next });
  };

  // the step after "what": the nearby reports only when there are some
  const hasNearby = (nearby.data?.items.length ?? 0) > 0;
  const order: Step[] = steps.filter((s) => s !== 'nearby' || hasNearby);
  const index = order.indexOf(step);
  const previous = index > 0 ? order[index - 1] : undefined;
  const next = order[index + 1];

  // a step reached by its address before the earlier answers exist goes back to the first missing one
  useEffect(() => {
    if (leaving.current) return;
    const missing: Step | null = draft.lat === null ? 'where' : !draft.reasonId ? 'what' : null;
    if (missing && steps.indexOf(step) > steps.indexOf(missing)) go(missing);
  }, [step, draft.lat, draft.reasonId]);

  const send = () =>
    run(
      () =>
        api<ReportCard>('POST', '/api/reports', {
          reasonId: draft.reasonId,
          lat: draft.lat,
          lon: draft.lon,
          ...(draft.address.trim() ? { address: draft.address.trim() } : {}),
          description: draft.description,
          ...(Object.keys(cleanExtra(draft, reason.data)).length ? { extra: cleanExtra(draft, reason.data) } : {}),
          ...(draft.photos.length ? { photoIds: draft.photos.map((p) => p.id) } : {}),
        }),
      (card) => {
        leaving.current = true;
        void navigate(`/reports/${card.number}`, { state: { filed: true } });
        clearDraft();
      },
      { leaving: true },
    );

  // a refusal of the server is shown on the step it is about
  useEffect(() => {
    if (!error || step !== 'check') return;
    const at = stepOfError(error);
    if (at !== 'check') go(at, true);
  }, [error]);

  const common = { draft, setDraft, error, setError, busy, onContinue: () => next && go(next) };
  return (
    <div className="narrow wizard">
      <p>
        {previous ? (
          <Link className="back-link" to={previous === 'where' ? '/reports/new' : `/reports/new?step=${previous}`} onClick={() => setError(null)}>
            {t('newReport.back')}
          </Link>
        ) : (
          <Link className="back-link" to="/reports">
            {t('newReport.backToReports')}
          </Link>
        )}
      </p>
      <p className="wizard__progress">
        <span className="wizard__caption">{t('newReport.title')}</span> · {t('newReport.progress', { n: index + 1, total: order.length })}
      </p>
      {step === 'where' ? <WhereStep {...common} /> : null}
      {step === 'what' ? <WhatStep {...common} reason={reason.data} /> : null}
      {step === 'nearby' ? (
        <NearbyStep
          {...common}
          items={nearby.data?.items ?? []}
          onJoined={() => {
            leaving.current = true;
            clearDraft();
          }}
        />
      ) : null}
      {step === 'details' ? <DetailsStep {...common} reason={reason.data} /> : null}
      {step === 'photos' ? <PhotosStep {...common} reason={reason.data} /> : null}
      {step === 'check' ? <CheckStep {...common} reason={reason.data} onSend={() => void send()} /> : null}
    </div>
  );
}

/** The reason's extra fields only, trimmed, empty ones left out. */
function cleanExtra(draft: Draft, reason: ReasonPublic | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of reason?.extraFields ?? []) {
    const v = draft.extra[f.name]?.trim();
    if (v) out[f.name] = v;
  }
  return out;
}

interface StepProps {
  draft: Draft;
  setDraft(update: (prev: Draft) => Draft): void;
  error: ApiError | null;
  setError(e: ApiError | null): void;
  busy: boolean;
  onContinue(): void;
}

/** A step's frame: the error summary, the question as the heading, the form and "Continue". */
function StepForm({
  title,
  lead,
  error,
  targets,
  codeFields,
  onSubmit,
  children,
  action,
}: {
  title: string;
  lead?: ReactNode;
  error: ApiError | null;
  targets: FieldTargets;
  codeFields?: Record<string, string>;
  onSubmit(e: FormEvent): void;
  children: ReactNode;
  action?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorSummary error={error} targets={targets} codeFields={codeFields} />
      <form onSubmit={onSubmit} noValidate>
        <PageHeading>{title}</PageHeading>
        {lead ? <p className="lead">{lead}</p> : null}
        {children}
        {action ?? (
          <button type="submit" className="button">
            {t('newReport.continue')}
          </button>
        )}
      </form>
    </>
  );
}

function WhereStep({ draft, setDraft, error, setError, onContinue }: StepProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const [locating, setLocating] = useState(false);
  const [geoProblem, setGeoProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [centre, setCentre] = useState<MapPoint | undefined>(draft.lat !== null && draft.lon !== null ? { lat: draft.lat, lon: draft.lon } : undefined);
  const targets = { lat: 'f-map', lon: 'f-map', address: 'f-address', latText: 'f-lat', lonText: 'f-lon' };
  const codeFields = { report_outside_city: 'lat', outside_city: 'lat' };

  async function place(p: MapPoint, move = false) {
    setGeoProblem(null);
    setDraft((d) => ({ ...d, lat: p.lat, lon: p.lon, district: null, latText: String(p.lat), lonText: String(p.lon) }));
    if (move) setCentre(p);
    setChecking(true);
    try {
      const d = await api<District>('GET', `/api/districts/at?lat=${p.lat}&lon=${p.lon}`);
      setDraft((x) => (x.lat === p.lat && x.lon === p.lon ? { ...x, district: d } : x));
      setError(null);
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) setError(refuse('lat', t('newReport.outsideCity')));
      else if (err instanceof ApiError) setError(err);
    }
    setChecking(false);
  }

  function locate() {
    if (!('geolocation' in navigator)) {
      setGeoProblem(t('newReport.geoUnsupported'));
      return;
    }
    setLocating(true);
    setGeoProblem(null);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        void place({ lat: Math.round(pos.coords.latitude * 1e6) / 1e6, lon: Math.round(pos.coords.longitude * 1e6) / 1e6 }, true);
      },
      (err) => {
        setLocating(false);
        setGeoProblem(
          err.code === err.PERMISSION_DENIED ? t('newReport.geoDenied') : err.code === err.TIMEOUT ? t('newReport.geoTimeout') : t('newReport.geoUnavailable'),
        );
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  function useTyped() {
    const lat = Number(draft.latText.replace(',', '.'));
    const lon = Number(draft.lonText.replace(',', '.'));
    if (!draft.latText.trim() || !Number.isFinite(lat) || lat < -90 || lat > 90) return setError(refuse('latText', t('newReport.latInvalid')));
    if (!draft.lonText.trim() || !Number.isFinite(lon) || lon < -180 || lon > 180) return setError(refuse('lonText', t('newReport.lonInvalid')));
    void place({ lat, lon }, true);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (draft.lat === null || draft.lon === null) return setError(refuse('lat', t('newReport.pointRequired')));
    if (!draft.district) return setError(refuse('lat', checking ? t('newReport.stillChecking') : t('newReport.outsideCity')));
    onContinue();
  }

  const pointError = fieldMessage(error, 'lat', codeFields) ?? fieldMessage(error, 'lon');
  return (
    <StepForm title={t('newReport.step.where')} lead={t('newReport.whereLead')} error={error} targets={targets} codeFields={codeFields} onSubmit={submit}>
      <div className={`field${pointError ? ' field--error' : ''}`}>
        <p className="field__label" id="f-map-label">
          {t('newReport.mapLabel')}
        </p>
        {pointError ? (
          <p className="field__error" id="f-map-error">
            <span className="visually-hidden">{t('errors.fieldPrefix')} </span>
            {pointError}
          </p>
        ) : null}
        <div id="f-map" tabIndex={-1} className="wizard__map">
          <CityMap
            label={t('newReport.mapLabel')}
            size="large"
            point={draft.lat !== null && draft.lon !== null ? { lat: draft.lat, lon: draft.lon } : null}
            center={centre}
            zoom={centre ? 16 : undefined}
            onPick={(p) => void place(p)}
          />
        </div>
        <p className="wizard__place" role="status">
          {draft.lat !== null && draft.lon !== null
            ? draft.district
              ? t('newReport.placeChosen', {
                  district: f.name(draft.district),
                  lat: f.number(draft.lat, { maximumFractionDigits: 5 }),
                  lon: f.number(draft.lon!, { maximumFractionDigits: 5 }),
                })
              : checking
                ? t('newReport.checkingPlace')
                : ''
            : t('newReport.noPlace')}
        </p>
        <button type="button" className="button button--secondary" onClick={locate} disabled={locating}>
          {locating ? t('newReport.locating') : t('newReport.myLocation')}
        </button>
        {geoProblem ? (
          <Notice kind="warning">
            <p>{geoProblem}</p>
          </Notice>
        ) : null}
        <details className="details" open={!!fieldMessage(error, 'latText') || !!fieldMessage(error, 'lonText')}>
          <summary>{t('newReport.coordinates')}</summary>
          <p className="field__hint">{t('newReport.coordinatesHint')}</p>
          <div className="wizard__coords">
            <TextField
              id="f-lat"
              label={t('newReport.lat')}
              value={draft.latText}
              onChange={(v) => setDraft((d) => ({ ...d, latText: v }))}
              width="medium"
              error={fieldMessage(error, 'latText')}
            />
            <TextField
              id="f-lon"
              label={t('newReport.lon')}
              value={draft.lonText}
              onChange={(v) => setDraft((d) => ({ ...d, lonText: v }))}
              width="medium"
              error={fieldMessage(error, 'lonText')}
            />
          </div>
          <button type="button" className="button button--secondary" onClick={useTyped}>
            {t('newReport.useCoordinates')}
          </button>
        </details>
      </div>
      <TextField
        id="f-address"
        label={t('newReport.address')}
        hint={t('newReport.addressHint')}
        value={draft.address}
        onChange={(v) => setDraft((d) => ({ ...d, address: v }))}
        maxLength={300}
        error={fieldMessage(error, 'address')}
        autoComplete="street-address"
      />
    </StepForm>
  );
}

function ReasonAbout({ reason, id }: { reason: ReasonPublic; id?: string | undefined }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const named = useNamed();
  const needsVerified = reason.verifiedRequired && me?.verification !== 'verified';
  return (
    <div className="reason-about" id={id} tabIndex={id ? -1 : undefined}>
      <h2 className="reason-about__title">{named(reason)}</h2>
      {reason.helpText ? <PlainText text={reason.helpText} /> : null}
      {reason.description && reason.description !== reason.helpText ? (
        <details className="details">
          <summary>{t('newReport.reasonMore')}</summary>
          <PlainText text={reason.description} />
        </details>
      ) : null}
      <ul className="reason-about__facts">
        <li>{t('newReport.resolutionDays', { count: reason.resolutionDays })}</li>
        {reason.photoRequired ? <li>{t('newReport.photoNeeded')}</li> : null}
      </ul>
      {!reason.inSeason ? (
        <Notice kind="warning" title={t('newReport.outOfSeason')}>
          <p>{reason.seasonMessage ?? t('newReport.outOfSeasonText')}</p>
        </Notice>
      ) : null}
      {needsVerified ? (
        <Notice kind="warning" title={t('newReport.verifiedTitle')}>
          <p>{t('newReport.verifiedText')}</p>
        </Notice>
      ) : null}
    </div>
  );
}

function WhatStep({ draft, setDraft, error, setError, onContinue, reason }: StepProps & { reason: ReasonWithParents | undefined }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const named = useNamed();
  const [q, setQ] = useState('');
  const [asked, setAsked] = useState<string | null>(null);
  const [mode, setMode] = useState<'search' | 'browse'>('search');
  const found = useLoad(asked ? `classifier-search-${asked}` : null, () =>
    api<{ items: ReasonSearchItem[] }>('GET', `/api/classifier/search?q=${encodeURIComponent(asked!)}&limit=20`),
  );
  const tree = useLoad(mode === 'browse' ? 'classifier' : null, getClassifier);
  const [objectId, setObjectId] = useState('');
  const [categoryId, setCategoryId] = useState('');

  // browsing starts at the chosen reason's place in the tree
  useEffect(() => {
    if (reason && mode === 'browse' && !objectId) {
      setObjectId(String(reason.object.id));
      setCategoryId(String(reason.category.id));
    }
  }, [reason, mode]);

  const choose = (id: number) => setDraft((d) => ({ ...d, reasonId: id }));

  function search(e?: FormEvent) {
    e?.preventDefault();
    if (q.trim().length < 2) return setError(refuse('q', t('newReport.searchTooShort')));
    setError(null);
    setAsked(q.trim());
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft.reasonId || !reason) return setError(refuse('reasonId', t('newReport.reasonRequired')));
    if (!reason.inSeason) return setError(refuse('reasonId', reason.seasonMessage ?? t('newReport.outOfSeasonText')));
    if (reason.verifiedRequired && me?.verification !== 'verified') return setError(refuse('reasonId', t('newReport.verifiedText')));
    onContinue();
  }

  const object = tree.data?.objects.find((o) => String(o.id) === objectId);
  const category = object?.categories.find((c) => String(c.id) === categoryId);
  const results = found.data?.items ?? [];
  // the reason is among the radios shown (else it is named above its description)
  const listed =
    !!reason &&
    ((mode === 'search' && results.some((r) => r.reason.id === reason.id)) || (mode === 'browse' && !!category?.reasons.some((r) => r.id === reason.id)));
  const radios = (mode === 'search' && results.length > 0) || (mode === 'browse' && !!category);
  const firstRadio = mode === 'search' ? results[0]?.reason.id : category?.reasons[0]?.id;
  const targets = { reasonId: radios && firstRadio ? `f-reason-${firstRadio}` : 'f-reason', q: 'f-q' };

  return (
    <>
      <ErrorSummary error={error} targets={targets} />
      <PageHeading>{t('newReport.step.what')}</PageHeading>
      <p className="lead">{t('newReport.whatLead')}</p>
      <div className="tabs" role="group" aria-label={t('newReport.howToFind')}>
        <ul>
          <li>
            <button type="button" className="tabs__button" aria-pressed={mode === 'search'} onClick={() => setMode('search')}>
              {t('newReport.bySearch')}
            </button>
          </li>
          <li>
            <button type="button" className="tabs__button" aria-pressed={mode === 'browse'} onClick={() => setMode('browse')}>
              {t('newReport.byList')}
            </button>
          </li>
        </ul>
      </div>
      {mode === 'search' ? (
        <form role="search" className="wizard__search" onSubmit={search} noValidate aria-label={t('newReport.searchLabel')}>
          <TextField
            id="f-q"
            type="search"
            label={t('newReport.search')}
            hint={t('newReport.searchHint')}
            value={q}
            onChange={setQ}
            error={fieldMessage(error, 'q')}
          />
          <button type="submit" className="button button--secondary">
            {t('newReport.find')}
          </button>
        </form>
      ) : null}
      <form onSubmit={submit} noValidate>
        {mode === 'search' ? (
          asked ? (
            found.error ? (
              <Notice kind="error" title={found.error.message} />
            ) : !found.data ? (
              <Loading />
            ) : results.length ? (
              <RadioGroup
                idPrefix="f-reason"
                legend={t('newReport.results', { count: results.length, q: asked })}
                value={draft.reasonId ? String(draft.reasonId) : ''}
                onChange={(v) => choose(Number(v))}
                error={fieldMessage(error, 'reasonId')}
                options={results.map((r) => ({
                  value: String(r.reason.id),
                  label: `${named(r.reason)} — ${named({ nameRu: r.objectNameRu, nameEn: r.objectNameEn })}, ${named({ nameRu: r.categoryNameRu, nameEn: r.categoryNameEn }).toLowerCase()}`,
                }))}
              />
            ) : (
              <p role="status">{t('newReport.noResults', { q: asked })}</p>
            )
          ) : reason ? null : (
            <p className="muted" id="f-reason" tabIndex={-1}>
              {t('newReport.searchFirst')}
            </p>
          )
        ) : tree.error ? (
          <Notice kind="error" title={tree.error.message} />
        ) : !tree.data ? (
          <Loading />
        ) : (
          <>
            <SelectField
              id="f-object"
              label={t('newReport.object')}
              value={objectId}
              onChange={(v) => {
                setObjectId(v);
                setCategoryId('');
              }}
              options={[{ value: '', label: t('newReport.chooseObject') }, ...tree.data.objects.map((o) => ({ value: String(o.id), label: named(o) }))]}
            />
            {object ? (
              <SelectField
                id="f-category"
                label={t('newReport.category')}
                value={categoryId}
                onChange={setCategoryId}
                options={[{ value: '', label: t('newReport.chooseCategory') }, ...object.categories.map((c) => ({ value: String(c.id), label: named(c) }))]}
              />
            ) : null}
            {category ? (
              <RadioGroup
                idPrefix="f-reason"
                legend={t('newReport.reason')}
                value={draft.reasonId ? String(draft.reasonId) : ''}
                onChange={(v) => choose(Number(v))}
                error={fieldMessage(error, 'reasonId')}
                options={category.reasons.map((r) => ({ value: String(r.id), label: named(r) }))}
              />
            ) : (
              <p className="muted" id={reason ? undefined : 'f-reason'} tabIndex={-1}>
                {t('newReport.browseFirst')}
              </p>
            )}
          </>
        )}
        {reason && !listed ? <p className="wizard__chosen">{t('newReport.chosenReason', { name: named(reason) })}</p> : null}
        {reason && !listed && fieldMessage(error, 'reasonId') ? (
          <p className="field__error" id="f-reason-error">
            <span className="visually-hidden">{t('errors.fieldPrefix')} </span>
            {fieldMessage(error, 'reasonId')}
          </p>
        ) : null}
        {reason ? <ReasonAbout reason={reason} id={radios ? undefined : 'f-reason'} /> : null}
        <button type="submit" className="button">
          {t('newReport.continue')}
        </button>
      </form>
    </>
  );
}

function NearbyStep({ items, onContinue, onJoined }: StepProps & { items: ReportList['items']; onJoined(): void }) {
  const { t } = useTranslation();
  const named = useNamed();
  const { busy, error, run } = useSubmit();
  const [joined, setJoined] = useState<number | null>(null);

  if (joined !== null) {
    return (
      <div className="panel panel--success">
        <PageHeading focusOnMount>{t('newReport.joinedTitle', { number: joined })}</PageHeading>
        <div className="panel__body">
          <p>{t('newReport.joinedText')}</p>
        </div>
        <Link className="button" to={`/reports/${joined}`}>
          {t('newReport.openJoined', { number: joined })}
        </Link>
      </div>
    );
  }

  return (
    <>
      <ErrorSummary error={error} />
      <PageHeading>{t('newReport.step.nearby')}</PageHeading>
      <p className="lead">{t('newReport.nearbyLead', { count: items.length })}</p>
      <ul className="report-list">
        {items.map((r) => (
          <li key={r.number} className="nearby-item">
            <ul className="report-list report-list--inner">
              <ReportListItem r={r} />
            </ul>
            <button
              type="button"
              className="button"
              disabled={busy}
              aria-label={t('newReport.meTooLabel', { number: r.number, reason: named(r.reason) })}
              onClick={() =>
                void run(
                  () => api('POST', `/api/reports/${r.number}/support`),
                  () => {
                    onJoined();
                    setJoined(r.number);
                  },
                )
              }
            >
              {t('report.meToo')}
            </button>
          </li>
        ))}
      </ul>
      <h2>{t('newReport.notTheSame')}</h2>
      <button type="button" className="button button--secondary" onClick={onContinue}>
        {t('newReport.fileAnyway')}
      </button>
    </>
  );
}

function DetailsStep({ draft, setDraft, error, setError, onContinue, reason }: StepProps & { reason: ReasonWithParents | undefined }) {
  const { t } = useTranslation();
  const fields = reason?.extraFields ?? [];
  const targets: FieldTargets = { description: 'f-description', ...Object.fromEntries(extraFieldNames.map((n) => [`extra.${n}`, `f-extra-${n}`])) };

  function submit(e: FormEvent) {
    e.preventDefault();
    const text = draft.description.trim();
    if (text.length < descriptionLimits.min) return setError(refuse('description', t('newReport.descriptionShort', { min: descriptionLimits.min })));
    if (text.length > descriptionLimits.max) return setError(refuse('description', t('newReport.descriptionLong', { max: descriptionLimits.max })));
    for (const f of fields)
      if (f.required && !draft.extra[f.name]?.trim()) return setError(refuse(`extra.${f.name}`, t('newReport.extraRequired', { name: t(`extra.${f.name}`) })));
    onContinue();
  }

  return (
    <StepForm title={t('newReport.step.details')} lead={t('newReport.detailsLead')} error={error} targets={targets} onSubmit={submit}>
      <TextArea
        id="f-description"
        label={t('newReport.description')}
        hint={t('newReport.descriptionHint', { min: descriptionLimits.min, max: descriptionLimits.max })}
        value={draft.description}
        onChange={(v) => setDraft((d) => ({ ...d, description: v }))}
        rows={6}
        maxLength={descriptionLimits.max}
        error={fieldMessage(error, 'description')}
      />
      {fields.map((fd) => (
        <TextField
          key={fd.name}
          id={`f-extra-${fd.name}`}
          label={fd.required ? t(`extra.${fd.name}`) : t('newReport.optional', { label: t(`extra.${fd.name}`) })}
          hint={t(`extra.${fd.name}.hint`)}
          value={draft.extra[fd.name] ?? ''}
          onChange={(v) => setDraft((d) => ({ ...d, extra: { ...d.extra, [fd.name]: v } }))}
          width={fd.name === 'phone' ? 'medium' : 'short'}
          autoComplete={fd.name === 'phone' ? 'tel' : 'off'}
          maxLength={100}
          error={fieldMessage(error, `extra.${fd.name}`)}
        />
      ))}
    </StepForm>
  );
}

function PhotosStep({ draft, setDraft, error, setError, onContinue, reason }: StepProps & { reason: ReasonWithParents | undefined }) {
  const { t } = useTranslation();
  const required = !!reason?.photoRequired;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (required && !draft.photos.length) return setError(refuse('photoIds', t('newReport.photoRequired')));
    onContinue();
  }

  return (
    <StepForm
      title={required ? t('newReport.step.photosRequired') : t('newReport.step.photos')}
      lead={required ? t('newReport.photosLeadRequired') : t('newReport.photosLead')}
      error={error}
      targets={{ photoIds: 'f-photos' }}
      onSubmit={submit}
    >
      <PhotoUpload
        id="f-photos"
        label={t('newReport.photosLabel', { max: maxPhotos })}
        hint={t('newReport.photosHint')}
        photos={draft.photos}
        onChange={(update) => setDraft((d) => ({ ...d, photos: update(d.photos) }))}
        max={maxPhotos}
        error={fieldMessage(error, 'photoIds')}
      />
    </StepForm>
  );
}

function CheckStep({ draft, error, busy, reason, onSend }: StepProps & { reason: ReasonWithParents | undefined; onSend(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const named = useNamed();
  const extra = cleanExtra(draft, reason);
  const change = (step: Step, what: string) => (
    <Link to={step === 'where' ? '/reports/new' : `/reports/new?step=${step}`}>
      {t('newReport.change')}
      <span className="visually-hidden"> {what}</span>
    </Link>
  );
  if (!reason) return <Loading />;
  return (
    <>
      <ErrorSummary error={error} />
      <PageHeading>{t('newReport.step.check')}</PageHeading>
      <dl className="summary-list summary-list--actions">
        <div>
          <dt>{t('newReport.summary.where')}</dt>
          <dd>
            {draft.address ? <p>{draft.address}</p> : null}
            <p>
              {draft.district ? f.name(draft.district) : ''} ({f.number(draft.lat ?? 0, { maximumFractionDigits: 5 })},{' '}
              {f.number(draft.lon ?? 0, { maximumFractionDigits: 5 })})
            </p>
          </dd>
          <dd className="summary-list__action">{change('where', t('newReport.summary.where'))}</dd>
        </div>
        <div>
          <dt>{t('newReport.summary.what')}</dt>
          <dd>
            {named(reason)}
            <span className="muted">
              {' '}
              — {named(reason.object)}, {named(reason.category)}
            </span>
          </dd>
          <dd className="summary-list__action">{change('what', t('newReport.summary.what'))}</dd>
        </div>
        <div>
          <dt>{t('newReport.description')}</dt>
          <dd>
            <PlainText text={draft.description} />
          </dd>
          <dd className="summary-list__action">{change('details', t('newReport.description'))}</dd>
        </div>
        {Object.entries(extra).map(([k, v]) => (
          <div key={k}>
            <dt>{t(`extra.${k as ExtraFieldName}`)}</dt>
            <dd>{v}</dd>
            <dd className="summary-list__action">{change('details', t(`extra.${k as ExtraFieldName}`))}</dd>
          </div>
        ))}
        <div>
          <dt>{t('newReport.summary.photos')}</dt>
          <dd>
            {draft.photos.length ? (
              <ul className="photos photos--small">
                {draft.photos.map((p, i) => (
                  <li key={p.id}>
                    <img src={p.thumbUrl} alt={t('photos.thumbAlt', { n: i + 1, total: draft.photos.length })} width={96} height={72} />
                  </li>
                ))}
              </ul>
            ) : (
              t('newReport.noPhotos')
            )}
          </dd>
          <dd className="summary-list__action">{change('photos', t('newReport.summary.photos'))}</dd>
        </div>
      </dl>
      <h2>{t('newReport.whatNext')}</h2>
      <p>{t('newReport.whatNextText', { days: reason.premoderationDays, resolution: reason.resolutionDays })}</p>
      <p className="muted">{t('newReport.privacy')}</p>
      <button type="button" className="button" disabled={busy} onClick={onSend}>
        {t('newReport.send')}
      </button>
    </>
  );
}
