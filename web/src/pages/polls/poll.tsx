import { SourceMeetings } from '../events/source-meetings.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { maxTextLength } from '@server/modules/polls/domain/answers.js';
import type { PollRefusal } from '@server/modules/polls/domain/eligibility.js';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { CityMap } from '../../components/city-map.js';
import { ErrorSummary } from '../../components/errors.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit, type Submission } from '../../use-submit.js';
import { PollDates, PollTags, useDistrictNames, WhoMayAnswer } from './poll-bits.js';
import { PollCommitment } from './poll-commitment.js';

type PollView = Schema<'PollView'>;
type PollQuestion = Schema<'PollQuestion'>;
type Answer = Schema<'PollAnswersInput'>['answers'][number];

/** A question's answer as the page keeps it before sending. */
interface Draft {
  optionIds: string[];
  value: number | null;
  ranking: string[];
  text: string;
}

/** Refusals the person can lift by verifying (the link to the verification page). */
const liftedByVerifying: readonly (PollRefusal | null)[] = ['poll_not_verified', 'poll_age_unknown'];
const signInFirst: PollRefusal = 'unauthenticated';

const empty = (q: PollQuestion): Draft => ({ optionIds: [], value: null, ranking: q.kind === 'ranking' ? q.options.map((o) => o.id) : [], text: '' });

/** What is sent for one question (nothing for an unanswered optional one). */
function answerOf(q: PollQuestion, d: Draft, rankingTouched: boolean): Answer | null {
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return d.optionIds.length ? { questionId: q.id, optionIds: d.optionIds } : null;
    case 'rating':
      return d.value !== null ? { questionId: q.id, value: d.value } : null;
    case 'ranking':
      return q.required || rankingTouched ? { questionId: q.id, ranking: d.ranking } : null;
    case 'text':
      return d.text.trim() ? { questionId: q.id, text: d.text } : null;
  }
}

/**
 * /polls/:id — a poll's questions with accessible controls (radios, checkboxes with their limits, a rating as radios,
 * a ranking with up/down buttons), a review step that says responses are final, and the receipt code shown once.
 */
export function PollPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const view = useApiQuery('/api/polls/{id}', { path: { id } });
  const submission = useSubmit();
  useTitle(view.data?.title ?? t('polls.title'), !!submission.error);
  return <QueryView query={view}>{(v) => <Poll key={v.id} v={v} submission={submission} />}</QueryView>;
}

