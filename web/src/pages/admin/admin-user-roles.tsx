import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, scopeTypes } from '@server/core/auth/actor.js';
import { useWorkingDepartments, useDistricts } from '../../api/lists.js';
import { api } from '../../api/client.js';
import type { Role, RoleGrant, Schema, ScopeType } from '../../api/types.js';
import { fieldMessage } from '../../components/errors.js';
import { RadioGroup, SelectField } from '../../components/fields.js';
import { useFormat } from '../../format.js';
import type { Submission } from '../../use-submit.js';
import { grantName, roleName, scopeName } from '../../words.js';

// errors about the grant as a whole, shown beside the field they are about
export const codeFields = {
  official_needs_department: 'scopeType',
  administrator_city_only: 'scopeType',
  scope_required: 'scopeId',
  scope_not_expected: 'scopeId',
  role_already_granted: 'role',
};

/** Names a grant's department or district (for grantName and scopeName in words.ts). */
export type ScopeLookup = Parameters<typeof scopeName>[2];

/** Runs an administrator's change of the account and shows what it did (`message`) above the page. */
export type Act = (action: () => Promise<Schema<'AdminAccount'>>, message: (u: Schema<'AdminAccount'>) => string) => Promise<void>;

interface Props {
  user: Schema<'AdminAccount'>;
  submission: Submission;
  act: Act;
  lookup: ScopeLookup;
}

/** The account's roles, each with its revoke button. */
export function RolesSection({ user, submission, act, lookup }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const { busy } = submission;
  const revoke = (g: RoleGrant) =>
    act(
      () => api.DELETE('/api/admin/users/{id}/roles/{grantId}', { params: { path: { id: user.id, grantId: g.id } } }),
      () => t('admin.revokedDone', { grant: grantName(t, g, lookup) }),
    );
  return (
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
  );
}

/** Grants a role in a scope: the city, a department or a district. */
export function GrantForm({ user, submission, act, lookup }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const departments = useWorkingDepartments();
  const districts = useDistricts();
  const { busy, error } = submission;
  const [role, setRole] = useState<Role>('official');
  const [scopeType, setScopeType] = useState<ScopeType>('department');
  const [scopeId, setScopeId] = useState('');

  function grant(e: FormEvent) {
    e.preventDefault();
    const body = { role, scopeType, scopeId: scopeType === 'city' ? null : scopeId || null };
    void act(
      () => api.POST('/api/admin/users/{id}/roles', { params: { path: { id: user.id } }, body }),
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
  );
}
