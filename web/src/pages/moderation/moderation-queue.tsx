import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, type CaseAction, type ModerationCase } from '../../api.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { SelectField, TextArea } from '../../components/fields.js';
import { Notice, Tag } from '../../components/notice.js';
import { LoadError, Loading, PageHeading, useErrorTitle, useTitle } from '../../components/page.js';
import { PersonLink } from '../../components/person.js';
import { useFormat } from '../../format.js';
import { useLoad } from '../../use-load.js';
import { useSubmit } from '../../use-submit.js';
import { useSession } from '../../session.js';
import { canEditWords, ModerationNav } from './moderation-nav.js';
import { Pagination } from '../../components/pagination.js';

const pageSize = 20;
const knownTypes = ['discussion', 'comment'] as const;

/** The moderation queue: open or closed cases, flagged or held, each with what it needs to decide. */
export function ModerationQueuePage() {
  const { t } = useTranslation();
  const f = useFormat();
  useTitle(t('moderation.queueTitle'));
  const [params, setParams] = useSearchParams();
  const status = params.get('status') === 'closed' ? 'closed' : 'open';
  const causeParam = params.get('cause');
  const cause = causeParam === 'flagged' || causeParam === 'held' ? causeParam : '';
  const offset = Math.max(0, Math.floor(Number(params.get('offset')) || 0));

  const apiQuery = new URLSearchParams({ status, limit: String(pageSize), offset: String(offset) });
  if (cause) apiQuery.set('cause', cause);
  const list = useLoad(`queue?${apiQuery}`, () => api<{ items: ModerationCase[]; total: number }>('GET', `/api/moderation/queue?${apiQuery}`));
  const [decided, setDecided] = useState<Record<string, ModerationCase>>({});
  const [causeInput, setCauseInput] = useState<string>(cause);
  useEffect(() => setCauseInput(cause), [cause]);

  function filter(e: FormEvent) {
    e.preventDefault();
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

  const total = list.data?.total ?? 0;
  const items = (list.data?.items ?? []).map((c) => decided[`${c.entityType}:${c.entityId}`] ?? c);

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

      <form className="filters filters--inline" aria-label={t('moderation.filterLabel')} onSubmit={filter}>
        <SelectField
          id="f-cause"
          label={t('moderation.cause')}
          value={causeInput}
          onChange={setCauseInput}
          options={[
            { value: '', label: t('moderation.anyCause') },
            { value: 'flagged', label: t('moderation.cause.flagged') },
            { value: 'held', label: t('moderation.cause.held') },
          ]}
        />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('moderation.show')}
          </button>
        </div>
      </form>

      {list.error ? (
        <LoadError error={list.error} retry={list.reload} />
      ) : !list.data ? (
        <Loading />
      ) : (
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
              <CaseCard key={`${c.entityType}:${c.entityId}`} c={c} onDecided={(u) => setDecided((d) => ({ ...d, [`${c.entityType}:${c.entityId}`]: u }))} />
            ))}
          </ol>
          <Pagination offset={offset} pageSize={pageSize} total={total} href={(n) => link({ offset: n > 0 ? String(n) : null })} />
        </>
      )}
    </>
  );
}

