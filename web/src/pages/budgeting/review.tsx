import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api.js';
import { Loading, LoadError, PageHeading, useTitle } from '../../components/page.js';
import { useFormat } from '../../format.js';
import { useLoad } from '../../use-load.js';
import type { ReviewQueue } from './pb-api.js';
import { ProposalItem } from './pb-bits.js';

const statuses = ['submitted', 'feasible', 'unfeasible', 'merged'] as const;

/** /budgeting/review — an expert's queue: the proposals of their headings and topics, undecided first. */
export function ReviewPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params] = useSearchParams();
  const status = params.get('status') ?? '';
  useTitle(t('review.title'));
  const queue = useLoad(`pb-review-${status}`, () => api<ReviewQueue>('GET', `/api/budgeting/review${status ? `?status=${status}` : ''}`));
  const reviewing = queue.data?.cycles.filter((c) => c.phase === 'review') ?? [];
  return (
    <div>
      <PageHeading>{t('review.title')}</PageHeading>
      <p className="lead">{t('review.lead')}</p>
      {queue.data ? <p>{reviewing.length ? t('review.open', { cycles: reviewing.map((c) => c.title).join(', ') }) : t('review.notOpen')}</p> : null}
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
      {queue.error ? <LoadError error={queue.error} retry={queue.reload} /> : null}
      {!queue.data && !queue.error ? <Loading /> : null}
      {queue.data && !queue.data.items.length ? <p>{t('review.empty')}</p> : null}
      <ul className="pb-list">
        {queue.data?.items.map((p) => (
          <ProposalItem key={p.id} p={p} f={f} currency={queue.data?.cycles.find((c) => c.id === p.cycleId)?.currency ?? 'RUB'} headingLevel={2} />
        ))}
      </ul>
    </div>
  );
}
