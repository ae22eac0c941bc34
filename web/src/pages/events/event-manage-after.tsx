import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { afterLimits } from '@server/modules/events/domain/events.js';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextArea } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PhotoUpload, type AttachedPhoto } from '../../components/photo-upload.js';
import { QueryView } from '../../components/query-view.js';
import { useSubmit } from '../../use-submit.js';

type EventView = Schema<'EventView'>;
type Line = Schema<'EventRegistrations'>['items'][number];
type Minutes = NonNullable<Schema<'EventMinutes'>['minutes']>;

/** Whether the event has started (attendance and minutes are for then; the server says the same). */
export const hasStarted = (e: EventView) => Date.now() >= Date.parse(e.startsAt);
/** Whether check-in is over (an hour's margin after the end, as the server allows): the door's code is no use then. */
export const isCheckInOver = (e: EventView) => Date.now() > Date.parse(e.endsAt) + afterLimits.checkInMarginMinutes * 60_000;

/**
 * The code to show at the door, big enough to read across a room; registered people type it on the event's page
 * during the event (an hour's margin either side) and are marked present. A new code stops the previous one.
 */
export function CheckInCode({ e }: { e: EventView }) {
  const { t } = useTranslation();
  const q = useApiQuery('/api/events/{id}/check-in-code', { path: { id: e.id } });
  const { busy, error, run } = useSubmit();
  const make = () =>
    run(
      () => api.POST('/api/events/{id}/check-in-code', { params: { path: { id: e.id } } }),
      () => void invalidate('/api/events/{id}/check-in-code'),
    );
  return (
    <section className="section" aria-labelledby="ev-code-title">
      <h2 id="ev-code-title">{t('eventsAfter.codeTitle')}</h2>
      <p>{t('eventsAfter.codeText')}</p>
      <QueryView query={q}>
        {({ code }) => (
          <>
            {code ? (
              <p className="ev-code" aria-label={t('eventsAfter.codeLabel', { code: code.split('').join(' ') })}>
                {code}
              </p>
            ) : (
              <p className="muted">{t('eventsAfter.noCode')}</p>
            )}
            {error ? <Notice kind="error" title={error.message} /> : null}
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void make()}>
              {code ? t('eventsAfter.newCode') : t('eventsAfter.makeCode')}
            </button>
            {code ? <p className="field__hint">{t('eventsAfter.newCodeHint')}</p> : null}
          </>
        )}
      </QueryView>
    </section>
  );
}

/**
 * After the start: the registered people with a tick for each who came (those who checked in with the code come
 * ticked), saved at once for the whole list; the counts follow the server's answer.
 */
export function AttendanceList({ e }: { e: EventView }) {
  const { t } = useTranslation();
  const list = useApiQuery('/api/events/{id}/registrations', { path: { id: e.id } });
  return (
    <section className="section" aria-labelledby="ev-attendance-title">
      <h2 id="ev-attendance-title">{t('eventsAfter.attendanceTitle')}</h2>
      <p>{t('eventsAfter.attendedCount', { count: e.attendedCount, total: e.registeredCount })}</p>
      <QueryView query={list}>
        {({ items }) => {
          const people = items.filter((l) => l.state === 'registered' || l.state === 'attended');
          return people.length ? <AttendanceForm e={e} people={people} /> : <p>{t('eventsOrganise.noneRegistered')}</p>;
        }}
      </QueryView>
    </section>
  );
}

