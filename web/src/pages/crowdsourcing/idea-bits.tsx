import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ratingMax, ratingMin, type IdeaStatus } from '@server/modules/crowdsourcing/domain/idea-rules.js';
import { api, type ApiError } from '../../api/client.js';
import { queryClient, type QueryPath } from '../../api/query.js';
import { asApiError } from '../../components/errors.js';
import { Tag } from '../../components/notice.js';
import type { Formatters } from '../../format.js';
import { at, type IdeaSummary, type RatingResult } from './crowd-bits.js';
import '../../components/star-field.css';

/**
 * After a rating: what shows ratings is stale for the next visit, but the lists on screen keep their order (a list
 * sorted by rating must not move under the person rating it); the card shows the new figures itself.
 */
function ratingsChanged(...paths: QueryPath[]): void {
  for (const path of paths) void queryClient.invalidateQueries({ queryKey: [path], refetchType: 'none' });
}

const statusKind: Record<IdeaStatus, 'neutral' | 'success' | 'warning' | 'error' | 'accent'> = {
  submitted: 'neutral',
  shortlisted: 'accent',
  rejected: 'error',
  merged: 'neutral',
  withdrawn: 'neutral',
};

/** An idea's status as a tag; an accepted idea says it was accepted. */
export function IdeaStatusTag({ status, accepted }: { status: IdeaStatus; accepted: boolean }) {
  const { t } = useTranslation();
  if (accepted) return <Tag kind="success">{t('crowd.idea.accepted')}</Tag>;
  return <Tag kind={statusKind[status]}>{t(`crowd.idea.status.${status}`)}</Tag>;
}

/** "4.3 of 5 · 12 ratings", or "No ratings yet". */
export function RatingSummary({ average, count, f }: { average: number | null; count: number; f: Formatters }) {
  const { t } = useTranslation();
  if (!count || average === null) return <span className="cs-rating-summary">{t('crowd.rating.none')}</span>;
  return (
    <span className="cs-rating-summary">
      <span aria-hidden="true" className="cs-rating-summary__star">
        ★{' '}
      </span>
      {t('crowd.rating.average', { average: f.number(average, { minimumFractionDigits: 1, maximumFractionDigits: 2 }) })} · {t('crowd.rating.count', { count })}
    </span>
  );
}

const stars = Array.from({ length: ratingMax - ratingMin + 1 }, (_, k) => ratingMin + k);

/**
 * A 1–5 star rating as a native radio group (arrow keys move and rate; each choice is saved at once,
 * the last one wins). The stars are the radios' labels; a polite status says what was saved.
 */
export function StarRating({
  number,
  title,
  initial,
  onRated,
  idPrefix,
}: {
  number: number;
  title: string;
  initial: number | null;
  onRated(r: RatingResult): void;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<number | null>(initial);
  const [saved, setSaved] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const seq = useRef(0);
  const choose = (v: number) => {
    setValue(v);
    setSaved(null);
    const mine = ++seq.current;
    api.PUT('/api/crowdsourcing/ideas/{number}/rating', { ...at({ number }), body: { value: v } }).then(
      (r) => {
        if (mine !== seq.current) return;
        setError(null);
        setSaved(r.myRating);
        ratingsChanged('/api/crowdsourcing/ideas/{number}', '/api/crowdsourcing/projects/{number}/ideas');
        onRated(r);
      },
      (err: unknown) => {
        if (mine !== seq.current) return;
        setValue(initial);
        setError(asApiError(err, t('errors.unexpected')));
      },
    );
  };
  const name = `${idPrefix}-rating`;
  return (
    <div className="cs-rate">
      <fieldset className="cs-stars" aria-describedby={error ? `${name}-error` : undefined}>
        <legend className="cs-stars__legend">
          {t('crowd.rating.yours')}
          <span className="visually-hidden">: {title}</span>
        </legend>
        <div className="stars__row">
          {stars.map((v) => (
            <span key={v} className="star">
              <input className="star__input" type="radio" id={`${name}-${v}`} name={name} value={v} checked={value === v} onChange={() => choose(v)} />
              <label className={`star__label${value !== null && v <= value ? ' star__label--on' : ''}`} htmlFor={`${name}-${v}`}>
                <span aria-hidden="true">★</span>
                <span className="visually-hidden">{t('crowd.rating.stars', { count: v })}</span>
              </label>
            </span>
          ))}
        </div>
      </fieldset>
      <p className="cs-rate__status" role="status">
        {saved !== null ? t('crowd.rating.saved', { value: saved }) : ''}
      </p>
      {error ? (
        <p className="field__error" id={`${name}-error`} role="alert">
          {error.message}
        </p>
      ) : null}
    </div>
  );
}

/** An idea in a list: number, title, status, author, rating, comments, votes; the rating control when allowed. */
export function IdeaCard({
  idea,
  f,
  canRate,
  showVotes,
  onRated,
}: {
  idea: IdeaSummary;
  f: Formatters;
  canRate: boolean;
  showVotes: boolean;
  onRated(r: RatingResult): void;
}) {
  const { t } = useTranslation();
  return (
    <li className="cs-idea-card">
      <h3 className="cs-idea-card__title">
        <Link to={`/crowdsourcing/ideas/${idea.number}`}>
          <span className="cs-number">{t('common.number', { number: idea.number })}.</span> {idea.title}
        </Link>
      </h3>
      <p className="cs-idea-card__meta">
        <IdeaStatusTag status={idea.status} accepted={idea.accepted} /> <Link to={`/people/${idea.author.id}`}>{idea.author.displayName}</Link>,{' '}
        <time dateTime={idea.createdAt}>{f.date(idea.createdAt)}</time>
      </p>
      <p className="cs-idea-card__excerpt">{idea.excerpt}</p>
      <p className="cs-idea-card__stats muted">
        <RatingSummary average={idea.ratingAverage} count={idea.ratingCount} f={f} /> ·{' '}
        <Link to={`/crowdsourcing/ideas/${idea.number}#comments`}>{t('crowd.comments', { count: idea.commentCount })}</Link>
        {showVotes && idea.votes !== null ? (
          <>
            {' '}
            · <strong>{t('crowd.votes', { count: idea.votes })}</strong>
          </>
        ) : null}
      </p>
      {canRate ? (
        <StarRating number={idea.number} title={idea.title} initial={idea.myRating ?? null} onRated={onRated} idPrefix={`idea-${idea.number}`} />
      ) : null}
    </li>
  );
}
