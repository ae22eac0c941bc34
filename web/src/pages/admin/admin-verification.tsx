import { useTranslation } from 'react-i18next';
import { verificationMethods } from '@server/modules/verification/domain/methods.js';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { Checkbox } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { useDistrictName } from '../../components/person.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { AdminNav } from './admin-nav.js';
import { RegisterUpload } from './admin-verification-register.js';
import { Residents } from './admin-verification-residents.js';

type MethodSetting = Schema<'VerificationMethodSettings'>['items'][number];

/** /admin/verification: methods the city offers, figures, the residents register, and the verified residents with revocation. */
export function AdminVerificationPage() {
  const { t } = useTranslation();
  useTitle(t('verification.admin.title'));
  return (
    <>
      <AdminNav />
      <PageHeading>{t('verification.admin.title')}</PageHeading>
      <Methods />
      <Figures />
      <RegisterUpload />
      <Residents />
    </>
  );
}

function Methods() {
  const { t } = useTranslation();
  const f = useFormat();
  const settings = useApiQuery('/api/admin/verification/methods');
  const s = useSubmit();
  const toggle = (m: MethodSetting, enabled: boolean) =>
    s.run(
      () => api.PUT('/api/admin/verification/methods/{method}', { params: { path: { method: m.method } }, body: { enabled } }),
      // the ways residents are offered changed too
      () => invalidate('/api/admin/verification/methods', '/api/verification/methods', '/api/verification/me'),
    );
  return (
    <section aria-labelledby="verif-methods-title" className="section">
      <h2 id="verif-methods-title">{t('verification.admin.methodsTitle')}</h2>
      <p>{t('verification.admin.methodsText')}</p>
      {s.error ? <Notice kind="error" title={s.error.message} /> : null}
      <QueryView query={settings}>
        {({ items }) => (
          <ul className="verif__methods">
            {items.map((m) => (
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
      </QueryView>
    </section>
  );
}

function Figures() {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const stats = useApiQuery('/api/admin/verification/stats');
  return (
    <section aria-labelledby="verif-figures-title" className="section">
      <h2 id="verif-figures-title">{t('verification.admin.figuresTitle')}</h2>
      <QueryView query={stats}>
        {(s) => (
          <>
            <p>
              {t('verification.admin.figuresSummary', { active: f.number(s.active), revoked: f.number(s.revoked), register: f.number(s.register.entries) })}
            </p>
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
      </QueryView>
    </section>
  );
}
