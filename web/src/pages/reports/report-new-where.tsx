import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addressMax } from '@server/modules/reports/domain/report-rules.js';
import { api, ApiError } from '../../api/client.js';
import { CityMap, type MapFocus, type MapPoint } from '../../components/city-map.js';
import { fieldMessage } from '../../components/errors.js';
import { TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PlaceSearch, type Place } from '../../components/place-search.js';
import { useCityName } from '../../city.js';
import { useFormat } from '../../format.js';
import { refuse, type StepProps } from './report-new-draft.js';
import { StepForm } from './report-new-step.js';

/** Where: a point on the map (tapped, found by the device, or typed as coordinates), checked to be in a district; an address. */
export function WhereStep({ draft, setDraft, error, setError, onContinue }: StepProps) {
  const { t } = useTranslation();
  const cityName = useCityName();
  const f = useFormat();
  const [locating, setLocating] = useState(false);
  const [geoProblem, setGeoProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [centre, setCentre] = useState<MapPoint | undefined>(draft.lat !== null && draft.lon !== null ? { lat: draft.lat, lon: draft.lon } : undefined);
  const [focus, setFocus] = useState<MapFocus | null>(null);
  const targets = { lat: 'f-map', lon: 'f-map', address: 'f-address', latText: 'f-lat', lonText: 'f-lon' };
  const codeFields = { report_outside_city: 'lat', outside_city: 'lat' };

  async function place(p: MapPoint, move = false) {
    setGeoProblem(null);
    setDraft((d) => ({ ...d, lat: p.lat, lon: p.lon, district: null, latText: String(p.lat), lonText: String(p.lon) }));
    if (move) setCentre(p);
    setChecking(true);
    try {
      const d = await api.GET('/api/districts/at', { params: { query: { lat: p.lat, lon: p.lon } } });
      setDraft((x) => (x.lat === p.lat && x.lon === p.lon ? { ...x, district: d } : x));
      setError(null);
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) setError(refuse('lat', t('newReport.outsideCity', { city: cityName })));
      else if (err instanceof ApiError) setError(err);
    }
    setChecking(false);
  }

  /** A place found by the search: the map goes there; an address is also the point, and the address when none is typed. */
  function found(p: Place) {
    setFocus({ lat: p.lat, lon: p.lon, bbox: p.bbox });
    if (p.kind !== 'address') return;
    if (!draft.address.trim()) setDraft((d) => ({ ...d, address: p.label }));
    void place({ lat: p.lat, lon: p.lon });
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

  function placeTyped() {
    const lat = Number(draft.latText.replace(',', '.'));
    const lon = Number(draft.lonText.replace(',', '.'));
    if (!draft.latText.trim() || !Number.isFinite(lat) || lat < -90 || lat > 90) return setError(refuse('latText', t('newReport.latInvalid')));
    if (!draft.lonText.trim() || !Number.isFinite(lon) || lon < -180 || lon > 180) return setError(refuse('lonText', t('newReport.lonInvalid')));
    void place({ lat, lon }, true);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (draft.lat === null || draft.lon === null) return setError(refuse('lat', t('newReport.pointRequired')));
    if (!draft.district) return setError(refuse('lat', checking ? t('newReport.stillChecking') : t('newReport.outsideCity', { city: cityName })));
    onContinue();
  }

  const pointError = fieldMessage(error, 'lat', codeFields) ?? fieldMessage(error, 'lon');
  return (
    <StepForm title={t('newReport.step.where')} lead={t('newReport.whereLead')} error={error} targets={targets} codeFields={codeFields} onSubmit={submit}>
      <PlaceSearch onChoose={found} />
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
            focus={focus}
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
          <button type="button" className="button button--secondary" onClick={placeTyped}>
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
        maxLength={addressMax}
        error={fieldMessage(error, 'address')}
        autoComplete="street-address"
      />
    </StepForm>
  );
}
