import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { caseCauses, type CaseStatus, type DecisionAction } from '@server/modules/moderation/domain/case-rules.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { SelectField } from '../../components/fields.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { Notice } from '../../components/notice.js';
import { CaseCard, useCaseTypeName, useCauseName } from './moderation-case.js';
import { FocusQueue, QueueLine, useFocusQueue } from './focus-queue.js';
import { ModerationNav } from './moderation-nav.js';
import { Pagination } from '../../components/pagination.js';

const pageSize = 20;
type ModerationCase = Schema<'ModerationCase'>;
const keyOf = (c: ModerationCase) => `${c.entityType}:${c.entityId}`;
const isCause = (v: string | null): v is (typeof caseCauses)[number] => (caseCauses as readonly (string | null)[]).includes(v);

/**
 * The moderation queue: open or closed cases, flagged or held, as a compact list (oldest first,
 * overdue marked) and the one case in focus with what it needs to decide.
 */
export function ModerationQueuePage() {
  const { t } = useTranslation();
  useTitle(t('moderation.queueTitle'));
  const [params, setParams] = useSearchParams();
  const status = params.get('status') === 'closed' ? 'closed' : 'open';
  const causeParam = params.get('cause');
  const cause = isCause(causeParam) ? causeParam : '';
  const offset = Math.max(0, Math.floor(Number(params.get('offset')) || 0));

  const list = useApiQuery('/api/moderation/queue', { query: { status, limit: pageSize, offset, ...(cause ? { cause } : {}) } });

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
        {(first) => <CaseQueue key={JSON.stringify([status, cause, offset])} status={status} offset={offset} first={first} loadedAt={list.dataUpdatedAt} />}
      </QueryView>
      {list.data ? <Pagination offset={offset} pageSize={pageSize} total={list.data.total} href={(n) => link({ offset: n > 0 ? String(n) : null })} /> : null}
    </>
  );
}

/**
 * One page of the queue as a compact list beside the case in focus. A case decided while waiting
 * leaves the list, the focus moves to the next and the count drops (the queue loads again behind);
 * a decided case changed again keeps its place with what was decided. Keys: r goes to the reason,
 * beside FocusQueue's j / k / o.
 */
function CaseQueue({ status, offset, first, loadedAt }: { status: CaseStatus; offset: number; first: Schema<'ModerationQueue'>; loadedAt: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const typeName = useCaseTypeName();
  const causeName = useCauseName();
  const [decided, setDecided] = useState<Record<string, ModerationCase>>({});
  const [done, setDone] = useState<string | null>(null);
  const loaded = first.items.map((c) => decided[keyOf(c)] ?? c);
  const queue = useFocusQueue(loaded, keyOf, loadedAt);
  const total = first.total - queue.pending;

  const onDecided = (c: ModerationCase, action: DecisionAction) => {
    if (status === 'open') {
      setDone(`${c.title}: ${t(`moderation.done.${action}`)}`);
      queue.handle(keyOf(c));
    } else setDecided((d) => ({ ...d, [keyOf(c)]: c }));
    void invalidate('/api/moderation/queue');
  };
  const keys = (key: string) => {
    if (key !== 'r') return false;
    document.querySelector<HTMLElement>('#queue-focus textarea')?.focus();
    return true;
  };

  return (
    <>
      <p role="status" className="result-count">
        {queue.items.length
          ? t('moderation.showing', { from: f.number(offset + 1), to: f.number(offset + queue.items.length), count: total, total: f.number(total) })
          : status === 'open'
            ? t('moderation.emptyOpen')
            : t('moderation.emptyClosed')}
      </p>
      {done ? <Notice kind="success" title={done} /> : null}
      {queue.items.length ? (
        <FocusQueue
          queue={queue}
          keyOf={keyOf}
          label={t('moderation.listLabel')}
          onKey={keys}
          keyHelp={[t('moderation.keyReason')]}
          line={(c) => (
            <QueueLine title={c.title} kind={`${typeName(c.entityType)}, ${causeName(c).toLowerCase()}`} openedAt={c.openedAt} overdue={c.overdue} />
          )}
        >
          {(c) => <CaseCard key={keyOf(c)} c={c} onDecided={onDecided} />}
        </FocusQueue>
      ) : null}
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
