import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { areaLimits } from '@server/modules/areas/domain/areas.js';
import { api } from '../../api/client.js';
import { useDistrictName, useDistricts } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { useConfirm } from '../../components/confirm-dialog.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { Checkbox, SelectField } from '../../components/fields.js';
import { Loading, useErrorTitle } from '../../components/page.js';
import { Notice, Tag } from '../../components/notice.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { withTexts } from '../../i18n/i18n.js';
import { useSubmit } from '../../use-submit.js';
import { areaTopics, distanceText, districtOptions, placeName, refuse, topicsText, type AreaTopic } from './area-words.js';
import './areas.css';

type SavedPlace = Schema<'SavedPlace'>;

// the place form carries the address search (its words come with the reports' texts) and the map: fetched when opened
const PlaceForm = lazy(() => withTexts(['reports'], import('./place-form.js')).then((m) => ({ default: m.PlaceForm })));

/** The alert's radius steps (the area page offers the same and more). */
const alertRadii = [250, 500, 1000, 2000];

/**
 * The profile's "My places": the person's saved places (home, work, parents, other), each with its address, a link
 * to what is around it, its alert (radius and topics) and changing or deleting it; adding one; then district alerts.
 */
export function MyPlaces() {
  const { t } = useTranslation();
  const places = useApiQuery('/api/me/places');
  const [open, setOpen] = useState<{ form: 'place' | 'alert'; id: string | null } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const { ask, dialog } = useConfirm();
  const items = places.data?.items ?? [];
  // the form that was closed held the focus: it goes to what happened
  const said = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (status) said.current?.focus();
  }, [status]);

  const done = (message: string) => {
    setOpen(null);
    setStatus(message);
    void invalidate('/api/me/places');
  };

  async function remove(p: SavedPlace) {
    const name = placeName(t, p);
    const yes = await ask({
      title: t('profile.places.deleteQuestion', { name }),
      body: t('profile.places.deleteBody'),
      confirm: t('profile.places.deleteYes'),
    });
    if (yes)
      await run(
        () => api.DELETE('/api/me/places/{id}', { params: { path: { id: p.id } } }),
        () => done(t('profile.places.deleted', { name })),
      );
  }

  return (
    <>
      <section aria-labelledby="my-places-title" className="section" id="my-places">
        <h2 id="my-places-title">{t('profile.places.title')}</h2>
        <p>{t('profile.places.intro')}</p>
        <div role="status" ref={said} tabIndex={-1}>
          {status ? <Notice kind="success">{status}</Notice> : null}
        </div>
        {error ? <Notice kind="error" title={error.message} /> : null}
        <QueryView query={places}>
          {() =>
            items.length === 0 ? (
              <p>{t('profile.places.empty')}</p>
            ) : (
              <ul className="saved-places">
                {items.map((p) => (
                  <SavedPlaceCard
                    key={p.id}
                    place={p}
                    open={open?.id === p.id ? open.form : null}
                    busy={busy}
                    onOpen={(form) => {
                      setStatus(null);
                      setOpen(open?.id === p.id && open.form === form ? null : { form, id: p.id });
                    }}
                    onClose={() => setOpen(null)}
                    onDone={done}
                    onDelete={() => void remove(p)}
                  />
                ))}
              </ul>
            )
          }
        </QueryView>
        {open?.form === 'place' && open.id === null ? (
          <Suspense fallback={<Loading />}>
            <PlaceForm place={null} onCancel={() => setOpen(null)} onSaved={(p) => done(t('profile.places.saved', { name: placeName(t, p) }))} />
          </Suspense>
        ) : places.data ? (
          <>
            <button
              type="button"
              className="button"
              disabled={items.length >= areaLimits.maxSavedPlaces}
              onClick={() => {
                setStatus(null);
                setOpen({ form: 'place', id: null });
              }}
            >
              {t('profile.places.add')}
            </button>
            <p className="field__hint">{t('profile.places.max', { n: areaLimits.maxSavedPlaces })}</p>
          </>
        ) : null}
        {dialog}
      </section>
      <DistrictAlerts />
    </>
  );
}

