import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, getDepartments, getDistricts, roles, scopeTypes, type AdminUser, type ApiError, type Role, type RoleGrant, type ScopeType } from '../../api.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { RadioGroup, SelectField, TextArea, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { Loading, PageHeading, useTitle } from '../../components/page.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useLoad } from '../../use-load.js';
import { useSubmit } from '../../use-submit.js';
import { grantName, roleName, scopeName, verificationName } from '../../words.js';
import { AccountStatus } from './account-status.js';
import { AdminNav } from './admin-nav.js';

const targets = { until: 'f-until', reason: 'f-reason', role: 'f-role-official', scopeType: 'f-scopeType-city', scopeId: 'f-scopeId' };
// errors about the grant as a whole, shown beside the field they are about
const codeFields = {
  official_needs_department: 'scopeType',
  administrator_city_only: 'scopeType',
  scope_required: 'scopeId',
  scope_not_expected: 'scopeId',
  role_already_granted: 'role',
};

/** One account for administrators: details, block/unblock, roles with revoke, and granting a role. */
export function AdminUserPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const loaded = useLoad(`user-${id}`, () => api<AdminUser>('GET', `/api/admin/users/${encodeURIComponent(id)}`));
  const [changed, setChanged] = useState<AdminUser | null>(null);
  const user = changed && changed.id === id ? changed : loaded.data;

  if (loaded.error) return <LoadFailed error={loaded.error} />;
  if (!user) {
    return (
      <>
        <AdminNav />
        <Loading />
      </>
    );
  }
  return <UserDetails user={user} onChange={setChanged} key={id} title={t('admin.userTitle', { name: user.displayName })} />;
}