function Poll({ v, submission }: { v: PollView; submission: Submission }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictNames();
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [step, setStep] = useState<'answer' | 'review'>('answer');
  const [receipt, setReceipt] = useState<string | null>(null);
  const { busy, error, submit } = submission;

  const draftOf = (q: PollQuestion) => drafts[q.id] ?? empty(q);
  const set = (q: PollQuestion, d: Partial<Draft>) => setDrafts((all) => ({ ...all, [q.id]: { ...draftOf(q), ...d } }));
  const move = (q: PollQuestion, i: number, by: number) => {
    const r = [...draftOf(q).ranking];
    const j = i + by;
    if (j < 0 || j >= r.length) return;
    [r[i], r[j]] = [r[j]!, r[i]!];
    set(q, { ranking: r });
    setTouched((x) => ({ ...x, [q.id]: true }));
  };
  const answers = v.questions.map((q) => answerOf(q, draftOf(q), !!touched[q.id])).filter((a) => a !== null);
  const optionText = (q: PollQuestion, oid: string) => q.options.find((o) => o.id === oid)?.text ?? '';
  const summary = (q: PollQuestion) => {
    const d = draftOf(q);
    const a = answerOf(q, d, !!touched[q.id]);
    if (!a) return t('polls.review.none');
    if (q.kind === 'rating') return `${d.value} / ${q.scale}`;
    if (q.kind === 'ranking') return d.ranking.map((oid, i) => `${i + 1}. ${optionText(q, oid)}`).join('; ');
    if (q.kind === 'text') return d.text;
    return d.optionIds.map((oid) => optionText(q, oid)).join('; ');
  };

  const send = submit(
    () => api.POST('/api/polls/{id}/responses', { params: { path: { id: v.id } }, body: { answers } }),
    (r) => {
      setReceipt(r.receipt);
      window.scrollTo({ top: 0 });
      // the count, the results and "already answered" changed
      void invalidate('/api/polls', '/api/polls/{id}', '/api/polls/{id}/results');
    },
  );

  if (receipt) {
    return (
      <div className="pl narrow">
        <PageHeading>{v.title}</PageHeading>
        <div className="notice notice--success pl-receipt" role="status">
          <p className="notice__title">{t('polls.receipt.title')}</p>
          <p className="pl-receipt__code" data-testid="poll-receipt-code">
            {receipt}
          </p>
          <p>{t('polls.receipt.text')}</p>
          <p>
            <Link to="/polls/receipt">{t('polls.receipt.link')}</Link>
          </p>
        </div>
        <p>
          <Link to="/polls">{t('polls.back')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="pl narrow">
      <p>
        <Link className="back-link" to="/polls">
          {t('polls.back')}
        </Link>
      </p>
      <ErrorSummary error={error} />
      <PageHeading>{v.title}</PageHeading>
      <PollTags poll={v} />
      {v.imageUrl ? <img className="pl-image" src={v.imageUrl} alt={v.title} /> : null}
      {v.description ? <p className="lead">{v.description}</p> : null}
      <WhoMayAnswer poll={v} districtName={districtName} />
      <PollDates poll={v} />
      {v.rule ? (
        <p className="muted">
          {t('polls.ruleText', { required: v.rule.required })} {v.rule.minTurnoutCount ? t('polls.ruleTurnout', { min: v.rule.minTurnoutCount }) : null}{' '}
          {v.rule.minTurnoutPermille ? t('polls.ruleTurnoutShare', { share: f.number(v.rule.minTurnoutPermille / 10) }) : null}
        </p>
      ) : null}
      {v.state === 'closed' || v.resultsVisibility === 'live' ? (
        <p>
          <Link to={`/polls/${v.id}/results`}>{t('polls.resultsLink')}</Link>
        </p>
      ) : null}
      <PollCommitment v={v} />
      <SourceMeetings type="poll" id={v.id} openable={v.state === 'closed'} />

      {!v.eligibility.eligible ? (
        <Notice kind="warning" title={t('polls.cannot')}>
          <p data-testid="poll-ineligible">{v.eligibility.message}</p>
          {liftedByVerifying.includes(v.eligibility.reason as PollRefusal | null) ? (
            <p>
              <Link to="/profile/verification">{t('polls.verifyLink')}</Link>
            </p>
          ) : null}
          {v.eligibility.reason === signInFirst ? (
            <p>
              <Link to={`/login?next=/polls/${v.id}`}>{t('nav.signIn')}</Link>
            </p>
          ) : null}
        </Notice>
      ) : step === 'review' ? (
        <section aria-labelledby="pl-review">
          <h2 id="pl-review">{t('polls.review.title')}</h2>
          <dl className="pl-review">
            {v.questions.map((q) => (
              <div key={q.id}>
                <dt>
                  {q.position}. {q.text}
                </dt>
                <dd>{summary(q)}</dd>
              </div>
            ))}
          </dl>
          <Notice kind="warning">{t('polls.final')}</Notice>
          <form onSubmit={send} noValidate>
            <div className="pl-actions">
              <button className="button" type="submit" disabled={busy}>
                {t('polls.send')}
              </button>
              <button className="button button--secondary" type="button" onClick={() => setStep('answer')}>
                {t('polls.change')}
              </button>
            </div>
          </form>
        </section>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setStep('review');
            window.scrollTo({ top: 0 });
          }}
          noValidate
        >
          <p className="muted">{t('polls.finalBefore')}</p>
          {v.questions.map((q) => (
            <QuestionField key={q.id} q={q} d={draftOf(q)} set={(d) => set(q, d)} move={(i, by) => move(q, i, by)} />
          ))}
          <button className="button" type="submit">
            {t('polls.continue')}
          </button>
        </form>
      )}
    </div>
  );
}

