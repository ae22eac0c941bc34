import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { proposalStatuses, type ProposalStatus } from '@server/modules/budgeting/domain/proposal-rules.js';
import { useApiQuery } from '../../api/query.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { ProposalItem } from './pb-bits.js';

/** The statuses an expert filters by (a withdrawn proposal is not in the queue). */
type QueueStatus = Exclude<ProposalStatus, 'withdrawn'>;
const statuses = proposalStatuses.filter((s): s is QueueStatus => s !== 'withdrawn');
const isStatus = (s: string | null): s is QueueStatus => statuses.includes(s as QueueStatus);

/** /budgeting/review — an expert's queue: the proposals of their headings and topics, undecided first. */
export function ReviewPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params] = useSearchParams();
  const asked = params.get('status');
  const status = isStatus(asked) ? asked : '';
  useTitle(t('review.title'));
  const queue = useApiQuery('/api/budgeting/review', status ? { query: { status } } : undefined);
  return (
    <div>
      <PageHeading>{t('review.title')}</PageHeading>
      <p className="lead">{t('review.lead')}</p>
      {queue.data ? (
        <p>
          {queue.data.cycles.some((c) => c.phase === 'review')
            ? t('review.open', {
                cycles: queue.data.cycles
                  .filter((c) => c.phase === 'review')
                  .map((c) => c.title)
                  .join(', '),
              })
            : t('review.notOpen')}
        </p>
      ) : null}
      <nav aria-label={t('review.filter')}>
        <ul className="chips">
          <li>
            <Link className="chip" to="/budgeting/review" aria-current={status === '' ? 'true' : undefined}>
              {t('review.all')}
            </Link>
          </li>
          {statuses.map((s) => (
            <li key={s}>
              <Link className="chip" to={`/budgeting/review?status=${s}`} aria-current={status === s ? 'true' : undefined}>
                {t(`proposal.status.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <QueryView query={queue}>
        {(q) =>
          q.items.length ? (
            <ul className="pb-list">
              {q.items.map((p) => (
                <ProposalItem key={p.id} p={p} f={f} currency={q.cycles.find((c) => c.id === p.cycleId)?.currency ?? 'RUB'} headingLevel={2} />
              ))}
            </ul>
          ) : (
            <p>{t('review.empty')}</p>
          )
        }
      </QueryView>
    </div>
  );
}
