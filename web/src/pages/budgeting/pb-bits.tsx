import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BallotKind } from '@server/modules/budgeting/domain/cycle-rules.js';
import type { ProposalStatus } from '@server/modules/budgeting/domain/proposal-rules.js';
import { useDistrictName } from '../../api/lists.js';
import { invalidate } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { Tag } from '../../components/notice.js';
import { ballotKindText } from './ballot-kind-text.js';
import { phaseSentenceDay } from './phase-dates.js';
import type { Formatters } from '../../format.js';

/** What the phase pictures read of a cycle (a cycle, or the summary a heading's page carries). */
type CyclePhases = Pick<Schema<'BudgetingCycleSummary'>, 'phase' | 'phases' | 'next'>;

const statusKind: Record<ProposalStatus, 'neutral' | 'success' | 'warning' | 'error' | 'accent'> = {
  submitted: 'accent',
  feasible: 'success',
  unfeasible: 'error',
  merged: 'neutral',
  withdrawn: 'neutral',
};

export function ProposalStatusTag({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  return <Tag kind={statusKind[status]}>{t(`proposal.status.${status}`)}</Tag>;
}

/** The cycle's phases as an ordered list: done, now (with "until"), later. */
export function PhaseSteps({ cycle, f }: { cycle: CyclePhases; f: Formatters }) {
  const { t } = useTranslation();
  const nowIndex = cycle.phases.findIndex((p) => p.phase === cycle.phase);
  return (
    <ol className="phase-steps" aria-label={t('cycle.phases')}>
      {cycle.phases.map((p, i) => {
        const state = i < nowIndex ? 'done' : i === nowIndex ? 'now' : 'later';
        return (
          <li key={p.phase} className={`phase-steps__step phase-steps__step--${state}`} aria-current={state === 'now' ? 'step' : undefined}>
            <span className="phase-steps__name">{t(`cycle.phase.${p.phase}`)}</span>
            <span className="phase-steps__date">
              {state === 'now' ? `${t('cycle.now')} · ` : ''}
              {t('cycle.from', { date: f.date(p.from) })}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

const shownDay = (d: { day: 'last' | 'first'; iso: string }, f: Formatters) => (d.day === 'last' ? f.dueDate(d.iso) : f.date(d.iso));

/** One sentence: what happens now and until when (the last day, inclusive, on the city's calendar). */
export function PhaseSentence({ cycle, f }: { cycle: CyclePhases; f: Formatters }) {
  const { t } = useTranslation();
  return (
    <p className="pb-phase-now">
      {cycle.next
        ? t(`cycle.now.${cycle.phase}`, { date: shownDay(phaseSentenceDay(cycle.phase, cycle.next.from), f) })
        : t(`cycle.now.${cycle.phase}`, { date: '' })}
    </p>
  );
}

/** A proposal in a list: number, title, status, cost (in its cycle's currency), place and supports. */
export function ProposalItem({
  p,
  f,
  currency,
  headingLevel = 3,
  extra,
}: {
  p: Schema<'BudgetingProposalSummary'>;
  f: Formatters;
  currency: string;
  headingLevel?: 2 | 3;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li className="pb-card">
      {p.photo ? <img className="pb-card__photo" src={p.photo.thumbUrl} alt="" loading="lazy" width={96} height={72} /> : null}
      <div className="pb-card__body">
        <H className="pb-card__title">
          <Link to={`/budgeting/proposals/${p.number}`}>
            <span className="pb-card__number">{t('common.number', { number: p.number })}.</span> {p.title}
          </Link>
        </H>
        <p className="pb-card__meta">
          <ProposalStatusTag status={p.status} /> <span className="pb-card__cost">{f.money(p.cost, currency, { compact: true })}</span>
          {p.districtId ? <span> · {districtName(p.districtId)}</span> : null}
          <span> · {t(`proposal.topic.${p.topic}`)}</span>
        </p>
        <p className="pb-card__excerpt">{p.excerpt}</p>
        <p className="pb-card__stats muted">
          {t('proposal.supports', { count: p.supportCount })} · {t('proposal.comments', { count: p.commentCount })}
          {p.author ? ` · ${p.author.displayName}` : ''}
        </p>
        {extra}
      </div>
    </li>
  );
}

export function HeadingKind({
  h,
}: {
  h: { ballotKind: BallotKind; minProjects: number | null; maxProjects: number | null; pointsTotal: number | null; pointsPerProject: number | null };
}) {
  const { t } = useTranslation();
  const { key, params } = ballotKindText(h);
  return <>{t(key, params)}</>;
}

export { Link };

/**
 * After a proposal changed (sent, edited, supported, withdrawn, reviewed, merged, its authors): every page that
 * shows proposals or counts them loads again.
 */
export function proposalsChanged(): Promise<void> {
  return invalidate(
    '/api/budgeting/proposals/{number}',
    '/api/budgeting/proposals',
    '/api/budgeting/headings/{id}',
    '/api/budgeting/review',
    '/api/budgeting/cycles',
    '/api/budgeting/cycles/{id}',
  );
}
