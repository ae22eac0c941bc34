import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommitmentSourceKind } from '@server/modules/commitments/domain/commitments.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { useFormat } from '../../format.js';
import { CommitmentProgress, CommitmentStatusTag } from './commitment-bits.js';

type Summary = Schema<'CommitmentSummary'>;

/**
 * On a source's page (an accepted initiative, a binding poll that passed): the commitment it became, its state and a
 * link to its progress — or, for a source that made several (a «Родной район» poll's top directions), each in the
 * order they were made.
 */
export function SourceCommitment({ sourceType, sourceId }: { sourceType: CommitmentSourceKind; sourceId: string }) {
  const { t } = useTranslation();
  const q = useApiQuery('/api/commitments', { query: { sourceType, sourceId, limit: 100 } });
  const items = [...(q.data?.items ?? [])].sort((a, b) => a.number - b.number);
  if (!items.length) return null;
  return (
    <section aria-labelledby="source-commitment-title" className="in-section" data-testid="source-commitment">
      <h2 id="source-commitment-title">{t(items.length > 1 ? 'commitments.onSource.titleMany' : 'commitments.onSource.title')}</h2>
      {items.length > 1 ? (
        <ol className="plain-list">
          {items.map((c) => (
            <li key={c.number}>
              <h3>{c.promise}</h3>
              <CommitmentState c={c} />
            </li>
          ))}
        </ol>
      ) : (
        <CommitmentState c={items[0]!} />
      )}
    </section>
  );
}

function CommitmentState({ c }: { c: Summary }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
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
    </>
  );
}
