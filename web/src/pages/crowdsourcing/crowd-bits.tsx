import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiError } from '../../api.js';
import { asApiError } from '../../components/errors.js';
import { Tag } from '../../components/notice.js';
import type { Formatters } from '../../format.js';
import {
  phaseDates,
  rateIdea,
  type CrowdPhase,
  type Figures,
  type IdeaStatus,
  type IdeaSummary,
  type ProjectSummary,
  type RatingResult,
} from './crowdsourcing-api.js';
import './crowdsourcing.css';

const phaseKind: Record<CrowdPhase, 'neutral' | 'success' | 'warning' | 'accent'> = {
  announced: 'neutral',
  ideas: 'success',
  selection: 'accent',
  voting: 'success',
  implementation: 'accent',
  completed: 'neutral',
};

/** The project's phase as a tag (the word, never colour alone); a draft says so. */
export function PhaseTag({ p }: { p: Pick<ProjectSummary, 'phase' | 'published'> }) {
  const { t } = useTranslation();
  if (!p.published) return <Tag kind="warning">{t('crowd.draft')}</Tag>;
  return <Tag kind={phaseKind[p.phase]}>{p.phase === 'completed' ? t('crowd.completedTag') : t(`crowd.phase.${p.phase}`)}</Tag>;
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

/** One sentence: what happens now and until when. */
export function PhaseSentence({ p, f }: { p: ProjectSummary; f: Formatters }) {
  const { t } = useTranslation();
  const date = (iso: string) => f.date(iso);
  const until = (iso: string) => f.dueDate(iso);
  const text: Record<CrowdPhase, string> = {
    announced: t('crowd.now.announced', { date: date(p.ideasFrom) }),
    ideas: t('crowd.now.ideas', { date: until(p.selectionFrom) }),
    selection: t('crowd.now.selection', { date: date(p.votingFrom) }),
    voting: t('crowd.now.voting', { date: until(p.implementationFrom) }),
    implementation: t('crowd.now.implementation'),
    completed: t('crowd.now.completed'),
  };
  return <p className="cs-phase-now">{text[p.phase]}</p>;
}

/** The phases as an ordered list with their dates: done, now, later. */
export function PhaseTimeline({ p, f, reportAt }: { p: ProjectSummary; f: Formatters; reportAt?: string | null }) {
  const { t } = useTranslation();
  const steps: { phase: CrowdPhase; from: string | null; to: string | null }[] = [
    ...phaseDates.map(([phase, field], i) => ({ phase, from: p[field], to: i < phaseDates.length - 1 ? p[phaseDates[i + 1]![1]] : (reportAt ?? null) })),
    { phase: 'completed', from: reportAt ?? null, to: null },
  ];
  const order: CrowdPhase[] = ['ideas', 'selection', 'voting', 'implementation', 'completed'];
  const nowIndex = order.indexOf(p.phase);
  return (
    <ol className="phase-steps phase-steps--row" aria-label={t('crowd.phases')}>
      {steps.map((s, i) => {
        const state = i < nowIndex ? 'done' : i === nowIndex ? 'now' : 'later';
        return (
          <li key={s.phase} className={`phase-steps__step phase-steps__step--${state}`} aria-current={state === 'now' ? 'step' : undefined}>
            <span className="phase-steps__name">
              {state === 'done' ? <span aria-hidden="true">✓ </span> : null}
              {t(`crowd.phase.${s.phase}`)}
              {state === 'now' && s.phase !== 'completed' ? <span className="phase-steps__now"> · {t('crowd.nowWord')}</span> : null}
              {state === 'done' ? <span className="visually-hidden"> ({t('crowd.doneWord')})</span> : null}
            </span>
            <span className="phase-steps__date">
              {s.phase === 'completed'
                ? s.from
                  ? f.date(s.from)
                  : t('crowd.afterReport')
                : s.from && s.to
                  ? t('crowd.fromTo', { from: f.date(s.from), to: f.dueDate(s.to) })
                  : s.from
                    ? t('crowd.from', { date: f.date(s.from) })
                    : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** "47 %": the accepted share (0..1) as a whole percent. */
export const sharePercent = (f: Formatters, share: number) => f.number(share, { style: 'percent', maximumFractionDigits: 0 });

/** The public numbers: participants, ideas, accepted share. */
export function ProjectFigures({ figures, f, compact }: { figures: Figures; f: Formatters; compact?: boolean }) {
  const { t } = useTranslation();
  if (compact) {
    return (
      <p className="cs-figures-line" data-testid="crowd-figures">
        {t('crowd.figures.participants', { count: figures.participants })} · {t('crowd.figures.ideas', { count: figures.ideas })} ·{' '}
        {t('crowd.figures.acceptedShareLine', { share: sharePercent(f, figures.acceptedShare) })}
      </p>
    );
  }
  return (
    <ul className="figures cs-figures" data-testid="crowd-figures" aria-label={t('crowd.figures.title')}>
      <li className="figure">
        <span className="figure__number">{f.number(figures.participants)}</span>{' '}
        <span className="figure__label">{t('crowd.figures.participantsLabel', { count: figures.participants })}</span>
      </li>
      <li className="figure">
        <span className="figure__number">{f.number(figures.ideas)}</span>{' '}
        <span className="figure__label">{t('crowd.figures.ideasLabel', { count: figures.ideas })}</span>
      </li>
      <li className="figure">
        <span className="figure__number">{f.number(figures.shortlisted)}</span>{' '}
        <span className="figure__label">{t('crowd.figures.shortlistedLabel', { count: figures.shortlisted })}</span>
      </li>
      <li className="figure">
        <span className="figure__number">{f.number(figures.accepted)}</span>{' '}
        <span className="figure__label">{t('crowd.figures.acceptedLabel', { count: figures.accepted })}</span>
      </li>
      <li className="figure">
        <span className="figure__number">{sharePercent(f, figures.acceptedShare)}</span>{' '}
        <span className="figure__label">{t('crowd.figures.acceptedShareLabel')}</span>
      </li>
    </ul>
  );
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
    rateIdea(number, v).then(
      (r) => {
        if (mine !== seq.current) return;
        setError(null);
        setSaved(r.myRating ?? v);
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
        <div className="cs-stars__row">
          {[1, 2, 3, 4, 5].map((v) => (
            <span key={v} className="cs-star">
              <input className="cs-star__input" type="radio" id={`${name}-${v}`} name={name} value={v} checked={value === v} onChange={() => choose(v)} />
              <label className={`cs-star__label${value !== null && v <= value ? ' cs-star__label--on' : ''}`} htmlFor={`${name}-${v}`}>
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
          <span className="cs-number">№ {idea.number}.</span> {idea.title}
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
