import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { getDistricts } from '../../api.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { Checkbox, SelectField, TextArea, TextField } from '../../components/fields.js';
import { Notice, Tag } from '../../components/notice.js';
import { LoadError, Loading, PageHeading, useErrorTitle, useTitle } from '../../components/page.js';
import { Pagination } from '../../components/pagination.js';
import { useDistrictName } from '../../components/person.js';
import { useFormat } from '../../format.js';
import { useLoad } from '../../use-load.js';
import { useSubmit } from '../../use-submit.js';
import {
  getMethodSettings,
  getVerificationStats,
  importRegister,
  listVerifications,
  revokeVerification,
  setMethodEnabled,
  verificationMethods,
  type MethodSetting,
  type RegisterImport,
  type VerificationItem,
} from '../verification-api.js';
import { AdminNav } from './admin-nav.js';

const pageSize = 20;

/** /admin/verification: methods the city offers, figures, the residents register, and the verified residents with revocation. */
export function AdminVerificationPage() {
  const { t } = useTranslation();
  useTitle(t('verification.admin.title'));
  const stats = useLoad('verification-stats', getVerificationStats);
  return (
    <>
      <AdminNav />
      <PageHeading>{t('verification.admin.title')}</PageHeading>
      <Methods />
      <Figures stats={stats} />
      <RegisterUpload onImported={stats.reload} />
      <Residents onChanged={stats.reload} />
    </>
  );
}

