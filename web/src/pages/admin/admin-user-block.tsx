import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { Schema } from '../../api/types.js';
import { cityDayEnd, cityDayOf } from '../../city-time.js';
import { fieldMessage } from '../../components/errors.js';
import { TextArea, TextField } from '../../components/fields.js';
import { useFormat } from '../../format.js';
import type { Submission } from '../../use-submit.js';
import type { Act } from './admin-user-roles.js';

/** Blocks the account (until the end of a city day, or for good, with a reason) or lifts the block. */
export function BlockSection({ user, submission, act }: { user: Schema<'AdminAccount'>; submission: Submission; act: Act }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { busy, error } = submission;
  const [until, setUntil] = useState('');
  const [blockReason, setBlockReason] = useState('');
  // the earliest day a block can end: today on the city's calendar
  const minDate = cityDayOf(new Date().toISOString());

  const block = (blocked: boolean) =>
    act(
      () =>
        api.POST('/api/admin/users/{id}/block', {
          params: { path: { id: user.id } },
          body: {
            blocked,
            // the block lasts to the end of the chosen day on the city's clock
            ...(blocked && until ? { until: cityDayEnd(until) } : {}),
            ...(blocked && blockReason.trim() ? { reason: blockReason.trim() } : {}),
          },
        }),
      () => (blocked ? t('admin.blockedDone') : t('admin.unblockedDone')),
    );

  return (
    <section aria-labelledby="block-title" className="section">
      <h2 id="block-title">{user.blocked ? t('admin.unblockTitle') : t('admin.blockTitle')}</h2>
      <p>{user.blocked ? t('admin.unblockText') : t('admin.blockText')}</p>
      {user.blocked ? (
        <>
          <dl className="summary-list">
            <div>
              <dt>{t('admin.blockedUntil')}</dt>
              <dd>{user.blockedUntil ? f.dateTime(user.blockedUntil) : t('admin.blockedForever')}</dd>
            </div>
            {user.blockReason ? (
              <div>
                <dt>{t('admin.blockReason')}</dt>
                <dd>{user.blockReason}</dd>
              </div>
            ) : null}
          </dl>
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void block(false)}>
            {t('admin.unblock')}
          </button>
        </>
      ) : (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void block(true);
          }}
        >
          <TextField
            id="f-until"
            type="date"
            label={t('admin.blockUntil')}
            hint={t('admin.blockUntilHint')}
            value={until}
            onChange={setUntil}
            width="medium"
            min={minDate}
            error={fieldMessage(error, 'until')}
          />
          <TextArea
            id="f-reason"
            label={t('admin.blockReasonLabel')}
            hint={t('admin.blockReasonHint')}
            value={blockReason}
            onChange={setBlockReason}
            rows={3}
            maxLength={500}
            error={fieldMessage(error, 'reason')}
          />
          <button type="submit" className="button button--warning" disabled={busy}>
            {t('admin.block')}
          </button>
        </form>
      )}
    </section>
  );
}
