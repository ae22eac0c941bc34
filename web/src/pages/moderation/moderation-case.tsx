import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { maxDecisionReason, type DecisionAction } from '@server/modules/moderation/domain/case-rules.js';
import { api } from '../../api/client.js';
import { invalidate } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextArea } from '../../components/fields.js';
import { Notice, Tag } from '../../components/notice.js';
import { useErrorTitle } from '../../components/page.js';
import { PersonLink } from '../../components/person.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useSubmit } from '../../use-submit.js';
import { canEditWords } from './moderation-nav.js';

type ModerationCase = Schema<'ModerationCase'>;
const knownTypes = ['discussion', 'comment', 'event', 'message'] as const;

/** What kind of thing a case is about, in the interface's language (a kind this page does not know by its code). */
export function useCaseTypeName(): (entityType: string) => string {
  const { t } = useTranslation();
  return (entityType) =>
    (knownTypes as readonly string[]).includes(entityType) ? t(`moderation.type.${entityType as (typeof knownTypes)[number]}`) : entityType;
}

/** Why a case is in the queue; a resident's event held for approval (no forbidden word) says so. */
export function useCauseName(): (c: Pick<ModerationCase, 'cause' | 'entityType'>) => string {
  const { t } = useTranslation();
  return (c) => (c.cause === 'held' && c.entityType === 'event' ? t('moderation.cause.heldEvent') : t(`moderation.cause.${c.cause}`));
}

/**
 * One case of the queue: what was flagged or held, by whom, why, and the moderator's hide / restore
 * / dismiss with a reason. `onDecided` gets the case as decided and the action.
 */
export function CaseCard({ c, onDecided }: { c: ModerationCase; onDecided(c: ModerationCase, action: DecisionAction): void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const f = useFormat();
  const [reason, setReason] = useState('');
  const { busy, error, run } = useSubmit();
  useErrorTitle(!!error);
  const [done, setDone] = useState<DecisionAction | null>(null);
  const idPrefix = `case-${c.entityType}-${c.entityId}`;
  const typeName = useCaseTypeName()(c.entityType);
  const causeName = useCauseName();

  const decide = (action: DecisionAction) =>
    run(
      () =>
        api.POST('/api/moderation/cases/{entityType}/{entityId}/decision', {
          params: { path: { entityType: c.entityType, entityId: c.entityId } },
          body: { action, ...(reason.trim() ? { reason: reason.trim() } : {}) },
        }),
      (updated) => {
        setDone(action);
        setReason('');
        onDecided(updated, action);
        // the content, the lists it is in and its author's page change with it; the queue's other tab has the case now
        void invalidate('/api/discussions', '/api/discussions/{id}', '/api/people/{id}', '/api/events', '/api/events/{id}', '/api/me/events');
      },
    );

  return (
    <article className="case" aria-labelledby={`${idPrefix}-title`}>
      <p className="case__tags">
        <Tag kind="neutral">{typeName}</Tag> <Tag kind={c.cause === 'held' ? 'warning' : 'error'}>{causeName(c)}</Tag>{' '}
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
          maxLength={maxDecisionReason}
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
    </article>
  );
}
