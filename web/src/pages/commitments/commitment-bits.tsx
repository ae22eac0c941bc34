import { useTranslation } from 'react-i18next';
import type { Schema } from '../../api/types.js';
import { Tag } from '../../components/notice.js';

export type CommitmentSummary = Schema<'CommitmentSummary'>;
export type Commitment = Schema<'Commitment'>;

/** Its state in words and colour (overdue wins over "in progress"; the word is always there, never the colour alone). */
export function CommitmentStatusTag({ c }: { c: Pick<CommitmentSummary, 'status' | 'overdue'> }) {
  const { t } = useTranslation();
  if (c.overdue) return <Tag kind="error">{t('commitments.statusName.overdue')}</Tag>;
  const kind = c.status === 'delivered' ? 'success' : c.status === 'disputed' ? 'warning' : 'accent';
  return <Tag kind={kind}>{t(`commitments.statusName.${c.status}`)}</Tag>;
}

/** A labelled progress bar (the number is in the text as well). */
export function CommitmentProgress({ percent }: { percent: number }) {
  const { t } = useTranslation();
  const text = t('commitments.percent', { percent });
  return (
    <div className="wk-progress">
      <span className="wk-progress__text">{text}</span>
      <progress className="wk-progress__bar" max={100} value={Math.min(100, percent)} aria-label={t('commitments.percentLabel')}>
        {text}
      </progress>
    </div>
  );
}
