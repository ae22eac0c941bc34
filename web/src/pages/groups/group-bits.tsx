import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { postLimits, reasonLimits } from '@server/modules/groups/domain/groups.js';
import { api } from '../../api/client.js';
import { invalidate } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextArea, TextField } from '../../components/fields.js';
import { Notice, Tag } from '../../components/notice.js';
import { useErrorTitle } from '../../components/page.js';
import { PhotoGallery } from '../../components/photo-gallery.js';
import { PhotoUpload, type AttachedPhoto } from '../../components/photo-upload.js';
import { PlainText } from '../../components/plain-text.js';
import { cityMinute } from '../../city-time.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { emptyPoll, PollFields, pollTargets, PollView, Reactions, type PollDraft } from './post-poll.js';

type Post = Schema<'GroupPost'>;

/** Under a list paged with useApiPages: "showing N of M" once it is longer than a page, and "more" while pages remain. */
export function PagesMore({
  shown,
  total,
  pages,
  more,
}: {
  shown: number;
  total: number;
  /** useApiPages' answer. */
  pages: { data?: readonly unknown[]; hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  more: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      {pages.hasNextPage || (pages.data?.length ?? 0) > 1 ? (
        <p className="muted" role="status">
          {t('groups.paging.shown', { shown: f.number(shown), total: f.number(Math.max(total, shown)) })}
        </p>
      ) : null}
      {pages.hasNextPage ? (
        <button type="button" className="button button--secondary" disabled={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
          {pages.isFetchingNextPage ? t('common.loading') : more}
        </button>
      ) : null}
    </>
  );
}

/** A short form asking for a reason (hiding, removing, refusing), with its own error summary. */
export function ReasonForm({
  id,
  title,
  submitLabel,
  extra,
  onSend,
  onCancel,
}: {
  id: string;
  title: string;
  submitLabel: string;
  extra?: (set: (v: boolean) => void, value: boolean) => React.ReactNode;
  onSend(reason: string, flag: boolean): Promise<unknown>;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [flag, setFlag] = useState(false);
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  return (
    <form className="reason-form" onSubmit={submit(() => onSend(reason, flag))} noValidate aria-label={title}>
      <ErrorSummary error={error} id={`${id}-errors`} targets={{ reason: `${id}-reason` }} />
      <TextField
        id={`${id}-reason`}
        label={t('groups.reason')}
        hint={t('groups.reasonHint')}
        value={reason}
        onChange={setReason}
        maxLength={reasonLimits.max}
        error={fieldMessage(error, 'reason')}
      />
      {extra?.(setFlag, flag)}
      <div className="group-actions">
        <button className="button button--warning" type="submit" disabled={busy}>
          {submitLabel}
        </button>
        <button className="button button--secondary" type="button" onClick={onCancel}>
          {t('groups.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The form a member posts with: text, up to four photos and perhaps a poll. */
export function PostForm({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [photos, setPhotos] = useState<AttachedPhoto[]>([]);
  const [poll, setPoll] = useState<PollDraft | null>(null);
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  const closesAt = poll ? cityMinute(poll.closesAt) : null;
  const send = submit(
    () =>
      api.POST('/api/groups/{id}/posts', {
        params: { path: { id: groupId } },
        body: {
          body,
          ...(photos.length ? { photoFileIds: photos.map((p) => p.id) } : {}),
          ...(poll ? { poll: { question: poll.question, options: poll.options, ...(closesAt ? { closesAt } : {}) } } : {}),
        },
      }),
    () => {
      setBody('');
      setPhotos([]);
      setPoll(null);
      void invalidate('/api/groups/{id}/posts', '/api/groups/{id}');
    },
  );
  return (
    <form className="group-post-form" onSubmit={(e: FormEvent) => send(e)} noValidate aria-labelledby="new-post-title">
      <h3 id="new-post-title">{t('groups.newPost')}</h3>
      <ErrorSummary error={error} id="post-errors" targets={{ body: 'f-post-body', photoFileIds: 'f-post-photos', ...(poll ? pollTargets(poll) : {}) }} />
      <TextArea
        id="f-post-body"
        label={t('groups.postBody')}
        value={body}
        onChange={setBody}
        rows={4}
        maxLength={postLimits.max}
        error={fieldMessage(error, 'body')}
      />
      <PhotoUpload
        id="f-post-photos"
        label={t('groups.postPhotos')}
        photos={photos}
        onChange={setPhotos}
        max={postLimits.photos}
        error={fieldMessage(error, 'photoFileIds')}
      />
      {poll ? <PollFields draft={poll} onChange={setPoll} error={error} /> : null}
      <div className="group-actions">
        <button className="button button--secondary" type="button" aria-expanded={!!poll} onClick={() => setPoll(poll ? null : emptyPoll())}>
          {poll ? t('groups.poll.remove') : t('groups.poll.add')}
        </button>
        <button className="button" type="submit" disabled={busy}>
          {t('groups.publish')}
        </button>
      </div>
    </form>
  );
}

/** A post as the feed and its own page show it; its group's admins pin and hide it. */
export function PostView({ post, onPage = false }: { post: Post; onPage?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [hiding, setHiding] = useState(false);
  const { busy, run } = useSubmit();
  const refresh = () => invalidate('/api/groups/{id}/posts', '/api/groups/posts/{id}');
  const pin = () => run(() => api.POST('/api/groups/posts/{id}/pin', { params: { path: { id: post.id } }, body: { pinned: !post.pinned } }), refresh);
  return (
    <article className="group-post" id={`post-${post.id}`} aria-label={t('groups.byline', { name: post.author.displayName, date: f.dateTime(post.createdAt) })}>
      <p className="group-post__byline">
        {post.pinned ? (
          <>
            <Tag kind="accent">{t('groups.pinned')}</Tag>{' '}
          </>
        ) : null}
        <Link to={`/people/${post.author.id}`}>{post.author.displayName}</Link>, <time dateTime={post.createdAt}>{f.dateTime(post.createdAt)}</time>
      </p>
      {post.moderation === 'hidden' ? <Notice kind="warning">{t('groups.hidden', { reason: post.moderationReason ?? '' })}</Notice> : null}
      {post.moderation === 'held' ? <Notice kind="warning">{t('groups.held')}</Notice> : null}
      <PlainText text={post.body} className="group-post__body" />
      <PhotoGallery photos={post.photos} label={t('groups.photosLabel')} />
      {post.poll ? <PollView post={post} /> : null}
      <Reactions post={post} />
      <div className="group-actions" role="group" aria-label={t('groups.postActions')}>
        {onPage ? null : (
          <Link to={`/groups/posts/${post.id}`}>{post.commentCount ? t('groups.comments', { count: post.commentCount }) : t('groups.comment')}</Link>
        )}
        {post.canModerate && post.moderation === 'visible' ? (
          <>
            <button type="button" className="button button--secondary button--small" disabled={busy} onClick={() => void pin()}>
              {post.pinned ? t('groups.unpin') : t('groups.pin')}
            </button>
            <button type="button" className="button button--secondary button--small" aria-expanded={hiding} onClick={() => setHiding((h) => !h)}>
              {t('groups.hide')}
            </button>
          </>
        ) : null}
        {post.canModerate && post.moderation === 'hidden' ? (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={busy}
            onClick={() => void run(() => api.POST('/api/groups/posts/{id}/restore', { params: { path: { id: post.id } } }), refresh)}
          >
            {t('groups.restore')}
          </button>
        ) : null}
      </div>
      {hiding ? (
        <ReasonForm
          id={`hide-${post.id}`}
          title={t('groups.hideTitle')}
          submitLabel={t('groups.hide')}
          onCancel={() => setHiding(false)}
          onSend={async (reason) => {
            await api.POST('/api/groups/posts/{id}/hide', { params: { path: { id: post.id } }, body: { reason } });
            setHiding(false);
            await refresh();
          }}
        />
      ) : null}
    </article>
  );
}
