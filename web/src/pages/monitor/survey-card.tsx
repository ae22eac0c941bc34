import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import { ErrorSummary } from '../../components/errors.js';
import { RadioGroup } from '../../components/fields.js';
import { useErrorTitle } from '../../components/page.js';
import { useSubmit } from '../../use-submit.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/** One question of the survey: a row of numbered choices with the scale's two ends said in words. */
function Scale({
  id,
  question,
  low,
  high,
  from,
  to,
  value,
  onChange,
}: {
  id: string;
  question: string;
  low: string;
  high: string;
  from: number;
  to: number;
  value: string;
  onChange(v: string): void;
}) {
  return (
    <RadioGroup
      idPrefix={id}
      legend={question}
      hint={`${low} · ${high}`}
      value={value}
      onChange={onChange}
      options={range(from, to).map((v) => ({ value: v, label: v }))}
      inline
    />
  );
}

/**
 * The quarterly survey of the social-performance monitor, on the home page of a signed-in resident who has not answered
 * nor declined it this quarter: three optional questions, "Send" and "Not now". Its words and code come only then.
 */
export function SurveyCard() {
  const { t } = useTranslation();
  const state = useApiQuery('/api/me/survey');
  const [usefulness, setUsefulness] = useState('');
  const [recommend, setRecommend] = useState('');
  const [community, setCommunity] = useState('');
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
    const body = dismissed ? { dismissed: true } : { usefulness: num(usefulness), recommend: num(recommend), community: num(community) };
    if (!dismissed && usefulness === '' && recommend === '' && community === '')
      return setError(new ApiError(400, 'monitor_survey_empty', t('monitor.survey.empty')));
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
        <Scale
          id="survey-usefulness"
          question={t('monitor.survey.usefulness')}
          low={t('monitor.survey.usefulnessLow')}
          high={t('monitor.survey.usefulnessHigh')}
          from={1}
          to={5}
          value={usefulness}
          onChange={setUsefulness}
        />
        <Scale
          id="survey-recommend"
          question={t('monitor.survey.recommend')}
          low={t('monitor.survey.recommendLow')}
          high={t('monitor.survey.recommendHigh')}
          from={0}
          to={10}
          value={recommend}
          onChange={setRecommend}
        />
        <Scale
          id="survey-community"
          question={t('monitor.survey.community')}
          low={t('monitor.survey.communityLow')}
          high={t('monitor.survey.communityHigh')}
          from={1}
          to={5}
          value={community}
          onChange={setCommunity}
        />
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
