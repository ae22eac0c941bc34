import { useTranslation } from 'react-i18next';
import { datedPhases, phaseDateField, type CrowdPhase } from '@server/modules/crowdsourcing/domain/phases.js';
import type { Schema } from '../../api/types.js';
import { Tag } from '../../components/notice.js';
import type { Formatters } from '../../format.js';
import './crowdsourcing.css';

export type ProjectSummary = Schema<'CrowdProjectSummary'>;
export type ProjectView = Schema<'CrowdProjectView'>;
export type IdeaSummary = Schema<'CrowdIdeaSummary'>;
export type IdeaView = Schema<'CrowdIdeaView'>;
export type PersonRef = Schema<'CrowdPerson'>;
export type RatingResult = Schema<'CrowdIdeaRating'>;
type Figures = Schema<'CrowdProjectFigures'>;

/** The path parameter of a project's or an idea's own routes (`…/{number}`). */
export const at = (x: { number: number }) => ({ params: { path: { number: x.number } } });

/** The phases that start at a date, each with its date field, in order. */
export const phaseDates = datedPhases.map((phase) => [phase, phaseDateField[phase]] as const);

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
