import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { caseCauses } from '@server/modules/moderation/domain/case-rules.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { SelectField } from '../../components/fields.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { CaseCard } from './moderation-case.js';
import { ModerationNav } from './moderation-nav.js';
import { Pagination } from '../../components/pagination.js';

const pageSize = 20;
type ModerationCase = Schema<'ModerationCase'>;
const isCause = (v: string | null): v is (typeof caseCauses)[number] => (caseCauses as readonly (string | null)[]).includes(v);

/** The moderation queue: open or closed cases, flagged or held, each with what it needs to decide. */
export function ModerationQueuePage() {
  const { t } = useTranslation();
  const f = useFormat();
  useTitle(t('moderation.queueTitle'));
  const [params, setParams] = useSearchParams();
  const status = params.get('status') === 'closed' ? 'closed' : 'open';
  const causeParam = params.get('cause');
  const cause = isCause(causeParam) ? causeParam : '';
  const offset = Math.max(0, Math.floor(Number(params.get('offset')) || 0));

  const list = useApiQuery('/api/moderation/queue', { query: { status, limit: pageSize, offset, ...(cause ? { cause } : {}) } });
  // a decided case keeps its place (with what was decided) until the list is asked for again
  const [decided, setDecided] = useState<Record<string, ModerationCase>>({});

  function filter(causeInput: string) {
    const next = new URLSearchParams(params);
    if (causeInput) next.set('cause', causeInput);
    else next.delete('cause');
    next.delete('offset');
    setParams(next);
  }

  const link = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('offset' in changes)) next.delete('offset');
    const s = next.toString();
    return s ? `?${s}` : '/moderation';
  };

  return (
    <>
      <ModerationNav />
      <PageHeading>{t('moderation.queueTitle')}</PageHeading>
      <p className="lead">{t('moderation.queueLead')}</p>

      <nav className="tabs" aria-label={t('moderation.statusLabel')}>
        <ul>
          <li>
            <Link to={link({ status: null })} aria-current={status === 'open' ? 'page' : undefined}>
              {t('moderation.open')}
            </Link>
          </li>
          <li>
            <Link to={link({ status: 'closed' })} aria-current={status === 'closed' ? 'page' : undefined}>
              {t('moderation.closed')}
            </Link>
          </li>
        </ul>
      </nav>

      <CauseFilter key={cause} cause={cause} onFilter={filter} />

      <QueryView query={list}>
        {({ items: loaded, total }) => {
          const items = loaded.map((c) => decided[`${c.entityType}:${c.entityId}`] ?? c);
          return (
            <>
              <p role="status" className="result-count">
                {items.length
                  ? t('moderation.showing', { from: f.number(offset + 1), to: f.number(offset + items.length), count: total, total: f.number(total) })
                  : status === 'open'
                    ? t('moderation.emptyOpen')
                    : t('moderation.emptyClosed')}
              </p>
              <ol className="case-list">
                {items.map((c) => (
                  <CaseCard
                    key={`${c.entityType}:${c.entityId}`}
                    c={c}
                    onDecided={(u) => setDecided((d) => ({ ...d, [`${c.entityType}:${c.entityId}`]: u }))}
                  />
                ))}
              </ol>
              <Pagination offset={offset} pageSize={pageSize} total={total} href={(n) => link({ offset: n > 0 ? String(n) : null })} />
            </>
          );
        }}
      </QueryView>
    </>
  );
}

/** The cause filter, applied on "Show" (keyed by the address's cause, so it starts from it). */
function CauseFilter({ cause, onFilter }: { cause: string; onFilter(cause: string): void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(cause);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onFilter(value);
  };
  return (
    <form className="filters filters--inline" aria-label={t('moderation.filterLabel')} onSubmit={submit}>
      <SelectField
        id="f-cause"
        label={t('moderation.cause')}
        value={value}
        onChange={setValue}
        options={[{ value: '', label: t('moderation.anyCause') }, ...caseCauses.map((c) => ({ value: c, label: t(`moderation.cause.${c}`) }))]}
      />
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('moderation.show')}
        </button>
      </div>
    </form>
  );
}
