import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import { ErrorSummary } from '../../components/errors.js';
import { RadioGroup } from '../../components/fields.js';
import { useErrorTitle } from '../../components/page.js';
import { useSubmit } from '../../use-submit.js';

/** The three questions, each a scale of whole numbers (the server's bounds), worded in `monitor.survey.<key>`. */
const questions = [
  { key: 'usefulness', from: 1, to: 5 },
  { key: 'recommend', from: 0, to: 10 },
  { key: 'community', from: 1, to: 5 },
] as const;
type Question = (typeof questions)[number]['key'];
type Answers = Record<Question, string>;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/**
 * The quarterly survey of the social-performance monitor, on the home page of a signed-in resident who has not answered
 * nor declined it this quarter: three optional questions, each a row of numbered choices with its scale's two ends in
 * words, "Send" and "Not now". Its words and code come only then.
 */
export function SurveyCard() {
  const { t } = useTranslation();
  const state = useApiQuery('/api/me/survey');
  const [answers, setAnswers] = useState<Answers>({ usefulness: '', recommend: '', community: '' });
  const [thanked, setThanked] = useState(false);
  const { busy, error, setError, run } = useSubmit();
  useErrorTitle(!!error);

  if (thanked)
    return (
      <section className="section card survey-card" aria-labelledby="survey-title" aria-live="polite">
        <h2 id="survey-title">{t('monitor.survey.title')}</h2>
        <p>{t('monitor.survey.thanks')}</p>
        <Link to="/monitor">{t('monitor.survey.seeMonitor')}</Link>
      </section>
    );
  if (!state.data?.ask) return null;

  const num = (v: string) => (v === '' ? null : Number(v));
  function send(dismissed: boolean) {
    if (!dismissed && questions.every((q) => answers[q.key] === '')) return setError(new ApiError(400, 'monitor_survey_empty', t('monitor.survey.empty')));
    const body = dismissed
      ? { dismissed: true }
      : { usefulness: num(answers.usefulness), recommend: num(answers.recommend), community: num(answers.community) };
    void run(
      () => api.POST('/api/me/survey', { body }),
      async () => {
        if (!dismissed) setThanked(true);
        await invalidate('/api/me/survey');
      },
    );
  }

  return (
    <section className="section card survey-card" aria-labelledby="survey-title">
      <h2 id="survey-title">{t('monitor.survey.title')}</h2>
      <p>{t('monitor.survey.intro')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          send(false);
        }}
      >
        <ErrorSummary id="survey-errors" error={error} targets={{}} />
        {questions.map((q) => (
          <RadioGroup
            key={q.key}
            idPrefix={`survey-${q.key}`}
            legend={t(`monitor.survey.${q.key}`)}
            hint={`${t(`monitor.survey.${q.key}Low`)} · ${t(`monitor.survey.${q.key}High`)}`}
            value={answers[q.key]}
            onChange={(v) => setAnswers((a) => ({ ...a, [q.key]: v }))}
            options={range(q.from, q.to).map((v) => ({ value: v, label: v }))}
            inline
          />
        ))}
        <p className="card__actions">
          <button className="button" type="submit" disabled={busy}>
            {t('monitor.survey.send')}
          </button>
          <button className="button button--secondary" type="button" disabled={busy} onClick={() => send(true)}>
            {t('monitor.survey.notNow')}
          </button>
        </p>
      </form>
    </section>
  );
}
