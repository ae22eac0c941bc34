import { useTranslation } from 'react-i18next';
import type { InitiativeStatus } from '@server/modules/initiatives/domain/lifecycle.js';
import { useDepartments } from '../../api/lists.js';
import type { Schema } from '../../api/types.js';
import { Tag } from '../../components/notice.js';
import { useFormat } from '../../format.js';

export type InitiativeSummary = Schema<'InitiativeSummary'>;
export type InitiativeView = Schema<'InitiativeView'>;
export type InitiativeRule = Schema<'InitiativeRule'>;

const statusKind: Record<InitiativeStatus, 'neutral' | 'success' | 'warning' | 'error' | 'accent'> = {
  draft: 'neutral',
  screening: 'accent',
  inadmissible: 'neutral',
  collecting: 'accent',
  not_reached: 'neutral',
  awaiting_answer: 'warning',
  answered: 'success',
  withdrawn: 'neutral',
};

/** The status in words (never colour alone); an overdue answer is its own red tag. */
export function InitiativeStatusTag({ i }: { i: Pick<InitiativeSummary, 'status' | 'overdue'> }) {
  const { t } = useTranslation();
  return (
    <span className="in-tags">
      <Tag kind={statusKind[i.status]}>{t(`initiatives.status.${i.status}`)}</Tag>
      {i.overdue ? (
        <>
          {' '}
          <Tag kind="error">
            <span aria-hidden="true">! </span>
            {t('initiatives.overdue')}
          </Tag>
        </>
      ) : null}
    </span>
  );
}

/** Whole days left until `iso` (0 on the last day, never negative). */
export function daysLeft(iso: string, now = Date.now()): number {
  return Math.max(0, Math.ceil((Date.parse(iso) - now) / 86_400_000));
}

/**
 * Supports against the threshold: a bar (decoration) and, always, the figures in words — "312 of 500
 * supports (62 %)" — with the days left while collecting.
 */
export function SupportProgress({ i, id }: { i: Pick<InitiativeSummary, 'status' | 'supportCount' | 'supportThreshold' | 'supportClosesAt'>; id?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (i.supportThreshold === null) return null;
  const share = Math.min(1, i.supportCount / i.supportThreshold);
  const collecting = i.status === 'collecting' && i.supportClosesAt !== null;
  return (
    <div className="in-progress" id={id}>
      <div className="in-progress__bar" aria-hidden="true">
        <span className={`in-progress__fill${share >= 1 ? ' in-progress__fill--done' : ''}`} style={{ width: `${(share * 100).toFixed(1)}%` }} />
      </div>
      <p className="in-progress__text" data-testid="initiative-progress">
        {t('initiatives.progress', {
          count: i.supportCount,
          n: f.number(i.supportCount),
          threshold: f.number(i.supportThreshold),
          percent: f.number(Math.floor(share * 100)),
        })}
        {collecting ? ` · ${t('initiatives.daysLeft', { count: daysLeft(i.supportClosesAt!) })}` : ''}
      </p>
    </div>
  );
}

/** The localized name of a department by its id (empty while the list loads, the id if unknown). */
export function useDepartmentName(): (id: string | null | undefined) => string {
  const f = useFormat();
  const { data } = useDepartments();
  return (id) => {
    if (!id) return '';
    const d = data?.find((x) => x.id === id);
    return d ? f.name(d) : data ? id : '';
  };
}

/** The rule of a type in a scope, if the city has one. */
export const ruleOf = (rules: readonly InitiativeRule[] | undefined, type: InitiativeRule['type'], scope: InitiativeRule['scope']) =>
  rules?.find((r) => r.type === type && r.scope === scope);

/** The thresholds of a rule in one list: co-initiators, supports in how many days, the answer's deadline. */
export function RuleFacts({ rule }: { rule: InitiativeRule }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ul className="in-rule">
      <li>{t('initiatives.rule.coinitiators', { count: rule.minCoinitiators })}</li>
      <li>
        {t('initiatives.rule.supports', {
          count: rule.supportThreshold,
          n: f.number(rule.supportThreshold),
          days: t('initiatives.days', { count: rule.supportDays }),
        })}
      </li>
      <li>{t('initiatives.rule.answer', { count: rule.answerWorkingDays })}</li>
    </ul>
  );
}

/** The path parameter of an initiative's own routes (`/api/initiatives/{number}/…`). */
export const at = (i: Pick<InitiativeSummary, 'number'>) => ({ params: { path: { number: i.number } } });

/** Runs one of the page's actions, then says what happened (`message`) and loads the initiative again. */
export type Act = (send: () => Promise<unknown>, message: string) => void;
