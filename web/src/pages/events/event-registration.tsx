import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { invalidate } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { useConfirm } from '../../components/confirm-dialog.js';
import { Notice } from '../../components/notice.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useSubmit } from '../../use-submit.js';

type EventView = Schema<'EventView'>;

/** Everything that shows a registration: the event, the lists, my events. */
const changed = () => invalidate('/api/events/{id}', '/api/events', '/api/me/events');

/**
 * Registering: where I stand (registered, number N on the waitlist, attended) and "cancel my registration"; else the
 * "Register" button (at capacity it puts me on the waitlist, and says so first) or why I may not, in the server's
 * words; a visitor is asked to sign in. A refusal when registering (an age limit) is the server's sentence.
 */
export function EventRegistration({ v }: { v: EventView }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  const { busy, error, run } = useSubmit();
  const { ask, dialog } = useConfirm();
  const [done, setDone] = useState<string | null>(null);
  const path = { params: { path: { id: v.id } } };
  const full = v.freePlaces === 0;
  const started = Date.now() >= Date.parse(v.startsAt);

  const register = () =>
    run(
      () => api.POST('/api/events/{id}/registration', path),
      async (mine) => {
        setDone(mine.state === 'waitlisted' ? t('events.nowWaiting', { position: mine.position ?? 0 }) : t('events.nowRegistered'));
        await changed();
      },
    );

  async function cancel() {
    const waiting = v.mine?.state === 'waitlisted';
    const yes = await ask({
      title: t('events.cancelQuestion', { title: v.title }),
      body: <p>{waiting ? t('events.cancelWaitingBody') : t('events.cancelBody')}</p>,
      confirm: t('events.cancelYes'),
    });
    if (!yes) return;
    await run(
      () => api.DELETE('/api/events/{id}/registration', path),
      async () => {
        setDone(t('events.cancelledMine'));
        await changed();
      },
    );
  }

  const state = v.mine?.state;
  return (
    <section className="event-registration" aria-labelledby="event-registration-title">
      <h2 id="event-registration-title">{t('events.registrationTitle')}</h2>
      {done ? (
        <p role="status" className="event-registration__done">
          {done}
        </p>
      ) : null}
      {error ? <Notice kind="error" title={error.message} /> : null}
      {state === 'registered' ? (
        <Notice kind="success" title={t('events.youAreRegistered')} />
      ) : state === 'waitlisted' ? (
        <Notice kind="warning" title={t('events.youAreWaiting', { position: f.number(v.mine?.position ?? 0) })}>
          <p>{t('events.waitingHint')}</p>
        </Notice>
      ) : state === 'attended' ? (
        <Notice kind="success" title={t('events.youAttended')} />
      ) : null}

      {(state === 'registered' || state === 'waitlisted') && !started ? (
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void cancel()}>
          {t('events.cancelMine')}
        </button>
      ) : state === 'registered' || state === 'waitlisted' || state === 'attended' ? null : started ? (
        <p className="event-registration__refusal">{t('events.registrationOver')}</p>
      ) : me === null ? (
        <p>
          <Link className="button" to={`/login?next=${encodeURIComponent(`/events/${v.id}`)}`}>
            {t('events.signInToRegister')}
          </Link>
        </p>
      ) : v.registration.allowed ? (
        <>
          {full ? <p>{t('events.fullHint', { count: v.waitlistCount, n: f.number(v.waitlistCount) })}</p> : null}
          <button type="button" className="button" disabled={busy} onClick={() => void register()}>
            {full ? t('events.joinWaitlist') : t('events.register')}
          </button>
        </>
      ) : me && v.registration.message ? (
        <p className="event-registration__refusal">{v.registration.message}</p>
      ) : null}
      {dialog}
    </section>
  );
}
