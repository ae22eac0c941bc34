import { useTranslation } from 'react-i18next';
import { defaultPriorityCount } from '@server/modules/polls/domain/priorities.js';
import { useDepartments } from '../../api/lists.js';
import type { Schema } from '../../api/types.js';
import { Notice } from '../../components/notice.js';
import { useFormat } from '../../format.js';
import { SourceCommitment } from '../commitments/source-commitment.js';

/**
 * What a poll commits the city to: before it closes, who will carry out what passes (a binding poll) or the top
 * directions (a «Родной район» poll) and by when; once closed, the commitments it made — or, for a binding poll whose
 * rule failed, that it made none.
 */
export function PollCommitment({ v }: { v: Schema<'PollView'> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const departments = useDepartments().data;
  if (!v.dueOn || !v.departmentId) return null;
  const d = departments?.find((x) => x.id === v.departmentId);
  const terms = { department: d ? f.name(d) : '', date: f.date(v.dueOn) };
  const priorities = v.kind === 'priorities';
  if (v.state !== 'closed')
    return (
      <p className="muted" data-testid="poll-owes">
        {priorities ? t('polls.owes.priorities', { ...terms, count: v.priorityCount ?? defaultPriorityCount }) : t('polls.owes.binding', terms)}
      </p>
    );
  if (!priorities && v.passed === false)
    return (
      <Notice kind="info" title={t('polls.owes.failedTitle')}>
        <p data-testid="poll-no-commitment">{t('polls.owes.failed')}</p>
      </Notice>
    );
  return <SourceCommitment sourceType="poll" sourceId={v.id} />;
}
