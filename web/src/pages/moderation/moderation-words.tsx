import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextArea } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { LoadError, Loading, PageHeading, useTitle } from '../../components/page.js';
import { useLoad } from '../../use-load.js';
import { useSubmit } from '../../use-submit.js';
import { ModerationNav } from './moderation-nav.js';

/** One word or phrase a line; blank lines and repeats dropped. */
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
  const loaded = useLoad('forbidden-words', () => api<{ words: string[] }>('GET', '/api/moderation/forbidden-words'));
  const [text, setText] = useState<string | null>(null);
  const { busy, error, submit } = useSubmit();
  const [saved, setSaved] = useState<number | null>(null);
  useTitle(t('moderation.wordsTitle'), !!error);

  useEffect(() => {
    if (loaded.data && text === null) setText(loaded.data.words.join('\n'));
  }, [loaded.data]);

  const save = (e: FormEvent) => {
    setSaved(null);
    submit(
      () => api<{ words: string[] }>('PUT', '/api/moderation/forbidden-words', { words: parseWords(text ?? '') }),
      (res) => {
        setText(res.words.join('\n'));
        setSaved(res.words.length);
      },
    )(e);
  };

  return (
    <>
      <ModerationNav />
      <ErrorSummary error={error} targets={{ words: 'f-words' }} />
      <PageHeading>{t('moderation.wordsTitle')}</PageHeading>
      <p className="lead">{t('moderation.wordsLead')}</p>
      {loaded.error ? (
        <LoadError error={loaded.error} retry={loaded.reload} />
      ) : text === null ? (
        <Loading />
      ) : (
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
      )}
    </>
  );
}
