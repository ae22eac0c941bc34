import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { useApiPages } from '../../api/pages.js';
import { invalidate } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary } from '../../components/errors.js';
import { Checkbox } from '../../components/fields.js';
import { Notice, Tag } from '../../components/notice.js';
import { useSubmit } from '../../use-submit.js';
import { PagesMore, ReasonForm } from './group-bits.js';

type Group = Schema<'Group'>;
type Member = Schema<'GroupMembers'>['items'][number];

/** How many members a page of the list holds. */
const pageSize = 50;

/**
 * The member list as the group's setting allows, 50 at a time ("Show more members"); its admins accept requests,
 * remove and ban with a reason, and owners make admins.
 */
export function GroupMembers({ g }: { g: Group }) {
  const { t } = useTranslation();
  const members = useApiPages('/api/groups/{id}/members', g.me.canSeeMembers ? { path: { id: g.id }, query: { limit: pageSize } } : null);
  const { busy, error, run } = useSubmit();
  const refresh = () => invalidate('/api/groups/{id}/members', '/api/groups/{id}');
  if (!g.me.canSeeMembers) return null;
  const pages = members.data ?? [];
  const requests = pages[0]?.requests ?? [];
  const current = pages.flatMap((p) => p.items);
  const total = pages[0]?.total ?? 0;
  const approve = (m: Member) =>
    run(() => api.POST('/api/groups/{id}/members/{userId}/approve', { params: { path: { id: g.id, userId: m.userId } } }), refresh);
  return (
    <section className="group-section" aria-labelledby="group-members">
      <h2 id="group-members">{t('groups.membersTitle')}</h2>
      <ErrorSummary error={error} id="members-errors" />
      {requests.length ? (
        <>
          <h3>{t('groups.requestsTitle')}</h3>
          <ul className="group-members">
            {requests.map((m) => (
              <li key={m.userId}>
                <span>{m.displayName}</span>
                <button className="button button--small" type="button" disabled={busy} onClick={() => void approve(m)}>
                  {t('groups.approve', { name: m.displayName })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ul className="group-members">
        {current.map((m) => (
          <MemberItem key={m.userId} g={g} m={m} busy={busy} run={run} refresh={refresh} />
        ))}
      </ul>
      <PagesMore shown={current.length} total={total} pages={members} more={t('groups.paging.moreMembers')} />
      {members.error ? <Notice kind="error" title={members.error.message} /> : null}
    </section>
  );
}

/** One member: a link to their page, their role; for the group's owners "make admin", for its admins "remove" with a reason. */
function MemberItem({ g, m, busy, run, refresh }: { g: Group; m: Member; busy: boolean; run: ReturnType<typeof useSubmit>['run']; refresh(): Promise<void> }) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState(false);
  return (
    <li>
      <Link to={`/people/${m.userId}`}>{m.displayName}</Link>
      {m.role !== 'member' ? <Tag>{t(`groups.role.${m.role}`)}</Tag> : null}
      {g.me.canGiveRoles && m.role === 'member' ? (
        <button
          className="button button--secondary button--small"
          type="button"
          disabled={busy}
          onClick={() =>
            void run(
              () => api.POST('/api/groups/{id}/members/{userId}/role', { params: { path: { id: g.id, userId: m.userId } }, body: { role: 'admin' } }),
              refresh,
            )
          }
        >
          {t('groups.makeAdmin', { name: m.displayName })}
        </button>
      ) : null}
      {g.me.canManage && m.role === 'member' ? (
        <button className="button button--secondary button--small" type="button" aria-expanded={removing} onClick={() => setRemoving(true)}>
          {t('groups.remove', { name: m.displayName })}
        </button>
      ) : null}
      {removing ? (
        <ReasonForm
          id={`remove-${m.userId}`}
          title={t('groups.removeTitle', { name: m.displayName })}
          submitLabel={t('groups.removeConfirm')}
          extra={(set, value) => <Checkbox id={`remove-${m.userId}-ban`} label={t('groups.ban')} checked={value} onChange={set} />}
          onCancel={() => setRemoving(false)}
          onSend={async (reason, ban) => {
            await api.POST('/api/groups/{id}/members/{userId}/remove', { params: { path: { id: g.id, userId: m.userId } }, body: { reason, ban } });
            setRemoving(false);
            await refresh();
          }}
        />
      ) : null}
    </li>
  );
}
