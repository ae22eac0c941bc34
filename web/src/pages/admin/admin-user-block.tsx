import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { Schema } from '../../api/types.js';
import { BlockFields, useBlockDraft } from '../../components/block-fields.js';
import { useFormat } from '../../format.js';
import type { Submission } from '../../use-submit.js';
import type { Act } from './admin-user-roles.js';

/** Blocks the account (until the end of a city day, or for good, with a reason) or lifts the block. */
export function BlockSection({ user, submission, act }: { user: Schema<'AdminAccount'>; submission: Submission; act: Act }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { busy, error } = submission;
  const draft = useBlockDraft();

  const block = (blocked: boolean) =>
    act(
      () =>
        api.POST('/api/admin/users/{id}/block', {
          params: { path: { id: user.id } },
          body: draft.body(blocked),
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
          <BlockFields draft={draft} error={error} />
          <button type="submit" className="button button--warning" disabled={busy}>
            {t('admin.block')}
          </button>
        </form>
      )}
    </section>
  );
}
