import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { verificationMethods, verificationStatuses } from '@server/modules/verification/domain/methods.js';
import { api } from '../../api/client.js';
import { useDistricts } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { ApiParams, Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { SelectField, TextArea, TextField } from '../../components/fields.js';
import { Notice, Tag } from '../../components/notice.js';
import { useErrorTitle } from '../../components/page.js';
import { Pagination } from '../../components/pagination.js';
import { useDistrictName } from '../../components/person.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';

const pageSize = 20;

type Filters = NonNullable<ApiParams<'/api/admin/verification'>['query']>;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  (list as readonly (string | null)[]).includes(value) ? (value as T) : undefined;

/** The list's filters as the address holds them (?q, ?method, ?districtId, ?status); a value the server does not know is left out. */
function filtersOf(params: URLSearchParams): Filters {
  const filters: Filters = {};
  const q = params.get('q');
  const method = oneOf(verificationMethods, params.get('method'));
  const districtId = params.get('districtId');
  const status = oneOf(verificationStatuses, params.get('status'));
  if (q) filters.q = q;
  if (method) filters.method = method;
  if (districtId) filters.districtId = districtId;
  if (status) filters.status = status;
  return filters;
}

/** The verified residents, searched and filtered by the address's parameters, each with its revocation. */
export function Residents() {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const districts = useDistricts();
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Math.floor(Number(params.get('offset')) || 0));
  const [q, setQ] = useState(params.get('q') ?? '');
  const [method, setMethod] = useState(params.get('method') ?? '');
  const [district, setDistrict] = useState(params.get('districtId') ?? '');
  const [status, setStatus] = useState(params.get('status') ?? 'active');
  const [revoked, setRevoked] = useState<string | null>(null);
  const list = useApiQuery('/api/admin/verification', { query: { ...filtersOf(params), limit: pageSize, offset } });

  function search(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    if (q.trim()) next.set('q', q.trim());
    if (method) next.set('method', method);
    if (district) next.set('districtId', district);
    if (status !== 'active') next.set('status', status);
    setParams(next);
  }

  const districtOptions = [...(districts.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b))).map((d) => ({ value: d.id, label: f.name(d) }));
  const pageHref = (o: number) => {
    const next = new URLSearchParams(params);
    if (o) next.set('offset', String(o));
    else next.delete('offset');
    return `/admin/verification?${next.toString()}`;
  };

  return (
    <section aria-labelledby="verif-list-title" className="section">
      <h2 id="verif-list-title">{t('verification.admin.listTitle')}</h2>
      <form className="filters" role="search" aria-label={t('verification.admin.searchLabel')} onSubmit={search}>
        <TextField
          id="vf-q"
          type="search"
          label={t('verification.admin.search')}
          hint={t('verification.admin.searchHint')}
          value={q}
          onChange={setQ}
          autoComplete="off"
        />
        <SelectField
          id="vf-method"
          label={t('verification.page.method')}
          value={method}
          onChange={setMethod}
          options={[{ value: '', label: t('verification.admin.any') }, ...verificationMethods.map((m) => ({ value: m, label: t(`verification.method.${m}`) }))]}
        />
        <SelectField
          id="vf-district"
          label={t('verification.page.district')}
          value={district}
          onChange={setDistrict}
          options={[{ value: '', label: t('verification.admin.any') }, ...districtOptions]}
        />
        <SelectField
          id="vf-status"
          label={t('verification.admin.status')}
          value={status}
          onChange={setStatus}
          options={verificationStatuses.map((s) => ({ value: s, label: t(`verification.admin.status_${s}`) }))}
        />
        <button type="submit" className="button">
          {t('verification.admin.find')}
        </button>
      </form>
      <QueryView query={list}>
        {({ items, total }) => (
          <>
            <div aria-live="polite">{revoked ? <Notice kind="success">{t('verification.admin.revokedDone', { name: revoked })}</Notice> : null}</div>
            <p role="status">{t('verification.admin.found', { count: total })}</p>
            <ul className="verif__list">
              {items.map((item) => (
                <Resident
                  key={item.id}
                  item={item}
                  districtName={districtName}
                  onRevoked={() => {
                    setRevoked(item.user.displayName);
                    void invalidate('/api/admin/verification', '/api/admin/verification/stats');
                  }}
                />
              ))}
            </ul>
            <Pagination offset={offset} pageSize={pageSize} total={total} href={pageHref} />
          </>
        )}
      </QueryView>
    </section>
  );
}

function Resident({ item, districtName, onRevoked }: { item: Schema<'VerificationRecord'>; districtName: (id: string) => string; onRevoked(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const s = useSubmit();
  useErrorTitle(!!s.error);
  const formId = `revoke-${item.id}`;
  return (
    <li className="card verif__item">
      <h3 className="verif__name">
        <Link to={`/admin/users/${item.user.id}`}>{item.user.displayName}</Link>
      </h3>
      <p>
        {item.revokedAt ? (
          <Tag kind="error">{t('verification.admin.revokedAt', { at: f.date(item.revokedAt) })}</Tag>
        ) : (
          <Tag kind="success">{t('verification.page.verified')}</Tag>
        )}
      </p>
      <dl className="summary-list verif__facts">
        <div>
          <dt>{t('verification.page.method')}</dt>
          <dd>{t(`verification.method.${item.method}`)}</dd>
        </div>
        <div>
          <dt>{t('verification.page.district')}</dt>
          <dd>{item.districtId ? districtName(item.districtId) : t('verification.page.noDistrict')}</dd>
        </div>
        <div>
          <dt>{t('verification.page.ageBand')}</dt>
          <dd>{item.ageBand ? t(`verification.ageBand.${item.ageBand}`) : t('verification.page.noAge')}</dd>
        </div>
        <div>
          <dt>{t('verification.page.date')}</dt>
          <dd>{f.dateTime(item.verifiedAt)}</dd>
        </div>
        {item.verifiedBy ? (
          <div>
            <dt>{t('verification.admin.verifiedBy')}</dt>
            <dd>{item.verifiedBy.displayName}</dd>
          </div>
        ) : null}
        {item.revokeReason ? (
          <div>
            <dt>{t('verification.admin.reason')}</dt>
            <dd className="break">{item.revokeReason}</dd>
          </div>
        ) : null}
      </dl>
      {item.revokedAt ? null : open ? (
        <form
          noValidate
          onSubmit={s.submit(
            () => api.POST('/api/admin/verification/{userId}/revoke', { params: { path: { userId: item.user.id } }, body: { reason } }),
            onRevoked,
          )}
        >
          <ErrorSummary id={`${formId}-errors`} error={s.error} targets={{ reason: `${formId}-reason` }} />
          <TextArea
            id={`${formId}-reason`}
            label={t('verification.admin.reasonLabel')}
            hint={t('verification.admin.reasonHint')}
            value={reason}
            onChange={setReason}
            rows={3}
            maxLength={500}
            error={fieldMessage(s.error, 'reason')}
          />
          <div className="verif__actions">
            <button type="submit" className="button button--warning" disabled={s.busy}>
              {t('verification.admin.revoke')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              {t('verification.admin.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          {t('verification.admin.revokeOpen')}
        </button>
      )}
    </li>
  );
}