function CaseCard({ c, onDecided }: { c: ModerationCase; onDecided(c: ModerationCase): void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const f = useFormat();
  const [reason, setReason] = useState('');
  const { busy, error, run } = useSubmit();
  useErrorTitle(!!error);
  const [done, setDone] = useState<CaseAction | null>(null);
  const idPrefix = `case-${c.entityType}-${c.entityId}`;
  const typeName = (knownTypes as readonly string[]).includes(c.entityType)
    ? t(`moderation.type.${c.entityType as (typeof knownTypes)[number]}`)
    : c.entityType;

  const decide = (action: CaseAction) =>
    run(
      () =>
        api<ModerationCase>('POST', `/api/moderation/cases/${encodeURIComponent(c.entityType)}/${encodeURIComponent(c.entityId)}/decision`, {
          action,
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        }),
      (updated) => {
        setDone(action);
        setReason('');
        onDecided(updated);
      },
    );

  return (
    <li className="card case" aria-labelledby={`${idPrefix}-title`}>
      <p className="case__tags">
        <Tag kind="neutral">{typeName}</Tag> <Tag kind={c.cause === 'held' ? 'warning' : 'error'}>{t(`moderation.cause.${c.cause}`)}</Tag>{' '}
        {c.state === 'hidden' || c.state === 'held' ? (
          <Tag kind="warning">{t('moderation.notPublic')}</Tag>
        ) : (
          <Tag kind="success">{t('moderation.public')}</Tag>
        )}
      </p>
      <h2 className="case__title" id={`${idPrefix}-title`}>
        <Link to={c.path}>{c.title}</Link>
      </h2>
      {c.excerpt ? <blockquote className="case__excerpt">{c.excerpt}</blockquote> : null}
      <dl className="mail__meta case__meta">
        <div>
          <dt>{t('moderation.author')}</dt>
          <dd>
            <PersonLink person={c.author} />
            {c.author && canEditWords(me) && !c.author.official ? (
              <>
                {' · '}
                <Link to={`/people/${c.author.id}#block-title`}>{t('moderation.blockAuthor')}</Link>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('moderation.opened')}</dt>
          <dd>{f.dateTime(c.openedAt)}</dd>
        </div>
        {c.flagCount ? (
          <div>
            <dt>{t('moderation.flags')}</dt>
            <dd>
              {t('moderation.flagCount', { count: c.flagCount })}
              {c.reasons.length ? `: ${c.reasons.map((r) => `${t(`flag.reason.${r.reason}`)} — ${f.number(r.count)}`).join('; ')}` : null}
            </dd>
          </div>
        ) : null}
        {c.matchedWords.length ? (
          <div>
            <dt>{t('moderation.matchedWords')}</dt>
            <dd>
              <ul className="tags">
                {c.matchedWords.map((w) => (
                  <li key={w}>
                    <Tag kind="warning">{w}</Tag>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {c.status === 'closed' && c.decision ? (
          <div>
            <dt>{t('moderation.decision')}</dt>
            <dd>
              {t(`moderation.decided.${c.decision}`)}
              {c.decidedAt ? `, ${f.dateTime(c.decidedAt)}` : null}
              {c.decisionReason ? `: ${c.decisionReason}` : null}
            </dd>
          </div>
        ) : null}
      </dl>
      {c.notes.length ? (
        <details className="details">
          <summary>{t('moderation.notes', { count: c.notes.length })}</summary>
          <ul className="case__notes">
            {c.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </details>
      ) : null}

      {done ? <Notice kind="success">{t(`moderation.done.${done}`)}</Notice> : null}
      <form
        className="case__form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
        }}
      >
        <ErrorSummary id={`${idPrefix}-errors`} error={error} targets={{ reason: `${idPrefix}-reason` }} codeFields={{ reason_required: 'reason' }} />
        <TextArea
          id={`${idPrefix}-reason`}
          label={t('moderation.reason')}
          hint={t('moderation.reasonHint')}
          value={reason}
          onChange={setReason}
          rows={2}
          maxLength={500}
          error={fieldMessage(error, 'reason', { reason_required: 'reason' })}
        />
        <div className="case__actions">
          <button type="button" className="button button--warning" disabled={busy} aria-describedby={`${idPrefix}-title`} onClick={() => void decide('hide')}>
            {t('moderation.hide')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            aria-describedby={`${idPrefix}-title`}
            onClick={() => void decide('restore')}
          >
            {t('moderation.restore')}
          </button>
          {c.status === 'open' ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              aria-describedby={`${idPrefix}-title`}
              onClick={() => void decide('dismiss')}
            >
              {t('moderation.dismiss')}
            </button>
          ) : null}
        </div>
      </form>
    </li>
  );
}
