import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { spentPercent, type WorkStatusValue as WorkStatus } from '@server/modules/budgeting/domain/work-rules.js';
import type { Schema } from '../../api/types.js';
import { Tag } from '../../components/notice.js';
import type { Formatters } from '../../format.js';

/** A work of the list (its page's answer carries more). */
export type WorkSummary = Schema<'BudgetingWorkSummary'>;
export type Work = Schema<'BudgetingWork'>;

/** "Spent zł 120,000 of zł 450,000 (26 % of the cost)", in the work's cycle's currency. */
export function spentText(t: TFunction, f: Formatters, w: WorkSummary): string {
  const share = spentPercent(w.spent, w.proposal.cost);
  const spentOf = t('works.spentOf', { spent: f.money(w.spent, w.cycle.currency), cost: f.money(w.proposal.cost, w.cycle.currency) });
  return share === null ? spentOf : `${spentOf} (${t('works.spentShare', { share })})`;
}

const statusKind: Record<WorkStatus, 'neutral' | 'success' | 'warning' | 'error' | 'accent'> = {
  planned: 'neutral',
  design: 'neutral',
  procurement: 'neutral',
  in_progress: 'accent',
  done: 'success',
  cancelled: 'error',
};

export function WorkStatusTag({ status }: { status: WorkStatus }) {
  const { t } = useTranslation();
  return <Tag kind={statusKind[status]}>{t(`workStatus.${status}`)}</Tag>;
}

/** A labelled progress bar (the number is in the text as well). */
export function WorkProgress({ value, label, text }: { value: number; label: string; text: string }) {
  return (
    <div className="wk-progress">
      <span className="wk-progress__text">{text}</span>
      <progress className="wk-progress__bar" max={100} value={Math.min(100, value)} aria-label={label}>
        {text}
      </progress>
    </div>
  );
}