function LoadFailed({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  useTitle(t('admin.userNotFound'));
  return (
    <>
      <AdminNav />
      <PageHeading>{t('admin.userNotFound')}</PageHeading>
      <Notice kind="error" title={error.message} />
      <p>
        <Link to="/admin/users">{t('admin.backToUsers')}</Link>
      </p>
    </>
  );
}

function UserDetails({ user, onChange, title }: { user: AdminUser; onChange(u: AdminUser): void; title: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { me, refresh } = useSession();
  const departments = useLoad('departments', getDepartments);
  const districts = useLoad('districts', getDistricts);
  const { busy, error, run } = useSubmit();
  const [done, setDone] = useState<string | null>(null);
  const [role, setRole] = useState<Role>('official');
  const [scopeType, setScopeType] = useState<ScopeType>('department');
  const [scopeId, setScopeId] = useState('');
  const [until, setUntil] = useState('');
  const [blockReason, setBlockReason] = useState('');
  useTitle(title, !!error);
  const today = new Date();
  const minDate = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;

  const lookup = { departments: departments.data ?? [], districts: districts.data ?? [], name: f.name };
  const isSelf = me?.id === user.id;

  function act(action: () => Promise<AdminUser>, message: (u: AdminUser) => string) {
    setDone(null);
    return run(action, async (updated) => {
      onChange(updated);
      setDone(message(updated));
      if (isSelf) await refresh();
    });
  }

  const block = (blocked: boolean) =>
    act(
      () =>
        api<AdminUser>('POST', `/api/admin/users/${user.id}/block`, {
          blocked,
          // the block lasts to the end of the chosen day, in the administrator's time zone
          ...(blocked && until ? { until: new Date(`${until}T23:59:59`).toISOString() } : {}),
          ...(blocked && blockReason.trim() ? { reason: blockReason.trim() } : {}),
        }),
      () => (blocked ? t('admin.blockedDone') : t('admin.unblockedDone')),
    );

  const revoke = (g: RoleGrant) =>
    act(
      () => api<AdminUser>('DELETE', `/api/admin/users/${user.id}/roles/${g.id}`),
      () => t('admin.revokedDone', { grant: grantName(t, g, lookup) }),
    );

  function grant(e: FormEvent) {
    e.preventDefault();
    const body = { role, scopeType, scopeId: scopeType === 'city' ? null : scopeId || null };
    void act(
      () => api<AdminUser>('POST', `/api/admin/users/${user.id}/roles`, body),
      () => t('admin.grantedDone', { grant: grantName(t, body, lookup) }),
    );
  }

  const scopeOptions =
    scopeType === 'department'
      ? [...(departments.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b)))
      : scopeType === 'district'
        ? [...(districts.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b)))
        : [];

  return (
    <>
      <AdminNav />
      <p>
        <Link className="back-link" to="/admin/users">
          {t('admin.backToUsers')}
        </Link>
      </p>
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

      <section aria-labelledby="block-title" className="section">
        <h2 id="block-title">{user.blocked ? t('admin.unblockTitle') : t('admin.blockTitle')}</h2>
        <p>{user.blocked ? t('admin.unblockText') : t('admin.blockText')}</p>
        {user.blocked ? (
          <>
            <dl className="summary-list">
              <div>
                <dt>{t('admin.blockedUntil')}</dt>
                <dd>{user.blockedUntil ? f.dateTime(user.blockedUntil) : t('admin.blockedForever')}</dd>
              </div>
              {user.blockReason ? (
                <div>
                  <dt>{t('admin.blockReason')}</dt>
                  <dd>{user.blockReason}</dd>
                </div>
              ) : null}
            </dl>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void block(false)}>
              {t('admin.unblock')}
            </button>
          </>
        ) : (
          <form
            className="form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void block(true);
            }}
          >
            <TextField
              id="f-until"
              type="date"
              label={t('admin.blockUntil')}
              hint={t('admin.blockUntilHint')}
              value={until}
              onChange={setUntil}
              width="medium"
              min={minDate}
              error={fieldMessage(error, 'until')}
            />
            <TextArea
              id="f-reason"
              label={t('admin.blockReasonLabel')}
              hint={t('admin.blockReasonHint')}
              value={blockReason}
              onChange={setBlockReason}
              rows={3}
              maxLength={500}
              error={fieldMessage(error, 'reason')}
            />
            <button type="submit" className="button button--warning" disabled={busy}>
              {t('admin.block')}
            </button>
          </form>
        )}
      </section>

      <section aria-labelledby="roles-title" className="section">
        <h2 id="roles-title">{t('profile.roles')}</h2>
        {user.roles.length === 0 ? (
          <p>{t('admin.noRoles')}</p>
        ) : (
          <ul className="role-list">
            {user.roles.map((g) => (
              <li className="role-list__item" key={g.id}>
                <div>
                  <p className="role-list__role">{roleName(t, g.role)}</p>
                  <p className="role-list__scope">{scopeName(t, g, lookup)}</p>
                  <p className="muted">{t('admin.grantedOn', { date: f.date(g.grantedAt) })}</p>
                </div>
                <button
                  type="button"
                  className="button button--warning button--small"
                  disabled={busy}
                  aria-label={t('admin.revokeLabel', { grant: grantName(t, g, lookup) })}
                  onClick={() => void revoke(g)}
                >
                  {t('admin.revoke')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="grant-title" className="section">
        <h2 id="grant-title">{t('admin.grantTitle')}</h2>
        <form onSubmit={grant} noValidate className="form">
          <RadioGroup
            idPrefix="f-role"
            legend={t('field.role')}
            value={role}
            onChange={(v) => setRole(v as Role)}
            error={fieldMessage(error, 'role', codeFields)}
            options={roles.map((r) => ({ value: r, label: roleName(t, r) }))}
          />
          <RadioGroup
            idPrefix="f-scopeType"
            legend={t('field.scope')}
            hint={t('admin.scopeHint')}
            value={scopeType}
            onChange={(v) => {
              setScopeType(v as ScopeType);
              setScopeId('');
            }}
            error={fieldMessage(error, 'scopeType', codeFields)}
            options={scopeTypes.map((s) => ({ value: s, label: t(`scopeType.${s}`) }))}
          />
          {scopeType !== 'city' ? (
            <SelectField
              id="f-scopeId"
              label={scopeType === 'department' ? t('field.department') : t('field.district')}
              value={scopeId}
              onChange={setScopeId}
              error={fieldMessage(error, 'scopeId', codeFields)}
              options={[{ value: '', label: t('admin.choose') }, ...scopeOptions.map((x) => ({ value: x.id, label: f.name(x) }))]}
            />
          ) : null}
          <button type="submit" className="button" disabled={busy}>
            {t('admin.grant')}
          </button>
        </form>
      </section>
    </>
  );
}
