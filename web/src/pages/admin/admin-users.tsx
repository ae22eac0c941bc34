import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { roles } from '@server/core/auth/actor.js';
import { useApiQuery } from '../../api/query.js';
import type { Role } from '../../api/types.js';
import { SelectField, TextField } from '../../components/fields.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { Pagination } from '../../components/pagination.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { roleName } from '../../words.js';
import { AccountStatus } from './account-status.js';
import { AdminNav } from './admin-nav.js';

const pageSize = 25;

const isRole = (v: string | null): v is Role => !!v && (roles as readonly string[]).includes(v);

/** Accounts for administrators: search and role filter kept in the address, pages of 25. */
export function AdminUsersPage() {
  const { t } = useTranslation();
  const f = useFormat();
  useTitle(t('admin.usersTitle'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const roleParam = params.get('role');
  const role = isRole(roleParam) ? roleParam : '';
  const offset = Math.max(0, Math.floor(Number(params.get('offset')) || 0));

  const [qInput, setQInput] = useState(q);
  const [roleInput, setRoleInput] = useState<string>(role);
  useEffect(() => {
    setQInput(q);
    setRoleInput(role);
  }, [q, role]);

  const list = useApiQuery('/api/admin/users', { query: { limit: pageSize, offset, ...(q ? { q } : {}), ...(role ? { role } : {}) } });

  function search(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    if (qInput.trim()) next.set('q', qInput.trim());
    if (roleInput) next.set('role', roleInput);
    setParams(next);
  }

  const pageLink = (newOffset: number) => {
    const next = new URLSearchParams(params);
    if (newOffset > 0) next.set('offset', String(newOffset));
    else next.delete('offset');
    return `?${next}`;
  };

  return (
    <>
      <AdminNav />
      <PageHeading>{t('admin.usersTitle')}</PageHeading>
      <form className="filters" role="search" aria-label={t('admin.searchLabel')} onSubmit={search}>
        <TextField id="f-q" type="search" label={t('admin.search')} hint={t('admin.searchHint')} value={qInput} onChange={setQInput} />
        <SelectField
          id="f-role"
          label={t('admin.roleFilter')}
          value={roleInput}
          onChange={setRoleInput}
          options={[{ value: '', label: t('admin.anyRole') }, ...roles.map((r) => ({ value: r, label: roleName(t, r) }))]}
        />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('admin.find')}
          </button>
          {q || role ? (
            <Link className="button button--secondary" to="/admin/users">
              {t('admin.clear')}
            </Link>
          ) : null}
        </div>
      </form>

      <QueryView query={list}>
        {({ items, total }) => (
          <>
            <p role="status" className="result-count">
              {items.length
                ? t('admin.showing', { from: f.number(offset + 1), to: f.number(offset + items.length), count: total, total: f.number(total) })
                : t('admin.noUsers')}
            </p>
            {items.length ? (
              <div className="table-wrap" role="region" aria-labelledby="users-caption" tabIndex={0}>
                <table className="table table--stack" role="table">
                  <caption id="users-caption" className="visually-hidden">
                    {t('admin.usersCaption')}
                  </caption>
                  <thead role="rowgroup">
                    <tr role="row">
                      <th scope="col" role="columnheader">
                        {t('field.displayName')}
                      </th>
                      <th scope="col" role="columnheader">
                        {t('field.email')}
                      </th>
                      <th scope="col" role="columnheader">
                        {t('profile.roles')}
                      </th>
                      <th scope="col" role="columnheader">
                        {t('admin.status')}
                      </th>
                      <th scope="col" role="columnheader">
                        {t('admin.created')}
                      </th>
                    </tr>
                  </thead>
                  <tbody role="rowgroup">
                    {items.map((u) => (
                      <tr key={u.id} role="row">
                        <th scope="row" role="rowheader">
                          <Link to={`/admin/users/${u.id}`}>{u.displayName}</Link>
                        </th>
                        <td role="cell" className="break" data-label={t('field.email')}>
                          {u.email}
                        </td>
                        <td role="cell" data-label={t('profile.roles')}>
                          {u.roles.length ? [...new Set(u.roles.map((g) => roleName(t, g.role)))].join(', ') : t('role.resident')}
                        </td>
                        <td role="cell" data-label={t('admin.status')}>
                          <AccountStatus user={u} />
                        </td>
                        <td role="cell" className="nowrap" data-label={t('admin.created')}>
                          {f.date(u.createdAt)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            <Pagination offset={offset} pageSize={pageSize} total={total} href={pageLink} />
          </>
        )}
      </QueryView>
    </>
  );
}
