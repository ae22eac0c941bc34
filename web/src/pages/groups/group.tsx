import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { useDistrictName } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary } from '../../components/errors.js';
import { FlagButton } from '../../components/flag-dialog.js';
import { Notice, Tag } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { PlainText } from '../../components/plain-text.js';
import { QueryView } from '../../components/query-view.js';
import { ShareButton } from '../../components/share-button.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useSubmit } from '../../use-submit.js';
import { NotFoundPage } from '../not-found.js';
import { FigureAnswers } from './figure-answers.js';
import { GroupDiscussions } from './group-discussions.js';
import { GroupEvents } from './group-events.js';
import { GroupFeed } from './group-feed.js';
import { GroupMembers } from './group-members.js';
import { GroupPlaceMap } from './group-place.js';
import { GroupWork } from './group-work.js';
import './groups.css';

type Group = Schema<'Group'>;

/** A community's page: what it is, joining and leaving, its members per its setting, its feed, its admins' tools. */
export function GroupPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useSession();
  const group = useApiQuery('/api/groups/{id}', me === undefined ? null : { path: { id } });
  useTitle(group.data?.name ?? t('groups.title'));
  if (group.error?.status === 404 || group.error?.status === 400) return <NotFoundPage />;
  return (
    <>
      {group.error && !group.data ? <PageHeading>{t('groups.title')}</PageHeading> : null}
      <QueryView query={group}>{(g) => <GroupView g={g} key={g.id} />}</QueryView>
    </>
  );
}

function GroupView({ g }: { g: Group }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link className="back-link" to="/groups">
          {t('groups.back')}
        </Link>
      </p>
      <article className="group" aria-labelledby="group-title">
        <p className="group-card__kind">
          <Tag kind={g.kind === 'public_figure' || g.kind === 'organisation' ? 'accent' : 'neutral'}>{t(`groups.kind.${g.kind}`)}</Tag>
          {g.verified ? <Tag kind="success">{t('groups.verified')}</Tag> : null}
        </p>
        <PageHeading id="group-title">{g.name}</PageHeading>
        {g.status === 'pending' ? <Notice kind="warning">{t('groups.pending')}</Notice> : null}
        {g.status === 'rejected' ? <Notice kind="error">{t('groups.rejected', { reason: g.statusReason ?? '' })}</Notice> : null}
        {g.imageUrl ? <img className="group__image" src={g.imageUrl} alt="" width={640} height={360} style={{ maxWidth: '100%', height: 'auto' }} /> : null}
        <About g={g} />
        <Membership g={g} />
      </article>
      {g.kind === 'public_figure' ? <FigureActivity g={g} /> : null}
      <FigureAnswers g={g} />
      <GroupEvents groupId={g.id} canOrganise={g.me.canManage} />
      <GroupWork g={g} />
      <GroupMembers g={g} />
      <GroupDiscussions g={g} />
      <GroupFeed g={g} />
    </>
  );
}

function About({ g }: { g: Group }) {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  return (
    <section aria-labelledby="group-about">
      <h2 id="group-about" className="visually-hidden">
        {t('groups.about')}
      </h2>
      <PlainText text={g.description} />
      <dl className="group-about">
        {g.districtId ? (
          <>
            <dt>{t('groups.district')}</dt>
            <dd>{districtName(g.districtId)}</dd>
          </>
        ) : null}
        {g.address ? (
          <>
            <dt>{t('groups.address')}</dt>
            <dd>{g.address}</dd>
          </>
        ) : null}
        <dt>{t('groups.form.membership')}</dt>
        <dd>
          {t(`groups.membership.${g.membership}`)} · {t('groups.members', { count: g.memberCount })}
        </dd>
        {g.registrationNumber ? (
          <>
            <dt>{t('groups.registration')}</dt>
            <dd>{g.registrationNumber}</dd>
          </>
        ) : null}
        {g.responsibilities ? (
          <>
            <dt>{t('groups.responsibilities')}</dt>
            <dd>
              <PlainText text={g.responsibilities} />
            </dd>
          </>
        ) : null}
        {g.officeHours ? (
          <>
            <dt>{t('groups.officeHours')}</dt>
            <dd>
              <PlainText text={g.officeHours} />
            </dd>
          </>
        ) : null}
        {g.rules ? (
          <>
            <dt>{t('groups.rules')}</dt>
            <dd>
              <PlainText text={g.rules} />
            </dd>
          </>
        ) : null}
      </dl>
      <GroupPlaceMap group={g} />
    </section>
  );
}

