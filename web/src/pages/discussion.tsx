import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type ApiError, type Discussion } from '../api.js';
import { CommentThread } from '../components/comment-thread.js';
import { FlagButton } from '../components/flag-dialog.js';
import { FollowButton } from '../components/follow-button.js';
import { Notice, Tag } from '../components/notice.js';
import { LoadError, Loading, PageHeading, useTitle } from '../components/page.js';
import { PersonLink, useDistrictName } from '../components/person.js';
import { PlainText } from '../components/plain-text.js';
import { ShareButton } from '../components/share-button.js';
import { useFormat } from '../format.js';
import { useSession } from '../session.js';
import { useLoad } from '../use-load.js';
import { NotFoundPage } from './not-found.js';

/** One discussion: what it is about, who opened it, follow/share/flag, then the comments. */
export function DiscussionPage() {
  const { id = '' } = useParams();
  const { me } = useSession();
  // hidden discussions are shown to their author and moderators: ask once the session is known
  const loaded = useLoad(me === undefined ? null : `discussion-${id}-${me?.id ?? ''}`, () =>
    api<Discussion>('GET', `/api/discussions/${encodeURIComponent(id)}`),
  );

  if (loaded.error?.status === 404 || loaded.error?.status === 400) return <NotFoundPage />;
  if (loaded.error) return <LoadFailed retry={loaded.reload} error={loaded.error} />;
  if (!loaded.data) return <Loading />;
  return <DiscussionView d={loaded.data} key={loaded.data.id} />;
}

function LoadFailed({ error, retry }: { error: ApiError; retry(): void }) {
  const { t } = useTranslation();
  useTitle(t('discussions.title'));
  return (
    <>
      <PageHeading>{t('discussions.title')}</PageHeading>
      <LoadError error={error} retry={retry} />
    </>
  );
}

function DiscussionView({ d }: { d: Discussion }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  useTitle(d.title);
  const path = `/discussions/${d.id}`;

  return (
    <>
      <p>
        <Link className="back-link" to="/discussions">
          {t('discussion.back')}
        </Link>
      </p>
      <article className="discussion" aria-labelledby="discussion-title">
        <p className="discussion__kind">
          <Tag kind={d.kind === 'question' ? 'warning' : 'neutral'}>{t(`discussion.kind.${d.kind}`)}</Tag>
        </p>
        <PageHeading id="discussion-title">{d.title}</PageHeading>
        {d.moderation === 'hidden' ? (
          <Notice kind="warning" title={t('discussion.hiddenTitle')}>
            <p>{d.moderationReason ? t('discussion.hiddenReason', { reason: d.moderationReason }) : t('discussion.hiddenPending')}</p>
          </Notice>
        ) : d.moderation === 'held' ? (
          <Notice kind="warning" title={t('discussion.heldTitle')}>
            <p>{t('discussion.heldText')}</p>
          </Notice>
        ) : null}
        <dl className="discussion__meta">
          <div>
            <dt>{t('discussion.author')}</dt>
            <dd>
              <PersonLink person={d.author} />
            </dd>
          </div>
          <div>
            <dt>{t('discussion.opened')}</dt>
            <dd>
              <time dateTime={d.createdAt}>{f.dateTime(d.createdAt)}</time>
              {d.editedAt ? <span className="muted"> · {t('comment.edited')}</span> : null}
            </dd>
          </div>
          <div>
            <dt>{t('field.district')}</dt>
            <dd>{d.districtId ? districtName(d.districtId) : t('newDiscussion.wholeCity')}</dd>
          </div>
          {d.tags.length ? (
            <div>
              <dt>{t('discussion.tags')}</dt>
              <dd>
                <ul className="tags">
                  {d.tags.map((tag) => (
                    <li key={tag}>
                      <Link className="tag-link" to={`/discussions?tag=${encodeURIComponent(tag)}`}>
                        #{tag}
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
        </dl>
        <PlainText text={d.body} className="discussion__body" />
        <div className="entity-actions" role="group" aria-label={t('discussion.actions')}>
          <FollowButton entityType="discussion" entityId={d.id} />
          <ShareButton title={d.title} path={path} />
          {!d.mine && d.moderation === 'visible' ? <FlagButton entityType="discussion" entityId={d.id} label={t('discussion.flagLabel')} /> : null}
        </div>
      </article>
      <CommentThread hostType="discussion" hostId={d.id} />
    </>
  );
}