function QuestionField({ q, d, set, move }: { q: PollQuestion; d: Draft; set(d: Partial<Draft>): void; move(i: number, by: number): void }) {
  const { t } = useTranslation();
  const idp = `q${q.position}`;
  const hint =
    q.kind === 'multiple'
      ? t('polls.hint.multiple', { min: q.minChoices ?? 1, max: q.maxChoices ?? q.options.length })
      : q.kind === 'ranking'
        ? t('polls.hint.ranking')
        : q.kind === 'rating'
          ? t('polls.hint.rating', { scale: q.scale ?? 5 })
          : q.kind === 'text'
            ? t('polls.hint.text')
            : null;
  const legend = (
    <>
      {q.position}. {q.text} {q.required ? null : <span className="muted">({t('polls.optional')})</span>}
    </>
  );
  return (
    <fieldset className="fieldset pl-question" aria-describedby={hint ? `${idp}-hint` : undefined}>
      <legend className="field__label">{legend}</legend>
      {q.description ? <p>{q.description}</p> : null}
      {q.imageUrl ? <img className="pl-image" src={q.imageUrl} alt={q.text} loading="lazy" /> : null}
      {q.lat !== null && q.lon !== null ? (
        <CityMap
          label={t('polls.mapLabel', { n: q.position })}
          size="small"
          quiet
          point={{ lat: q.lat, lon: q.lon }}
          center={{ lat: q.lat, lon: q.lon }}
          zoom={15}
        />
      ) : null}
      {q.lat !== null && q.lon !== null ? (
        <p>
          <a href={`https://www.openstreetmap.org/?mlat=${q.lat}&mlon=${q.lon}#map=16/${q.lat}/${q.lon}`} target="_blank" rel="noreferrer">
            {t('polls.map')}
          </a>
        </p>
      ) : null}
      {hint ? (
        <p className="field__hint" id={`${idp}-hint`}>
          {hint}
        </p>
      ) : null}
      {q.kind === 'single' || q.kind === 'rating' ? (
        <div className={`radios${q.kind === 'rating' ? ' radios--inline' : ''}`}>
          {(q.kind === 'single'
            ? q.options.map((o) => ({ value: o.id, label: o.text }))
            : Array.from({ length: q.scale ?? 5 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))
          ).map((o) => (
            <div className="radio" key={o.value}>
              <input
                className="radio__input"
                type="radio"
                id={`${idp}-${o.value}`}
                name={idp}
                checked={q.kind === 'single' ? d.optionIds[0] === o.value : d.value === Number(o.value)}
                onChange={() => set(q.kind === 'single' ? { optionIds: [o.value] } : { value: Number(o.value) })}
              />
              <label className="radio__label" htmlFor={`${idp}-${o.value}`}>
                {o.label}
              </label>
            </div>
          ))}
        </div>
      ) : null}
      {q.kind === 'multiple' ? (
        <div className="radios">
          {q.options.map((o) => {
            const on = d.optionIds.includes(o.id);
            const full = !on && q.maxChoices !== null && d.optionIds.length >= q.maxChoices;
            return (
              <div className="radio" key={o.id}>
                <input
                  className="radio__input"
                  type="checkbox"
                  id={`${idp}-${o.id}`}
                  checked={on}
                  disabled={full}
                  onChange={(e) => set({ optionIds: e.target.checked ? [...d.optionIds, o.id] : d.optionIds.filter((x) => x !== o.id) })}
                />
                <label className="radio__label" htmlFor={`${idp}-${o.id}`}>
                  {o.text}
                </label>
              </div>
            );
          })}
          <p className="muted" aria-live="polite">
            {t('polls.chosen', { count: d.optionIds.length })}
          </p>
        </div>
      ) : null}
      {q.kind === 'ranking' ? (
        <ol className="pl-ranking">
          {d.ranking.map((oid, i) => {
            const text = q.options.find((o) => o.id === oid)?.text ?? '';
            return (
              <li key={oid} className="pl-ranking__item">
                <span className="pl-ranking__text">{text}</span>
                <span className="pl-ranking__buttons">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                    aria-label={t('polls.up', { item: text })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={i === d.ranking.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label={t('polls.down', { item: text })}
                  >
                    ↓
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      ) : null}
      {q.kind === 'text' ? (
        <textarea
          className="textarea"
          id={`${idp}-text`}
          aria-label={q.text}
          rows={4}
          value={d.text}
          maxLength={maxTextLength}
          onChange={(e) => set({ text: e.target.value })}
        />
      ) : null}
    </fieldset>
  );
}
