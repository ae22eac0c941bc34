import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDistrictName } from '../api/lists.js';
import { useApiQuery } from '../api/query.js';
import type { Schema } from '../api/types.js';
import { CommentThread } from '../components/comment-thread.js';
import { FlagButton } from '../components/flag-dialog.js';
import { FollowButton } from '../components/follow-button.js';
import { Notice, Tag } from '../components/notice.js';
import { PageHeading, useTitle } from '../components/page.js';
import { PersonLink } from '../components/person.js';
import { PlainText } from '../components/plain-text.js';
import { QueryView } from '../components/query-view.js';
import { ShareButton } from '../components/share-button.js';
import { useFormat } from '../format.js';
import { useSession } from '../session.js';
import { DiscussionTagLinks } from './discussion-card.js';
import { NotFoundPage } from './not-found.js';

type Discussion = Schema<'Discussion'>;

/** One discussion: what it is about, who opened it, follow/share/flag, then the comments. */
export function DiscussionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useSession();
  // hidden discussions are shown to their author and moderators: ask once the session is known
  const discussion = useApiQuery('/api/discussions/{id}', me === undefined ? null : { path: { id } });
  useTitle(discussion.data?.title ?? t('discussions.title'));

  if (discussion.error?.status === 404 || discussion.error?.status === 400) return <NotFoundPage />;
  return (
    <>
      {discussion.error && !discussion.data ? <PageHeading>{t('discussions.title')}</PageHeading> : null}
      <QueryView query={discussion}>{(d) => <DiscussionView d={d} key={d.id} />}</QueryView>
    </>
  );
}

function DiscussionView({ d }: { d: Discussion }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();

  return (
    <>
      <p>
        <Link className="back-link" to={d.group ? `/groups/${d.group.id}` : '/discussions'}>
          {d.group ? t('groupDiscussions.back', { name: d.group.name }) : t('discussion.back')}
        </Link>
      </p>
      <article className="discussion" aria-labelledby="discussion-title">
        <p className="discussion__kind">
          <Tag kind={d.kind === 'question' ? 'warning' : 'neutral'}>{t(`discussion.kind.${d.kind}`)}</Tag>
        </p>
        <PageHeading id="discussion-title">{d.title}</PageHeading>
        <ModerationNotice d={d} />
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
          {d.group ? (
            <div>
              <dt>{t('groupDiscussions.group')}</dt>
              <dd>
                <Link to={`/groups/${d.group.id}`}>{d.group.name}</Link>
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t('field.district')}</dt>
            <dd>{d.districtId ? districtName(d.districtId) : t('newDiscussion.wholeCity')}</dd>
          </div>
          {d.tags.length ? (
            <div>
              <dt>{t('discussion.tags')}</dt>
              <dd>
                <DiscussionTagLinks tags={d.tags} />
              </dd>
            </div>
          ) : null}
        </dl>
        <PlainText text={d.body} className="discussion__body" />
        <div className="entity-actions" role="group" aria-label={t('discussion.actions')}>
          <FollowButton entityType="discussion" entityId={d.id} />
          <ShareButton title={d.title} path={`/discussions/${d.id}`} />
          {!d.mine && d.moderation === 'visible' ? <FlagButton entityType="discussion" entityId={d.id} label={t('discussion.flagLabel')} /> : null}
        </div>
      </article>
      <CommentThread hostType="discussion" hostId={d.id} />
    </>
  );
}

/** Why a discussion is not public (its author and moderators see it): hidden with the moderator's reason, or held for a check. */
function ModerationNotice({ d }: { d: Discussion }) {
  const { t } = useTranslation();
  if (d.moderation === 'hidden') {
    return (
      <Notice kind="warning" title={t('discussion.hiddenTitle')}>
        <p>{d.moderationReason ? t('discussion.hiddenReason', { reason: d.moderationReason }) : t('discussion.hiddenPending')}</p>
      </Notice>
    );
  }
  if (d.moderation === 'held') {
    return (
      <Notice kind="warning" title={t('discussion.heldTitle')}>
        <p>{t('discussion.heldText')}</p>
      </Notice>
    );
  }
  return null;
}
