import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiErrorOf, apiLanguage, currentCsrfToken, networkError, type ApiError } from '../../api/client.js';
import { invalidate } from '../../api/query.js';
import { useSite } from '../../api/lists.js';
import type { ApiBody, Schema } from '../../api/types.js';
import { CityMap, type MapView } from '../../components/city-map.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { RadioGroup, SelectField, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useSubmit } from '../../use-submit.js';
import { AdminNav } from './admin-nav.js';

type Identity = Schema<'CityIdentity'>;
type Body = ApiBody<'/api/admin/city', 'put'>;

/** The form's fields as the inputs hold them (numbers as typed). */
interface Draft {
  nameRu: string;
  nameEn: string;
  timeZone: string;
  lat: string;
  lon: string;
  zoom: string;
  phone: string;
  email: string;
  address: string;
  website: string;
  languages: string;
}

const languageChoices = ['ru,en', 'en,ru', 'ru', 'en'] as const;

const draftOf = (c: Identity): Draft => ({
  nameRu: c.setupNeeded ? '' : c.nameRu,
  nameEn: c.setupNeeded ? '' : c.nameEn,
  timeZone: c.timeZone,
  lat: String(c.centre.lat),
  lon: String(c.centre.lon),
  zoom: String(c.zoom),
  phone: c.phone ?? '',
  email: c.email ?? '',
  address: c.address ?? '',
  website: c.website ?? '',
  languages: c.languages.join(','),
});

// a number as typed; what is not one goes to the server as text, which names the field
const numberOf = (v: string): number => (v.trim() === '' ? NaN : Number(v.replace(',', '.')));
const asNumber = (v: string) => {
  const n = numberOf(v);
  return (Number.isFinite(n) ? n : v) as number;
};

const bodyOf = (d: Draft): Body => ({
  nameRu: d.nameRu,
  nameEn: d.nameEn,
  timeZone: d.timeZone,
  centre: { lat: asNumber(d.lat), lon: asNumber(d.lon) },
  zoom: asNumber(d.zoom),
  phone: d.phone.trim() || null,
  email: d.email.trim() || null,
  address: d.address.trim() || null,
  website: d.website.trim() || null,
  languages: d.languages.split(',') as Body['languages'],
  country: 'RU',
});

/** Every IANA zone the browser knows, with the current one kept even if it does not. */
function timeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return known.includes(current) ? known : [current, ...known];
}

/** PUT /api/admin/city/logo: one image as multipart/form-data, with the client's language and CSRF headers. */
async function uploadLogo(file: File): Promise<Identity> {
  const form = new FormData();
  form.append('file', file);
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': apiLanguage() };
  const token = currentCsrfToken();
  if (token) headers['X-CSRF-Token'] = token;
  let res: Response;
  try {
    res = await fetch('/api/admin/city/logo', { method: 'PUT', body: form, headers, credentials: 'same-origin' });
  } catch {
    throw networkError();
  }
  const json: unknown = await res.json().catch(() => null);
  if (!res.ok) throw apiErrorOf(res.status, json);
  return json as Identity;
}

/**
 * The city's identity: its names, clock, where maps open (click the map or type the centre), its logo, public
 * contacts and the languages it offers. Every page, e-mail and share preview reads them.
 */
export function AdminCityPage() {
  const { t } = useTranslation();
  const site = useSite();
  useTitle(t('adminCity.title'));
  return (
    <>
      <AdminNav />
      <PageHeading>{t('adminCity.title')}</PageHeading>
      <p className="lead">{t('adminCity.lead')}</p>
      {/* not keyed on the data: the first save of a new city flips setupNeeded, and a remount would drop the
          "saved" notice the administrator is waiting for (the draft already holds what was saved) */}
      <QueryView query={site}>{(s) => <CityForm city={s.city} />}</QueryView>
    </>
  );
}

