import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextField } from '../../components/fields.js';
import { PersonLink } from '../../components/person.js';
import { useSession } from '../../session.js';
import { useSubmit } from '../../use-submit.js';

/** The author's list of co-authors: add by account id (the person is notified), take off. */
export function Coauthors({ p, onDone }: { p: Schema<'BudgetingProposal'>; onDone(): Promise<void> }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [userId, setUserId] = useState('');
  const { busy, error, submit, run } = useSubmit();
  const add = submit(
    () => api.POST('/api/budgeting/proposals/{number}/coauthors', { params: { path: { number: p.number } }, body: { userId: userId.trim() } }),
    () => {
      setUserId('');
      return onDone();
    },
  );
  const remove = (id: string) =>
    void run(() => api.DELETE('/api/budgeting/proposals/{number}/coauthors/{userId}', { params: { path: { number: p.number, userId: id } } }), onDone);
  if (!p.coauthors.length && !p.can.manageCoauthors) return null;
  return (
    <section aria-labelledby="coauthors-title">
      <h2 id="coauthors-title">{t('proposal.coauthors')}</h2>
      <ErrorSummary error={error} targets={{ userId: 'f-coauthor' }} id="coauthor-errors" />
      {p.coauthors.length ? (
        <ul className="pb-coauthors">
          {p.coauthors.map((c) => (
            <li key={c.id}>
              <PersonLink person={c} />
              {c.viaMerge ? <span className="muted"> · {t('proposal.viaMerge')}</span> : null}
              {p.can.edit && (p.can.manageCoauthors || c.id === me?.id) ? (
                <>
                  {' '}
                  <button type="button" className="button button--secondary button--small" disabled={busy} onClick={() => remove(c.id)}>
                    {c.id === me?.id ? t('proposal.leave') : t('proposal.removeCoauthor')}
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {p.can.manageCoauthors ? (
        <form onSubmit={add} noValidate className="pb-inline-form">
          <TextField
            id="f-coauthor"
            label={t('proposal.addCoauthor')}
            hint={t('proposal.addCoauthorHint')}
            value={userId}
            onChange={setUserId}
            error={fieldMessage(error, 'userId')}
          />
          <button className="button button--secondary" type="submit" disabled={busy || !userId.trim()}>
            {t('proposal.addCoauthorButton')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