function Methods() {
  const { t } = useTranslation();
  const f = useFormat();
  const settings = useLoad('verification-methods', getMethodSettings);
  const [items, setItems] = useState<MethodSetting[] | null>(null);
  const s = useSubmit();
  const shown = items ?? settings.data;
  const toggle = (m: MethodSetting, enabled: boolean) => s.run(() => setMethodEnabled(m.method, enabled), setItems);
  return (
    <section aria-labelledby="verif-methods-title" className="section">
      <h2 id="verif-methods-title">{t('verification.admin.methodsTitle')}</h2>
      <p>{t('verification.admin.methodsText')}</p>
      {s.error ? <Notice kind="error" title={s.error.message} /> : null}
      {settings.error ? (
        <LoadError error={settings.error} retry={settings.reload} />
      ) : !shown ? (
        <Loading />
      ) : (
        <ul className="verif__methods">
          {shown.map((m) => (
            <li key={m.method} className="card">
              <Checkbox
                id={`method-${m.method}`}
                label={t(`verification.method.${m.method}`)}
                hint={[
                  t(`verification.admin.methodHint.${m.method}`),
                  m.delivery ? t(`verification.admin.delivery.${m.delivery}`) : '',
                  m.configured ? '' : t('verification.admin.notConfigured'),
                  m.updatedAt ? t('verification.admin.changedAt', { at: f.dateTime(m.updatedAt) }) : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
                checked={m.enabled}
                disabled={s.busy || (!m.configured && !m.enabled)}
                onChange={(v) => void toggle(m, v)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Figures({ stats }: { stats: ReturnType<typeof useLoad<Awaited<ReturnType<typeof getVerificationStats>>>> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const s = stats.data;
  return (
    <section aria-labelledby="verif-figures-title" className="section">
      <h2 id="verif-figures-title">{t('verification.admin.figuresTitle')}</h2>
      {stats.error ? (
        <LoadError error={stats.error} retry={stats.reload} />
      ) : !s ? (
        <Loading />
      ) : (
        <>
          <p>{t('verification.admin.figuresSummary', { active: f.number(s.active), revoked: f.number(s.revoked), register: f.number(s.register.entries) })}</p>
          <div className="verif__figures">
            <div className="table-wrap">
              <table className="table">
                <caption>{t('verification.admin.byMethod')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('verification.page.method')}</th>
                    <th scope="col" className="numeric">
                      {t('verification.admin.count')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {verificationMethods.map((m) => (
                    <tr key={m}>
                      <th scope="row">{t(`verification.method.${m}`)}</th>
                      <td className="numeric">{f.number(s.byMethod.find((x) => x.method === m)?.count ?? 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="table-wrap">
              <table className="table">
                <caption>{t('verification.admin.byDistrict')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('verification.page.district')}</th>
                    <th scope="col" className="numeric">
                      {t('verification.admin.count')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {s.byDistrict.length === 0 ? (
                    <tr>
                      <td colSpan={2}>{t('verification.admin.none')}</td>
                    </tr>
                  ) : (
                    s.byDistrict.map((d) => (
                      <tr key={d.districtId ?? '-'}>
                        <th scope="row">{d.districtId ? districtName(d.districtId) : t('verification.page.noDistrict')}</th>
                        <td className="numeric">{f.number(d.count)}</td>
                      </tr>
                    ))
                  )}
                </tbody>
              </table>
            </div>
          </div>
        </>
      )}
    </section>
  );
}

function RegisterUpload({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const s = useSubmit();
  useErrorTitle(!!s.error);
  const [file, setFile] = useState<File | null>(null);
  const [replace, setReplace] = useState(false);
  const [result, setResult] = useState<RegisterImport | null>(null);
  const upload = async () => {
    if (!file) throw new Error(t('verification.admin.chooseFile'));
    return importRegister(await file.text(), replace);
  };
  return (
    <section aria-labelledby="verif-register-title" className="section">
      <h2 id="verif-register-title">{t('verification.admin.registerTitle')}</h2>
      <p>{t('verification.admin.registerText')}</p>
      <pre className="verif__sample">document_number,district,birth_date{'\n'}4510 123456,nevsky,1984-03-17</pre>
      <form
        noValidate
        onSubmit={s.submit(upload, (r) => {
          setResult(r);
          onImported();
        })}
      >
        <ErrorSummary id="register-upload-errors" error={s.error} targets={{ csv: 'register-file' }} />
        <div className={`field${fieldMessage(s.error, 'csv') ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor="register-file">
            {t('verification.admin.file')}
          </label>
          <input className="verif__file" id="register-file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <Checkbox
          id="register-replace"
          label={t('verification.admin.replace')}
          hint={t('verification.admin.replaceHint')}
          checked={replace}
          onChange={setReplace}
        />
        <button type="submit" className="button" disabled={s.busy}>
          {t('verification.admin.upload')}
        </button>
      </form>
      <div aria-live="polite">
        {result ? (
          <Notice
            kind={result.problems.length ? 'warning' : 'success'}
            title={t('verification.admin.imported', { imported: result.imported, lines: result.lines, entries: result.entries })}
          >
            {result.problems.length ? (
              <ul>
                {result.problems.map((p) => (
                  <li key={p.line}>{p.message}</li>
                ))}
              </ul>
            ) : null}
          </Notice>
        ) : null}
      </div>
    </section>
  );
}

function Residents({ onChanged }: { onChanged(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const districts = useLoad('districts', getDistricts);
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Math.floor(Number(params.get('offset')) || 0));
  const [q, setQ] = useState(params.get('q') ?? '');
  const [method, setMethod] = useState(params.get('method') ?? '');
  const [district, setDistrict] = useState(params.get('districtId') ?? '');
  const [status, setStatus] = useState(params.get('status') ?? 'active');
  const [revoked, setRevoked] = useState<string | null>(null);
  const query = new URLSearchParams();
  for (const key of ['q', 'method', 'districtId', 'status']) if (params.get(key)) query.set(key, params.get(key)!);
  query.set('limit', String(pageSize));
  query.set('offset', String(offset));
  const list = useLoad(`verifications-${query.toString()}`, () => listVerifications(query.toString()));

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
          options={(['active', 'revoked', 'all'] as const).map((s) => ({ value: s, label: t(`verification.admin.status_${s}`) }))}
        />
        <button type="submit" className="button">
          {t('verification.admin.find')}
        </button>
      </form>
      {list.error ? (
        <LoadError error={list.error} retry={list.reload} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <>
          <div aria-live="polite">{revoked ? <Notice kind="success">{t('verification.admin.revokedDone', { name: revoked })}</Notice> : null}</div>
          <p role="status">{t('verification.admin.found', { count: list.data.total })}</p>
          <ul className="verif__list">
            {list.data.items.map((item) => (
              <Resident
                key={item.id}
                item={item}
                districtName={districtName}
                onRevoked={() => {
                  setRevoked(item.user.displayName);
                  list.reload();
                  onChanged();
                }}
              />
            ))}
          </ul>
          <Pagination offset={offset} pageSize={pageSize} total={list.data.total} href={pageHref} />
        </>
      )}
    </section>
  );
}

function Resident({ item, districtName, onRevoked }: { item: VerificationItem; districtName: (id: string) => string; onRevoked(): void }) {
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
        <form noValidate onSubmit={s.submit(() => revokeVerification(item.user.id, reason), onRevoked)}>
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
