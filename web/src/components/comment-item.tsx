import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { useFormat } from '../format.js';
import { useSession } from '../session.js';
import { useSubmit } from '../use-submit.js';
import { CommentForm } from './comment-form.js';
import { CommentModerationNote, CommentVotes } from './comment-parts.js';
import { FlagButton } from './flag-dialog.js';
import { Tag } from './notice.js';
import { PersonLink } from './person.js';
import { PlainText } from './plain-text.js';
import { commentsChanged, type CommentActions, type CommentHost, type CommentNode } from './use-comment-thread.js';

/** True while the author may still edit (the server's window; checked again when saving). */
function useEditable(until: string | null): boolean {
  const [now, setNow] = useState(() => Date.now());
  const end = until ? Date.parse(until) : 0;
  useEffect(() => {
    if (!end || end <= now) return;
    // re-render when the window closes, so the "Edit" button goes away by itself
    const timer = setTimeout(() => setNow(Date.now()), Math.min(end - now + 50, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [end, now]);
  return !!end && end > now;
}

/**
 * One comment with its replies (`branch`: the flat, tree-ordered replies of its root). A deleted
 * or moderated comment keeps its place with a placeholder; its author sees why it is hidden.
 */
export function CommentItem({
  node,
  branch,
  host,
  actions,
  maxDepth,
}: {
  node: CommentNode;
  branch: CommentNode[];
  host: CommentHost;
  actions: CommentActions;
  maxDepth: number;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  const [mode, setMode] = useState<'view' | 'reply' | 'edit' | 'confirm-delete'>('view');
  const submission = useSubmit();
  const { busy, error, run } = submission;
  const editable = useEditable(node.mine && !node.deleted ? node.editableUntil : null);
  const children = branch.filter((r) => r.parentId === node.id);
  const visible = node.moderation === 'visible' && !node.deleted;
  const name = node.author ? node.author.displayName || t('person.deletedAccount') : t('person.unknown');
  const canReply = !!me && host.canComment && visible && node.depth < maxDepth;
  const canVote = !!me && !node.mine && visible;
  const headingId = `comment-${node.id}-by`;

  const remove = () =>
    run(
      () => api.DELETE('/api/comments/{id}', { params: { path: { id: node.id } } }),
      () => {
        setMode('view');
        actions.deleted(node.id);
        void commentsChanged();
      },
    );

  // the community's admins show again a comment they hid (the server says which: never one the city's moderators hid)
  const restore = () =>
    run(
      () => api.POST('/api/comments/{id}/restore', { params: { path: { id: node.id } } }),
      (shown) => {
        actions.replaced(shown);
        void commentsChanged();
      },
    );

  let placeholder: string | null = null;
  if (node.deleted) placeholder = t('comment.deleted');
  else if (node.body === null) placeholder = node.moderation === 'held' ? t('comment.heldPublic') : t('comment.hiddenPublic');

  return (
    <li className={`comment comment--depth-${Math.min(node.depth, maxDepth)}`} id={`comment-${node.id}`}>
      <article
        className={`comment__card${node.mine ? ' comment__card--mine' : ''}${node.author?.official ? ' comment__card--official' : ''}`}
        aria-labelledby={headingId}
        tabIndex={-1}
      >
        <div className="comment__header">
          <h3 className="comment__author" id={headingId}>
            {node.deleted ? <span className="muted">{t('comment.deletedAuthor')}</span> : <PersonLink person={node.author} />}
          </h3>
          <p className="comment__meta">
            <a className="comment__time" href={`#comment-${node.id}`} aria-label={t('comment.permalink', { name, date: f.dateTime(node.createdAt) })}>
              <time dateTime={node.createdAt}>{f.dateTime(node.createdAt)}</time>
            </a>
            {node.editedAt && !node.deleted ? (
              <span className="comment__edited" title={f.dateTime(node.editedAt)}>
                {' · '}
                {t('comment.edited')}
              </span>
            ) : null}
            {node.stance && !node.deleted ? (
              <>
                {' '}
                <Tag kind={node.stance === 'for' ? 'success' : node.stance === 'against' ? 'error' : 'neutral'}>{t(`comment.stance.${node.stance}`)}</Tag>
              </>
            ) : null}
          </p>
        </div>

        <CommentModerationNote node={node} />

        {mode === 'edit' ? (
          <CommentForm
            idPrefix={`c-edit-${node.id}`}
            host={host}
            mode={{ kind: 'edit', comment: node }}
            onCancel={() => setMode('view')}
            onDone={(updated) => {
              setMode('view');
              actions.replaced(updated);
            }}
          />
        ) : placeholder ? (
          <p className="comment__placeholder">{placeholder}</p>
        ) : (
          <PlainText text={node.body ?? ''} className={`comment__body${visible ? '' : ' comment__body--muted'}`} />
        )}

        {error ? (
          <p className="comment__error" role="alert">
            {error.message}
          </p>
        ) : null}

        {mode === 'confirm-delete' ? (
          <div className="comment__confirm" role="group" aria-label={t('comment.deleteQuestion')}>
            <p>{t('comment.deleteQuestion')}</p>
            <button type="button" className="button button--warning button--small" disabled={busy} onClick={() => void remove()}>
              {t('comment.deleteYes')}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => setMode('view')}>
              {t('common.cancel')}
            </button>
          </div>
        ) : mode !== 'edit' && !node.deleted ? (
          <div className="comment__actions">
            <CommentVotes node={node} canVote={canVote} actions={actions} submission={submission} />
            {canReply ? (
              <button
                type="button"
                className="link-button"
                aria-expanded={mode === 'reply'}
                aria-label={t('comment.replyTo', { name })}
                onClick={() => setMode(mode === 'reply' ? 'view' : 'reply')}
              >
                {t('comment.reply')}
              </button>
            ) : null}
            {node.mine && editable ? (
              <button type="button" className="link-button" onClick={() => setMode('edit')}>
                {t('comment.edit')}
              </button>
            ) : null}
            {node.mine ? (
              <button type="button" className="link-button" onClick={() => setMode('confirm-delete')}>
                {t('comment.delete')}
              </button>
            ) : null}
            {node.canRestore ? (
              <button type="button" className="link-button" disabled={busy} aria-label={t('comment.restoreLabel', { name })} onClick={() => void restore()}>
                {t('comment.restore')}
              </button>
            ) : null}
            {!node.mine && visible ? <FlagButton entityType="comment" entityId={node.id} label={t('comment.flagLabel', { name })} variant="link" /> : null}
          </div>
        ) : null}

        {mode === 'reply' ? (
          <CommentForm
            idPrefix={`c-reply-${node.id}`}
            host={host}
            mode={{ kind: 'reply', parent: node }}
            onCancel={() => setMode('view')}
            onDone={(reply) => {
              setMode('view');
              actions.replied(reply);
            }}
          />
        ) : null}
      </article>

      {children.length ? (
        <ol className="comments comments--replies" aria-label={t('comment.repliesTo', { name })}>
          {children.map((c) => (
            <CommentItem key={c.id} node={c} branch={branch} host={host} actions={actions} maxDepth={maxDepth} />
          ))}
        </ol>
      ) : null}
      {node.depth === 0 && node.moreReplies ? (
        <button type="button" className="button button--secondary button--small comment__more" onClick={() => actions.loadReplies(node)}>
          {t('comment.moreReplies')}
        </button>
      ) : null}
    </li>
  );
}