/** Join, ask, join with the link's invitation, leave; the admins' edit and invitation link; share and flag. */
function Membership({ g }: { g: Group }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [params] = useSearchParams();
  const invitation = params.get('invitation') ?? undefined;
  const { busy, error, run } = useSubmit();
  const [notice, setNotice] = useState('');
  const [link, setLink] = useState('');
  const refresh = () => invalidate('/api/groups/{id}', '/api/groups/{id}/posts', '/api/groups/{id}/members', '/api/groups');
  const join = () =>
    run(
      () => api.POST('/api/groups/{id}/join', { params: { path: { id: g.id } }, body: invitation ? { invitation } : {} }),
      async (r) => {
        setNotice(r.state === 'member' ? t('groups.joined') : t('groups.requested'));
        await refresh();
      },
    );
  const leave = () => run(() => api.POST('/api/groups/{id}/leave', { params: { path: { id: g.id } } }), refresh);
  const invite = () =>
    run(
      () => api.POST('/api/groups/{id}/invitations', { params: { path: { id: g.id } }, body: {} }),
      (r) => setLink(new URL(r.path, window.location.origin).href),
    );
  const joinLabel = invitation ? t('groups.joinWithInvitation') : g.membership === 'open' ? t('groups.join') : t('groups.askToJoin');
  return (
    <>
      <ErrorSummary error={error} id="membership-errors" />
      {notice ? (
        <p role="status" className="notice-line">
          {notice}
        </p>
      ) : null}
      {g.me.banned ? <Notice kind="warning">{t('groups.youAreBanned')}</Notice> : null}
      {g.me.state === 'requested' ? <p>{t('groups.youRequested')}</p> : null}
      <div className="group-actions">
        {me === null ? (
          <Link className="button" to={`/login?next=${encodeURIComponent(`/groups/${g.id}${invitation ? `?invitation=${invitation}` : ''}`)}`}>
            {joinLabel}
          </Link>
        ) : null}
        {g.me.canJoin && g.me.state !== 'requested' && (g.membership !== 'invitation' || invitation) ? (
          <button className="button" type="button" disabled={busy} onClick={() => void join()}>
            {joinLabel}
          </button>
        ) : null}
        {g.me.state === 'member' ? <Tag kind="success">{t('groups.youAreMember')}</Tag> : null}
        {g.me.canLeave ? (
          <button className="button button--secondary" type="button" disabled={busy} onClick={() => void leave()}>
            {t('groups.leave')}
          </button>
        ) : null}
        {g.kind === 'public_figure' && g.status === 'active' && me?.id !== g.ownerId ? (
          <Link className="button button--secondary" to={`/messages/new?to=${g.ownerId}`}>
            {t('groups.writeTo', { name: g.ownerName })}
          </Link>
        ) : null}
        {g.me.canManage ? (
          <>
            <Link className="button button--secondary" to={`/groups/${g.id}/edit`}>
              {t('groups.edit')}
            </Link>
            <button className="button button--secondary" type="button" disabled={busy} onClick={() => void invite()}>
              {t('groups.invite')}
            </button>
          </>
        ) : null}
        <ShareButton title={g.name} path={`/groups/${g.id}`} />
        {g.me.role !== 'owner' && me ? <FlagButton entityType="group" entityId={g.id} label={t('groups.flagGroup')} /> : null}
      </div>
      {link ? (
        <p className="group-invite">
          {t('groups.inviteLink')} <code>{link}</code>
        </p>
      ) : null}
    </>
  );
}

/** A public figure's public work on the platform (what its owner created in other modules). */
function FigureActivity({ g }: { g: Group }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section className="group-section" aria-labelledby="group-activity">
      <h2 id="group-activity">{t('groups.activity')}</h2>
      {g.activity.length ? (
        <ul>
          {g.activity.map((a) => (
            <li key={`${a.type}:${a.id}`}>
              <Link to={a.path}>{a.title}</Link> <span className="muted">· {f.date(a.createdAt)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('groups.noActivity')}</p>
      )}
    </section>
  );
}
