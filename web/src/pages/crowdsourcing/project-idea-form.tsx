import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { crowdLimits } from '@server/modules/crowdsourcing/domain/idea-rules.js';
import { api } from '../../api/client.js';
import { invalidate } from '../../api/query.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextArea, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { useErrorTitle } from '../../components/page.js';
import { useSession } from '../../session.js';
import { useSubmit } from '../../use-submit.js';
import { at, type ProjectView } from './crowd-bits.js';

/** The idea form during the ideas phase; signed out or unconfirmed, what to do first. */
export function IdeaForm({ p }: { p: ProjectView }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const { busy, error, submit } = useSubmit();
  const send = submit(
    () => api.POST('/api/crowdsourcing/projects/{number}/ideas', { ...at(p), body: { title: title.trim(), text: text.trim() } }),
    (r) => {
      // the project's figures and its list of ideas
      void invalidate('/api/crowdsourcing/projects/{number}', '/api/crowdsourcing/projects/{number}/ideas', '/api/crowdsourcing/projects');
      void navigate(`/crowdsourcing/ideas/${r.number}`, { state: { created: true } });
    },
    { leaving: true },
  );
  useErrorTitle(!!error);
  let body;
  if (me === null) {
    body = (
      <p>
        <Link className="button" to={`/login?next=${encodeURIComponent(location.pathname)}`}>
          {t('crowd.form.signIn')}
        </Link>
      </p>
    );
  } else if (me && !me.emailConfirmed) {
    body = <Notice kind="info" title={t('crowd.form.confirmEmail')} />;
  } else if (!p.me.canSubmitIdea) {
    body = <p>{t('crowd.form.cannot')}</p>;
  } else {
    body = (
      <>
        <ErrorSummary error={error} targets={{ title: 'f-idea-title', text: 'f-idea-text' }} id="idea-errors" />
        <form onSubmit={send} noValidate className="cs-form">
          <TextField
            id="f-idea-title"
            label={t('crowd.form.title')}
            hint={t('crowd.form.titleHint')}
            value={title}
            onChange={setTitle}
            maxLength={crowdLimits.ideaTitle.max}
            error={fieldMessage(error, 'title')}
          />
          <TextArea
            id="f-idea-text"
            label={t('crowd.form.text')}
            hint={t('crowd.form.textHint')}
            value={text}
            onChange={setText}
            rows={6}
            maxLength={crowdLimits.ideaText.max}
            error={fieldMessage(error, 'text')}
          />
          <button type="submit" className="button" disabled={busy}>
            {t('crowd.form.submit')}
          </button>
        </form>
      </>
    );
  }
  return (
    <section className="cs-panel" aria-labelledby="cs-form-title">
      <h2 id="cs-form-title">{t('crowd.form.heading')}</h2>
      <p>{t('crowd.form.lead')}</p>
      {body}
    </section>
  );
}
