import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextArea } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useSubmit, type Submission } from '../../use-submit.js';
import { ModerationNav } from './moderation-nav.js';

/** One word or phrase a line; blank lines and repeats dropped (the server normalises, checks and sorts them). */
export function parseWords(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const w = line.trim();
    if (w && !out.includes(w)) out.push(w);
  }
  return out;
}

/** The forbidden words: a comment or discussion containing one is held until a moderator checks it. */
export function ModerationWordsPage() {
  const { t } = useTranslation();
  const words = useApiQuery('/api/moderation/forbidden-words');
  const submission = useSubmit();
  useTitle(t('moderation.wordsTitle'), !!submission.error);

  return (
    <>
      <ModerationNav />
      <ErrorSummary error={submission.error} targets={{ words: 'f-words' }} />
      <PageHeading>{t('moderation.wordsTitle')}</PageHeading>
      <p className="lead">{t('moderation.wordsLead')}</p>
      <QueryView query={words}>{(w) => <WordsForm initial={w.words} submission={submission} />}</QueryView>
    </>
  );
}

/** The list as a text box, one word a line; saving shows the list as the server keeps it. */
function WordsForm({ initial, submission }: { initial: string[]; submission: Submission }) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => initial.join('\n'));
  const [saved, setSaved] = useState<number | null>(null);
  const { busy, error, submit } = submission;

  const save = (e: FormEvent) => {
    setSaved(null);
    submit(
      () => api.PUT('/api/moderation/forbidden-words', { body: { words: parseWords(text) } }),
      (res) => {
        setText(res.words.join('\n'));
        setSaved(res.words.length);
        void invalidate('/api/moderation/forbidden-words');
      },
    )(e);
  };

  return (
    <form className="form" onSubmit={save} noValidate>
      {saved !== null ? <Notice kind="success">{t('moderation.wordsSaved', { count: saved })}</Notice> : null}
      <TextArea
        id="f-words"
        label={t('moderation.words')}
        hint={t('moderation.wordsHint')}
        value={text}
        onChange={setText}
        rows={12}
        error={fieldMessage(error, 'words')}
      />
      <p className="muted">{t('moderation.wordsCount', { count: parseWords(text).length })}</p>
      <button type="submit" className="button" disabled={busy}>
        {t('moderation.wordsSave')}
      </button>
    </form>
  );
}
