import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/notice.js';
import type { Formatters } from '../../format.js';

export type WorkStatus = 'planned' | 'design' | 'procurement' | 'in_progress' | 'done' | 'cancelled';
export const workStatuses: readonly WorkStatus[] = ['planned', 'design', 'procurement', 'in_progress', 'done', 'cancelled'];

export interface WorkSummary {
  id: string;
  status: WorkStatus;
  progress: number;
  /** Exact money in the cycle's currency, as a decimal string. */
  spent: string;
  startedOn: string | null;
  finishedOn: string | null;
  updatedAt: string;
  department: { id: string; nameRu: string; nameEn: string } | null;
  proposal: { number: number; title: string; cost: string; lat: number | null; lon: number | null; districtId: string | null; address: string | null };
  heading: { id: string; title: string };
  cycle: { id: string; year: number; title: string; currency: string };
}

export interface WorkPhoto {
  id: string;
  url: string;
  thumbUrl: string;
}

export interface Work extends WorkSummary {
  description: string;
  milestones: { id: string; title: string; dueOn: string | null; doneOn: string | null }[];
  updates: { id: string; at: string; note: string; status: WorkStatus; progress: number; spent: string; photos: WorkPhoto[] }[];
  canUpdate: boolean;
}

/** "Spent zł 120,000 of zł 450,000 (26 % of the cost)", in the work's cycle's currency. */
export function spentText(t: TFunction, f: Formatters, w: WorkSummary): string {
  const share = spentShare(w.spent, w.proposal.cost);
  const spentOf = t('works.spentOf', { spent: f.money(w.spent, w.cycle.currency), cost: f.money(w.proposal.cost, w.cycle.currency) });
  return share === null ? spentOf : `${spentOf} (${t('works.spentShare', { share })})`;
}

/** Spent as a share of the cost, in whole percent (null without a cost). */
export function spentShare(spent: string, cost: string): number | null {
  const c = Number(cost);
  return c > 0 ? Math.floor((100 * Number(spent)) / c) : null;
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