function AttendanceForm({ e, people }: { e: EventView; people: Line[] }) {
  const { t } = useTranslation();
  const { busy, error, submit } = useSubmit();
  const [ticks, setTicks] = useState<Record<string, boolean>>({});
  const [saved, setSaved] = useState(false);
  const ticked = (l: Line) => ticks[l.userId] ?? l.state === 'attended';
  const save = submit(
    () =>
      api.PUT('/api/events/{id}/attendance', {
        params: { path: { id: e.id } },
        body: { items: people.map((l) => ({ userId: l.userId, attended: ticked(l) })) },
      }),
    async () => {
      setTicks({});
      setSaved(true);
      await invalidate('/api/events/{id}', '/api/events/{id}/registrations', '/api/events');
    },
  );
  return (
    <form onSubmit={save} noValidate>
      {error ? <Notice kind="error" title={error.message} /> : null}
      <fieldset className="ev-attendance">
        <legend className="visually-hidden">{t('eventsAfter.attendanceLegend')}</legend>
        {people.map((l) => (
          <div className="radio" key={l.userId}>
            <input
              className="radio__input"
              type="checkbox"
              id={`att-${l.userId}`}
              checked={ticked(l)}
              onChange={(ev) => {
                setSaved(false);
                setTicks((m) => ({ ...m, [l.userId]: ev.target.checked }));
              }}
            />
            <label className="radio__label break" htmlFor={`att-${l.userId}`}>
              {l.displayName || t('eventsOrganise.noName')}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={busy}>
        {t('eventsAfter.saveAttendance')}
      </button>
      <p role="status" className="ev-saved">
        {saved ? t('eventsAfter.attendanceSaved') : ''}
      </p>
    </form>
  );
}

/** The minutes as the form holds them: decisions one per line. */
interface MinutesDraft {
  text: string;
  decisions: string;
  photos: AttachedPhoto[];
}

const draftOf = (m: Minutes | null): MinutesDraft => ({
  text: m?.text ?? '',
  decisions: m?.decisions.join('\n') ?? '',
  photos: m?.photos.map((p) => ({ id: p.id, thumbUrl: p.thumbUrl })) ?? [],
});

/**
 * After the start: the organisers write the minutes — what was said, the decisions (one per line), photos through
 * the shared upload — and publish them on the event's page (the first publication tells those registered; later
 * saves replace them). A meeting's minutes link back to the poll, initiative or project it was opened on.
 */
export function MinutesEditor({ e }: { e: EventView }) {
  const q = useApiQuery('/api/events/{id}/minutes', { path: { id: e.id } });
  return <QueryView query={q}>{({ minutes }) => <MinutesForm e={e} minutes={minutes} />}</QueryView>;
}

function MinutesForm({ e, minutes }: { e: EventView; minutes: Minutes | null }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(minutes));
  const [done, setDone] = useState(false);
  const { busy, error, run } = useSubmit();
  const send = (ev: FormEvent) => {
    ev.preventDefault();
    const decisions = draft.decisions
      .split('\n')
      .map((d) => d.trim())
      .filter(Boolean);
    void run(
      () =>
        api.PUT('/api/events/{id}/minutes', {
          params: { path: { id: e.id } },
          body: { text: draft.text, decisions, photoFileIds: draft.photos.map((p) => p.id) },
        }),
      async () => {
        setDone(true);
        await invalidate('/api/events/{id}/minutes', '/api/events/{id}');
      },
    );
  };
  return (
    <section className="section" aria-labelledby="ev-minutes-title">
      <h2 id="ev-minutes-title">{t('eventsAfter.minutesTitle')}</h2>
      <p>{minutes ? t('eventsAfter.minutesEditText') : t('eventsAfter.minutesNewText')}</p>
      {done ? (
        <Notice kind="success" title={t('eventsAfter.minutesSaved')}>
          <p>
            <Link to={`/events/${e.id}`}>{t('eventsAfter.seeOnPage')}</Link>
          </p>
        </Notice>
      ) : null}
      <ErrorSummary
        id="minutes-errors"
        error={error}
        targets={{ text: 'f-minutes-text', decisions: 'f-minutes-decisions', photoFileIds: 'f-minutes-photos' }}
      />
      <form onSubmit={send} noValidate>
        <TextArea
          id="f-minutes-text"
          label={t('eventsAfter.minutesText')}
          hint={t('eventsAfter.minutesTextHint')}
          value={draft.text}
          onChange={(text) => setDraft((d) => ({ ...d, text }))}
          rows={8}
          maxLength={afterLimits.minutesText.max}
          error={fieldMessage(error, 'text')}
        />
        <TextArea
          id="f-minutes-decisions"
          label={t('eventsAfter.decisionsTitle')}
          hint={t('eventsAfter.decisionsHint', { max: afterLimits.decisions })}
          value={draft.decisions}
          onChange={(decisions) => setDraft((d) => ({ ...d, decisions }))}
          rows={4}
          error={fieldMessage(error, 'decisions')}
        />
        <PhotoUpload
          id="f-minutes-photos"
          label={t('eventsAfter.photosLabel')}
          hint={t('eventsAfter.photosHint', { max: afterLimits.photos })}
          photos={draft.photos}
          max={afterLimits.photos}
          onChange={(update) => setDraft((d) => ({ ...d, photos: update(d.photos) }))}
          error={fieldMessage(error, 'photoFileIds')}
        />
        <button type="submit" className="button" disabled={busy}>
          {minutes ? t('eventsAfter.saveMinutes') : t('eventsAfter.publishMinutes')}
        </button>
      </form>
    </section>
  );
}
