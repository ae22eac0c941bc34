import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { eventLimits } from '@server/modules/events/domain/events.js';
import { api } from '../../api/client.js';
import { invalidate } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { useConfirm } from '../../components/confirm-dialog.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextArea } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { useSubmit } from '../../use-submit.js';

type EventView = Schema<'EventView'>;

const refresh = () => invalidate('/api/events', '/api/events/{id}', '/api/events/{id}/registrations', '/api/me/events');

/** Closing registration for now (those in stay; nobody new joins, not even the waitlist), or reopening it. */
export function RegistrationSwitch({ e }: { e: EventView }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmit();
  const toggle = () =>
    run(
      () => api.PUT('/api/events/{id}/registration-paused', { params: { path: { id: e.id } }, body: { paused: !e.registrationPaused } }),
      () => void refresh(),
    );
  return (
    <section className="section" aria-labelledby="ev-switch-title">
      <h2 id="ev-switch-title">{t('eventsOrganise.registrationTitle')}</h2>
      <p>{e.registrationPaused ? t('eventsOrganise.pausedText') : t('eventsOrganise.openText')}</p>
      {error ? <Notice kind="error" title={error.message} /> : null}
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void toggle()}>
        {e.registrationPaused ? t('eventsOrganise.reopen') : t('eventsOrganise.pause')}
      </button>
    </section>
  );
}

/** Cancelling the event, with a reason that everyone registered or waiting reads with the news; asked once more first. */
export function CancelEvent({ e }: { e: EventView }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { busy, error, run } = useSubmit();
  const { ask, dialog } = useConfirm();
  const people = e.registeredCount + e.waitlistCount;

  async function cancel(ev: FormEvent) {
    ev.preventDefault();
    const yes = await ask({
      title: t('eventsOrganise.cancelConfirmTitle', { title: e.title }),
      body: <p>{people ? t('eventsOrganise.cancelConfirmPeople', { count: people }) : t('eventsOrganise.cancelConfirmNobody')}</p>,
      confirm: t('eventsOrganise.cancelConfirm'),
    });
    if (!yes) return;
    await run(
      () => api.POST('/api/events/{id}/cancel', { params: { path: { id: e.id } }, body: { reason } }),
      () => void refresh(),
    );
  }

  return (
    <section className="section ev-manage__danger" aria-labelledby="ev-cancel-title">
      <h2 id="ev-cancel-title">{t('eventsOrganise.cancelTitle')}</h2>
      <ErrorSummary id="cancel-errors" error={error} targets={{ reason: 'f-cancel-reason' }} />
      <p>{people ? t('eventsOrganise.cancelText', { count: people }) : t('eventsOrganise.cancelTextNobody')}</p>
      <form onSubmit={(ev) => void cancel(ev)} noValidate>
        <TextArea
          id="f-cancel-reason"
          label={t('eventsOrganise.cancelReason')}
          hint={t('eventsOrganise.cancelReasonHint')}
          value={reason}
          onChange={setReason}
          rows={3}
          maxLength={eventLimits.cancelReason.max}
          error={fieldMessage(error, 'reason')}
        />
        <button type="submit" className="button button--warning" disabled={busy}>
          {t('eventsOrganise.cancelAction')}
        </button>
      </form>
      {dialog}
    </section>
  );
}
