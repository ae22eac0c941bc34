import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { useFormat } from '../format.js';
import type { Submission } from '../use-submit.js';
import { Tag } from './notice.js';
import type { CommentActions, CommentNode } from './use-comment-thread.js';

/** Up and down votes with their counts; pressing one's own vote again takes it back (`submission`: the comment's, which shows a failure). */
export function CommentVotes({ node, canVote, actions, submission }: { node: CommentNode; canVote: boolean; actions: CommentActions; submission: Submission }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { busy, run } = submission;
  const vote = (value: 1 | -1) =>
    run(
      () => api.PUT('/api/comments/{id}/vote', { params: { path: { id: node.id } }, body: { value: node.myVote === value ? 0 : value } }),
      (v) => actions.voted(node.id, v),
    );
  const button = (value: 1 | -1) => {
    const up = value === 1;
    const n = up ? node.up : node.down;
    return (
      <button
        type="button"
        className={`vote vote--${up ? 'up' : 'down'}`}
        aria-pressed={node.myVote === value}
        aria-label={t(up ? 'comment.voteUp' : 'comment.voteDown', { n: f.number(n) })}
        title={node.mine ? t('comment.ownVote') : undefined}
        disabled={!canVote || busy}
        onClick={() => void vote(value)}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d={up ? 'M8 3l6 8H2z' : 'M8 13L2 5h12z'} fill="currentColor" />
        </svg>
        <span aria-hidden="true">{f.number(n)}</span>
      </button>
    );
  };
  return (
    <span className="votes">
      {button(1)}
      {button(-1)}
    </span>
  );
}

/**
 * Why a comment is not public: its author reads the moderator's reason (or that it waits for a check);
 * a moderator who sees the text sees a tag and the reason.
 */
export function CommentModerationNote({ node }: { node: CommentNode }) {
  const { t } = useTranslation();
  if (node.deleted || node.moderation === 'visible') return null;
  if (node.mine) {
    return node.moderation === 'hidden' ? (
      <p className="comment__moderation comment__moderation--hidden">
        {node.moderationReason ? t('comment.hiddenMine', { reason: node.moderationReason }) : t('comment.hiddenPending')}
      </p>
    ) : (
      <p className="comment__moderation">{t('comment.heldMine')}</p>
    );
  }
  if (node.body === null) return null;
  return (
    <p className="comment__moderation">
      <Tag kind="warning">{node.moderation === 'held' ? t('comment.heldTag') : t('comment.hiddenTag')}</Tag>
      {node.moderationReason ? ` ${node.moderationReason}` : null}
    </p>
  );
}
