import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import { useFormat } from '../../format.js';
import { CommitmentProgress, CommitmentStatusTag } from './commitment-bits.js';

/** On a source's page (an accepted initiative): the commitment it became, its state and a link to its progress. */
export function SourceCommitment({ sourceType, sourceId }: { sourceType: 'initiative' | 'proposal' | 'idea' | 'report'; sourceId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const q = useApiQuery('/api/commitments/by-source/{sourceType}/{sourceId}', { path: { sourceType, sourceId } });
  const c = q.data;
  if (!c) return null;
  return (
    <section aria-labelledby="source-commitment-title" className="in-section" data-testid="source-commitment">
      <h2 id="source-commitment-title">{t('commitments.onSource.title')}</h2>
      <p>
        <CommitmentStatusTag c={c} />{' '}
        {c.status === 'delivered' && c.deliveredOn
          ? t('commitments.deliveredOn', { date: f.date(c.deliveredOn) })
          : t('commitments.due', { date: f.date(c.dueOn) })}
      </p>
      <p className="muted">{t('commitments.responsible', { name: f.name(c.department) })}</p>
      <CommitmentProgress percent={c.percent} />
      <p>
        <Link to={`/commitments/${c.number}`}>{t('commitments.onSource.link')}</Link>
      </p>
    </section>
  );
}
