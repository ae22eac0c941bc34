import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDepartments, useDistricts } from '../../api/lists.js';
import { apiQuery, invalidate, queryClient, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary } from '../../components/errors.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useSubmit, type Submission } from '../../use-submit.js';
import { scopeName, verificationName } from '../../words.js';
import { AccountStatus } from './account-status.js';
import { AdminNav } from './admin-nav.js';
import { BlockSection } from './admin-user-block.js';
import { codeFields, GrantForm, RolesSection, type Act, type ScopeLookup } from './admin-user-roles.js';

type AdminUser = Schema<'AdminAccount'>;

const targets = { until: 'f-until', reason: 'f-reason', role: 'f-role-official', scopeType: 'f-scopeType-city', scopeId: 'f-scopeId' };
/** One account for administrators: details, block/unblock, roles with revoke, and granting a role. */
export function AdminUserPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useApiQuery('/api/admin/users/{id}', { path: { id } });
  const submission = useSubmit();
  useTitle(user.data ? t('admin.userTitle', { name: user.data.displayName }) : t('admin.usersTitle'), !!submission.error);
  return (
    <>
      <AdminNav />
      <p>
        <Link className="back-link" to="/admin/users">
          {t('admin.backToUsers')}
        </Link>
      </p>
      <QueryView query={user}>{(u) => <UserDetails key={u.id} user={u} submission={submission} />}</QueryView>
    </>
  );
}

function UserDetails({ user, submission }: { user: AdminUser; submission: Submission }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { me, refresh } = useSession();
  const departments = useDepartments();
  const districts = useDistricts();
  const { error, run } = submission;
  const [done, setDone] = useState<string | null>(null);
  const lookup: ScopeLookup = { departments: departments.data ?? [], districts: districts.data ?? [], name: f.name };

  const act: Act = (action, message) => {
    setDone(null);
    return run(action, async (updated) => {
      // the answer is the account as it is now: shown at once, and the list of accounts loads again
      queryClient.setQueryData(apiQuery('/api/admin/users/{id}', { path: { id: updated.id } }).queryKey, updated);
      void invalidate('/api/admin/users');
      setDone(message(updated));
      if (me?.id === updated.id) await refresh();
    });
  };

  return (
    <>
      <ErrorSummary error={error} targets={targets} codeFields={codeFields} />
      <PageHeading>{user.displayName}</PageHeading>
      {done ? <Notice kind="success">{done}</Notice> : null}

      <dl className="summary-list">
        <div>
          <dt>{t('field.email')}</dt>
          <dd className="break">{user.email}</dd>
        </div>
        <div>
          <dt>{t('admin.status')}</dt>
          <dd>
            <AccountStatus user={user} />
          </dd>
        </div>
        <div>
          <dt>{t('profile.verification')}</dt>
          <dd>{verificationName(t, user.verification)}</dd>
        </div>
        <div>
          <dt>{t('field.district')}</dt>
          <dd>{user.districtId ? scopeName(t, { scopeType: 'district', scopeId: user.districtId }, lookup) : t('profile.noDistrict')}</dd>
        </div>
        <div>
          <dt>{t('field.language')}</dt>
          <dd>{t(`language.${user.language}`)}</dd>
        </div>
        <div>
          <dt>{t('admin.created')}</dt>
          <dd>{f.dateTime(user.createdAt)}</dd>
        </div>
      </dl>

      <BlockSection user={user} submission={submission} act={act} />
      <RolesSection user={user} submission={submission} act={act} lookup={lookup} />
      <GrantForm user={user} submission={submission} act={act} lookup={lookup} />
    </>
  );
}
