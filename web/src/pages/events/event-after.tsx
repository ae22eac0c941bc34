import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { Notice } from '../../components/notice.js';
import { PlainText } from '../../components/plain-text.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';

type EventView = Schema<'EventView'>;

/**
 * "Meeting on the result of …": the poll, initiative or project this meeting was opened on, linked; before
 * registration opens for everyone, that its participants may register first — and to one of them, that they may now.
 */
export function EventSourceLink({ v }: { v: EventView }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!v.source) return null;
  const early = v.priorityDays > 0 && v.registrationOpensAt !== null && Date.now() < Date.parse(v.registrationOpensAt) && v.status !== 'cancelled';
  return (
    <>
      <p className="event-source">
        {t(`eventsAfter.sourceLead.${v.source.type}`)} <Link to={v.source.path}>{v.source.title}</Link>
      </p>
      {early && v.registration.allowed ? (
        <Notice kind="success" title={t(`eventsAfter.earlyYou.${v.source.type}`)}>
          <p>{t('eventsAfter.earlyOpensForAll', { when: f.dateTime(v.registrationOpensAt!) })}</p>
        </Notice>
      ) : early ? (
        <p className="muted">{t(`eventsAfter.earlyOthers.${v.source.type}`, { count: v.priorityDays })}</p>
      ) : null}
    </>
  );
}

/** The event's image (its poster or a photo), at most the column's width. */
export function EventImage({ v }: { v: EventView }) {
  const { t } = useTranslation();
  if (!v.image) return null;
  return (
    <p className="event__image">
      <a href={v.image.url}>
        <img src={v.image.url} alt={t('eventsAfter.imageAlt', { title: v.title })} width={640} height={480} />
      </a>
    </p>
  );
}

/** After the event: its minutes (text, decisions, photos, the source they answer), and a registered person's check-in during it. */
export function EventAfter({ v }: { v: EventView }) {
  return (
    <>
      <EventCheckIn v={v} />
      {v.minutesPublishedAt ? <EventMinutes id={v.id} /> : null}
    </>
  );
}

/** The public minutes of an event. */
function EventMinutes({ id }: { id: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const q = useApiQuery('/api/events/{id}/minutes', { path: { id } });
  const m = q.data?.minutes;
  if (!m) return null;
  return (
    <section className="event-minutes" aria-labelledby="event-minutes-title">
      <h2 id="event-minutes-title">{t('eventsAfter.minutesTitle')}</h2>
      <p className="muted">{t('eventsAfter.minutesPublished', { when: f.dateTime(m.publishedAt) })}</p>
      <PlainText text={m.text} />
      {m.decisions.length ? (
        <>
          <h3>{t('eventsAfter.decisionsTitle')}</h3>
          <ol>
            {m.decisions.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ol>
        </>
      ) : null}
      {m.photos.length ? (
        <ul className="event-minutes__photos" aria-label={t('eventsAfter.photosLabel')}>
          {m.photos.map((p) => (
            <li key={p.id}>
              <a href={p.url}>
                <img src={p.thumbUrl} alt={t('eventsAfter.photoAlt')} loading="lazy" width={160} height={120} />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {m.source ? (
        <p>
          {t(`eventsAfter.sourceLead.${m.source.type}`)} <Link to={m.source.path}>{m.source.title}</Link>
        </p>
      ) : null}
    </section>
  );
}

/** A registered person, during the event (an hour's margin either side), enters the code shown at the door. */
function EventCheckIn({ v }: { v: EventView }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmit();
  const [code, setCode] = useState('');
  const now = Date.now();
  const margin = 3_600_000;
  const during = now >= Date.parse(v.startsAt) - margin && now <= Date.parse(v.endsAt) + margin;
  if (v.status === 'cancelled' || !during || (v.mine?.state !== 'registered' && v.mine?.state !== 'attended')) return null;
  if (v.mine.state === 'attended') return <Notice kind="success" title={t('eventsAfter.checkedIn')} />;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(
      () => api.POST('/api/events/{id}/check-in', { params: { path: { id: v.id } }, body: { code } }),
      async () => {
        await invalidate('/api/events/{id}', '/api/me/events');
      },
    );
  };
  return (
    <form className="event-check-in" onSubmit={submit}>
      <label htmlFor="event-check-in-code">{t('eventsAfter.checkInLabel')}</label>
      <p className="muted">{t('eventsAfter.checkInHint')}</p>
      <input id="event-check-in-code" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" maxLength={20} required />
      <button type="submit" className="button" disabled={busy}>
        {t('eventsAfter.checkIn')}
      </button>
      {error ? <Notice kind="error" title={error.message} /> : null}
    </form>
  );
}
