import { useTranslation } from 'react-i18next';
import type { Schema } from '../../api/types.js';
import { Tag } from '../../components/notice.js';
import { useFormat } from '../../format.js';

type Summary = Schema<'CauseSummary'>;

/** Whole rubles as money in the interface language. */
export function useRubles(): (n: number) => string {
  const f = useFormat();
  return (n) => f.money(n, 'RUB');
}

/** A cause's state when it is not simply open: a closed cause, a draft (administrators only see drafts). */
export function CauseStateTag({ state }: { state: Summary['state'] }) {
  const { t } = useTranslation();
  if (state === 'closed') return <Tag kind="neutral">{t('charity.closed')}</Tag>;
  if (state === 'draft') return <Tag kind="warning">{t('charity.draft')}</Tag>;
  return null;
}

/** Collected of the target, as a bar and in words, with the day it was last reported, and the points residents donated. */
export function CauseProgress({ c }: { c: Summary }) {
  const { t } = useTranslation();
  const f = useFormat();
  const rubles = useRubles();
  return (
    <div className="cause-progress">
      <progress className="cause-progress__bar" max={100} value={c.progressPercent} aria-label={t('charity.progressLabel')} />
      <p className="cause-progress__words">
        <strong>{t('charity.collected', { collected: rubles(c.collectedRubles), target: rubles(c.targetRubles) })}</strong>{' '}
        <span>({t('charity.percent', { percent: c.progressPercent })})</span>
        {c.collectedOn ? <span className="muted"> {t('charity.collectedOn', { date: f.date(c.collectedOn) })}</span> : null}
      </p>
      {c.pledgedPoints > 0 ? (
        <p className="cause-progress__points" data-testid="cause-pledged" data-points={c.pledgedPoints}>
          {t('charity.pledged', { count: c.pledgedPoints })}
        </p>
      ) : null}
    </div>
  );
}