function CityForm({ city }: { city: Identity }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(city));
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSubmit();
  const logo = useSubmit();
  const view = useRef<MapView | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useTitle(t('adminCity.title'), !!save.error);
  const set = (k: keyof Draft) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const err = (field: string) => fieldMessage(save.error, field);
  const lat = numberOf(draft.lat);
  const lon = numberOf(draft.lon);
  const centre = Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 85 && Math.abs(lon) <= 180 ? { lat, lon } : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    void save.run(
      () => api.PUT('/api/admin/city', { body: bodyOf(draft) }),
      (saved) => {
        void invalidate('/api/site');
        setDraft(draftOf(saved));
        setNotice(t('adminCity.saved'));
      },
    );
  }

  function takeView() {
    const v = view.current;
    if (!v) return;
    const round = (n: number) => String(Math.round(n * 1e5) / 1e5);
    setDraft((d) => ({ ...d, lat: round((v.bbox[1] + v.bbox[3]) / 2), lon: round((v.bbox[0] + v.bbox[2]) / 2), zoom: String(v.zoom) }));
  }

  const chooseLogo = (file: File | undefined) => {
    if (!file) return;
    setNotice(null);
    void logo.run(
      () => uploadLogo(file),
      () => {
        void invalidate('/api/site');
        setNotice(t('adminCity.logoSaved'));
        if (fileInput.current) fileInput.current.value = '';
      },
    );
  };
  const removeLogo = () =>
    logo.run(
      () => api.DELETE('/api/admin/city/logo'),
      () => {
        void invalidate('/api/site');
        setNotice(t('adminCity.logoRemoved'));
      },
    );

  return (
    <>
      {city.setupNeeded ? <Notice kind="info" title={t('adminCity.setupNeeded')} /> : null}
      {notice ? <Notice kind="success" title={notice} /> : null}
      <form className="form" onSubmit={submit} noValidate aria-labelledby="city-form-title">
        <h2 id="city-form-title">{t('adminCity.formTitle')}</h2>
        <ErrorSummary
          id="city-errors"
          error={save.error}
          targets={{
            nameRu: 'f-name-ru',
            nameEn: 'f-name-en',
            timeZone: 'f-time-zone',
            'centre.lat': 'f-lat',
            'centre.lon': 'f-lon',
            zoom: 'f-zoom',
            phone: 'f-phone',
            email: 'f-email',
            address: 'f-address',
            website: 'f-website',
            languages: 'f-languages-ru,en',
          }}
        />
        <TextField
          id="f-name-ru"
          label={t('adminCity.nameRu')}
          hint={t('adminCity.nameRuHint')}
          value={draft.nameRu}
          onChange={set('nameRu')}
          error={err('nameRu')}
          maxLength={100}
        />
        <TextField
          id="f-name-en"
          label={t('adminCity.nameEn')}
          hint={t('adminCity.nameEnHint')}
          value={draft.nameEn}
          onChange={set('nameEn')}
          error={err('nameEn')}
          maxLength={100}
        />
        <SelectField
          id="f-time-zone"
          label={t('adminCity.timeZone')}
          hint={t('adminCity.timeZoneHint')}
          value={draft.timeZone}
          onChange={set('timeZone')}
          error={err('timeZone')}
          options={timeZones(draft.timeZone).map((z) => ({ value: z, label: z.replace(/_/g, ' ') }))}
        />
        <fieldset className="fieldset">
          <legend className="field__label">{t('adminCity.mapTitle')}</legend>
          <p className="field__hint">{t('adminCity.mapHint')}</p>
          <CityMap
            label={t('adminCity.mapLabel')}
            size="small"
            center={centre}
            point={centre ?? null}
            onPick={(p) => setDraft((d) => ({ ...d, lat: String(p.lat), lon: String(p.lon) }))}
            onView={(v) => (view.current = v)}
          />
          <button type="button" className="button button--secondary" onClick={takeView}>
            {t('adminCity.takeView')}
          </button>
          <TextField id="f-lat" label={t('adminCity.lat')} value={draft.lat} onChange={set('lat')} error={err('centre.lat')} width="short" />
          <TextField id="f-lon" label={t('adminCity.lon')} value={draft.lon} onChange={set('lon')} error={err('centre.lon')} width="short" />
          <TextField
            id="f-zoom"
            type="number"
            label={t('adminCity.zoom')}
            hint={t('adminCity.zoomHint')}
            value={draft.zoom}
            onChange={set('zoom')}
            error={err('zoom')}
            width="short"
            min="1"
          />
        </fieldset>
        <TextField
          id="f-phone"
          type="tel"
          label={t('adminCity.phone')}
          value={draft.phone}
          onChange={set('phone')}
          error={err('phone')}
          width="medium"
          maxLength={200}
        />
        <TextField id="f-email" type="email" label={t('adminCity.email')} value={draft.email} onChange={set('email')} error={err('email')} width="medium" />
        <TextField id="f-address" label={t('adminCity.address')} value={draft.address} onChange={set('address')} error={err('address')} maxLength={200} />
        <TextField
          id="f-website"
          type="url"
          label={t('adminCity.website')}
          hint={t('adminCity.websiteHint')}
          value={draft.website}
          onChange={set('website')}
          error={err('website')}
        />
        <RadioGroup
          idPrefix="f-languages"
          legend={t('adminCity.languages')}
          hint={t('adminCity.languagesHint')}
          value={draft.languages}
          onChange={set('languages')}
          error={err('languages')}
          options={languageChoices.map((v) => ({ value: v, label: t(`adminCity.languages.${v}`) }))}
        />
        <button type="submit" className="button" disabled={save.busy}>
          {t('adminCity.save')}
        </button>
      </form>

      <section className="section" aria-labelledby="logo-title">
        <h2 id="logo-title">{t('adminCity.logoTitle')}</h2>
        <p>{t('adminCity.logoLead')}</p>
        {city.logoUrl ? <img className="city-logo-preview" src={city.logoUrl} alt={t('adminCity.logoPreview')} /> : <p>{t('adminCity.noLogo')}</p>}
        {logo.error ? <Notice kind="error" title={(logo.error as ApiError).message} /> : null}
        <div className="field">
          <label className="field__label" htmlFor="f-logo">
            {city.logoUrl ? t('adminCity.replaceLogo') : t('adminCity.chooseLogo')}
          </label>
          <input
            ref={fileInput}
            id="f-logo"
            className="file-input"
            type="file"
            accept="image/png,image/jpeg,image/webp,image/avif"
            disabled={logo.busy || city.setupNeeded}
            onChange={(e) => chooseLogo(e.target.files?.[0])}
          />
        </div>
        {city.logoUrl ? (
          <button type="button" className="button button--secondary" disabled={logo.busy} onClick={() => void removeLogo()}>
            {t('adminCity.removeLogo')}
          </button>
        ) : null}
      </section>
    </>
  );
}
