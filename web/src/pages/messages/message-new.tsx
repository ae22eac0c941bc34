import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { messageLimits } from '@server/modules/messages/domain/rules.js';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextArea } from '../../components/fields.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { useSubmit } from '../../use-submit.js';

/** Writing to a person (`?to=<their id>`, as a public figure's page links): the first message starts the conversation. */
export function NewMessagePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const to = params.get('to') ?? '';
  const person = useApiQuery('/api/people/{id}', to ? { path: { id: to } } : null);
  const [text, setText] = useState('');
  const { busy, error, submit } = useSubmit();
  useTitle(t('messages.newTitle'), !!error);
  const send = submit(
    () => api.POST('/api/messages', { body: { recipientIds: [to], text } }),
    (r) => {
      void invalidate('/api/messages');
      void navigate(`/messages/${r.conversationId}`);
    },
    { leaving: true },
  );
  return (
    <div className="narrow">
      <p>
        <Link className="back-link" to="/messages">
          {t('messages.back')}
        </Link>
      </p>
      <ErrorSummary error={error} targets={{ text: 'f-text', recipientIds: 'f-text' }} />
      <PageHeading>{t('messages.newTitle')}</PageHeading>
      {person.data ? <p className="lead">{t('messages.to', { name: person.data.displayName })}</p> : null}
      <p className="muted">{t('messages.newHint')}</p>
      <form onSubmit={send as (e: FormEvent) => void} noValidate>
        <TextArea
          id="f-text"
          label={t('messages.write')}
          value={text}
          onChange={setText}
          rows={5}
          maxLength={messageLimits.text}
          error={fieldMessage(error, 'text')}
        />
        <button type="submit" className="button" disabled={busy || !to}>
          {t('messages.send')}
        </button>
      </form>
    </div>
  );
}