function SavedPlaceCard({
  place: p,
  open,
  busy,
  onOpen,
  onClose,
  onDone,
  onDelete,
}: {
  place: SavedPlace;
  open: 'place' | 'alert' | null;
  busy: boolean;
  onOpen(form: 'place' | 'alert'): void;
  onClose(): void;
  onDone(message: string): void;
  onDelete(): void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const name = placeName(t, p);
  const titleId = `saved-place-${p.id}`;
  return (
    <li className="card saved-place" aria-labelledby={titleId}>
      <h3 className="saved-place__title" id={titleId}>
        {name} {p.name ? <Tag>{t(`profile.places.label.${p.label}`)}</Tag> : null}
      </h3>
      <p className="saved-place__line">{p.address}</p>
      {p.districtId ? <p className="saved-place__line muted">{districtName(p.districtId)}</p> : null}
      <p className="saved-place__line">
        {p.alert
          ? t('profile.places.alertOn', { distance: distanceText(f, p.alert.radiusMeters), topics: topicsText(t, p.alert.topics) })
          : t('profile.places.alertOff')}
      </p>
      <div className="card__actions">
        <Link className="button button--secondary" to={`/area/${p.id}`} aria-label={t('profile.places.aroundLabel', { name })}>
          {t('profile.places.around')}
        </Link>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={open === 'alert'}
          aria-label={t('profile.places.alertSettingsLabel', { name })}
          onClick={() => onOpen('alert')}
        >
          {t('profile.places.alertSettings')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={open === 'place'}
          aria-label={t('profile.places.editLabel', { name })}
          onClick={() => onOpen('place')}
        >
          {t('profile.places.edit')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} aria-label={t('profile.places.deleteLabel', { name })} onClick={onDelete}>
          {t('profile.places.delete')}
        </button>
      </div>
      {open === 'place' ? (
        <Suspense fallback={<Loading />}>
          <PlaceForm place={p} onCancel={onClose} onSaved={(saved) => onDone(t('profile.places.saved', { name: placeName(t, saved) }))} />
        </Suspense>
      ) : open === 'alert' ? (
        <AlertForm place={p} onCancel={onClose} onDone={onDone} />
      ) : null}
    </li>
  );
}

/** The topics as checkboxes, with the error beside them (the summary links to the first). */
function TopicChoice({
  idPrefix,
  topics,
  onChange,
  error,
}: {
  idPrefix: string;
  topics: AreaTopic[];
  onChange(t: AreaTopic[]): void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className={`fieldset saved-place__topics${error ? ' field--error' : ''}`}>
      <legend className="field__label">{t('profile.places.topics')}</legend>
      {error ? (
        <p className="field__error">
          <span className="visually-hidden">{t('errors.fieldPrefix')} </span>
          {error}
        </p>
      ) : null}
      {areaTopics.map((x) => (
        <Checkbox
          key={x}
          id={`${idPrefix}-${x}`}
          label={t(`profile.places.topic.${x}`)}
          checked={topics.includes(x)}
          onChange={(on) => onChange(on ? [...topics, x] : topics.filter((y) => y !== x))}
        />
      ))}
    </fieldset>
  );
}

/** A place's alert: the radius and the topics; "turn off" when it has one. */
function AlertForm({ place: p, onCancel, onDone }: { place: SavedPlace; onCancel(): void; onDone(message: string): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [radius, setRadius] = useState(p.alert?.radiusMeters ?? areaLimits.defaultRadiusMeters);
  const [topics, setTopics] = useState<AreaTopic[]>(p.alert?.topics ?? ['reports', 'answers']);
  const { busy, error, setError, run } = useSubmit();
  useErrorTitle(!!error);
  const name = placeName(t, p);
  const id = `alert-${p.id}`;
  const steps = alertRadii.includes(radius) ? alertRadii : [...alertRadii, radius].sort((a, b) => a - b);

  function save(e: FormEvent) {
    e.preventDefault();
    if (!topics.length) return setError(refuse('topics', t('profile.places.topicsRequired')));
    void run(
      () => api.PUT('/api/me/places/{id}/alert', { params: { path: { id: p.id } }, body: { radiusMeters: radius, topics } }),
      () => onDone(t('profile.places.alertSaved', { name })),
    );
  }

  const stop = () =>
    run(
      () => api.DELETE('/api/me/places/{id}/alert', { params: { path: { id: p.id } } }),
      () => onDone(t('profile.places.alertStopped', { name })),
    );

  return (
    <form className="form saved-place__form" onSubmit={save} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('profile.places.alertTitle', { name })}</h4>
      <ErrorSummary id={`${id}-errors`} error={error} targets={{ radiusMeters: `${id}-radius`, topics: `${id}-topics-${areaTopics[0]}` }} />
      <SelectField
        id={`${id}-radius`}
        label={t('profile.places.radius')}
        value={String(radius)}
        onChange={(v) => setRadius(Number(v))}
        error={fieldMessage(error, 'radiusMeters', { area_radius_too_large: 'radiusMeters' })}
        options={steps.map((r) => ({ value: String(r), label: distanceText(f, r) }))}
      />
      <TopicChoice idPrefix={`${id}-topics`} topics={topics} onChange={setTopics} error={fieldMessage(error, 'topics')} />
      <div className="card__actions">
        <button type="submit" className="button" disabled={busy}>
          {p.alert ? t('profile.places.alertUpdate') : t('profile.places.alertSave')}
        </button>
        {p.alert ? (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void stop()}>
            {t('profile.places.alertStop')}
          </button>
        ) : null}
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('profile.places.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Alerts for whole districts: the ones the person has (topics, what is in it, unsubscribe) and subscribing to one. */
function DistrictAlerts() {
  const { t } = useTranslation();
  const f = useFormat();
  const alerts = useApiQuery('/api/me/district-alerts');
  const districts = useDistricts();
  const districtName = useDistrictName();
  const [districtId, setDistrictId] = useState('');
  const [topics, setTopics] = useState<AreaTopic[]>(['polls', 'works']);
  const [status, setStatus] = useState<string | null>(null);
  const { busy, error, setError, run } = useSubmit();
  useErrorTitle(!!error);
  const options = districtOptions(f, districts.data);

  const done = (message: string) => {
    setStatus(message);
    void invalidate('/api/me/district-alerts');
  };

  function save(e: FormEvent) {
    e.preventDefault();
    setStatus(null);
    if (!districtId) return setError(refuse('districtId', t('profile.districtAlerts.districtRequired')));
    if (!topics.length) return setError(refuse('topics', t('profile.places.topicsRequired')));
    void run(
      () => api.PUT('/api/me/district-alerts/{districtId}', { params: { path: { districtId } }, body: { topics } }),
      () => done(t('profile.districtAlerts.saved', { name: districtName(districtId) })),
    );
  }

  const stop = (id: string) => {
    setStatus(null);
    void run(
      () => api.DELETE('/api/me/district-alerts/{districtId}', { params: { path: { districtId: id } } }),
      () => done(t('profile.districtAlerts.stopped', { name: districtName(id) })),
    );
  };

  return (
    <section aria-labelledby="district-alerts-title" className="section">
      <h2 id="district-alerts-title">{t('profile.districtAlerts.title')}</h2>
      <p>{t('profile.districtAlerts.intro')}</p>
      <div role="status">{status ? <Notice kind="success">{status}</Notice> : null}</div>
      <QueryView query={alerts}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('profile.districtAlerts.empty')}</p>
          ) : (
            <ul className="role-list">
              {data.items.map((a) => (
                <li className="role-list__item" key={a.districtId}>
                  <div>
                    <p className="role-list__role">{districtName(a.districtId)}</p>
                    <p className="muted">{t('profile.districtAlerts.topics', { topics: topicsText(t, a.topics) })}</p>
                    <p>
                      <Link to={`/area?district=${encodeURIComponent(a.districtId)}`}>{t('profile.districtAlerts.around')}</Link>
                    </p>
                  </div>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={busy}
                    aria-label={t('profile.districtAlerts.stopLabel', { name: districtName(a.districtId) })}
                    onClick={() => stop(a.districtId)}
                  >
                    {t('profile.districtAlerts.stop')}
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      <form className="form" onSubmit={save} noValidate>
        <ErrorSummary
          id="district-alerts-errors"
          error={error}
          targets={{ districtId: 'f-alert-district', topics: `f-alert-topics-${areaTopics[0]}` }}
          codeFields={{ not_found: 'districtId' }}
        />
        <SelectField
          id="f-alert-district"
          label={t('profile.districtAlerts.district')}
          value={districtId}
          onChange={setDistrictId}
          error={fieldMessage(error, 'districtId', { not_found: 'districtId' })}
          options={[{ value: '', label: t('profile.districtAlerts.choose') }, ...options]}
        />
        <TopicChoice idPrefix="f-alert-topics" topics={topics} onChange={setTopics} error={fieldMessage(error, 'topics')} />
        <button type="submit" className="button button--secondary" disabled={busy}>
          {t('profile.districtAlerts.save')}
        </button>
      </form>
    </section>
  );
}
