import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client.js';
import { useDistricts } from '../api/lists.js';
import { invalidate, useApiQuery } from '../api/query.js';
import type { Schema } from '../api/types.js';
import { ErrorSummary, fieldMessage } from '../components/errors.js';
import { PersonCodeCard } from '../components/person-code-card.js';
import { SelectField, TextField } from '../components/fields.js';
import { Notice, Tag } from '../components/notice.js';
import { PageHeading, useErrorTitle, useTitle } from '../components/page.js';
import { QueryView } from '../components/query-view.js';
import { useDistrictName } from '../components/person.js';
import { useFormat } from '../format.js';
import { useSession } from '../session.js';
import { useSubmit } from '../use-submit.js';
import { oidcStartHref } from './oidc-links.js';

type MyVerification = Schema<'MyVerification'>;

const oidcErrors = ['oidc_state', 'oidc_denied', 'oidc_failed', 'identity_already_used', 'already_verified', 'verification_method_disabled'] as const;

/** /profile/verification: the resident's status, and the ways the city offers to become a verified resident. */
export function VerificationPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const session = useSession();
  const [params] = useSearchParams();
  const status = useApiQuery('/api/verification/me');
  const [done, setDone] = useState(false);
  useTitle(t('verification.title'));

  const finished = () => {
    setDone(true);
    void invalidate('/api/verification/me');
    void session.refresh();
  };

  const oidcError = params.get('verificationError');
  return (
    <div className="narrow verif">
      <PageHeading>{t('verification.title')}</PageHeading>
      <p>{t('verification.page.intro')}</p>
      {params.get('verification') === 'oidc' || done ? (
        <Notice kind="success" title={t('verification.page.doneTitle')}>
          {t('verification.page.doneText')}
        </Notice>
      ) : null}
      {oidcError ? (
        <Notice kind="error" title={t('verification.page.oidcErrorTitle')}>
          {t(`verification.oidcError.${(oidcErrors as readonly string[]).includes(oidcError) ? (oidcError as (typeof oidcErrors)[number]) : 'oidc_failed'}`)}
        </Notice>
      ) : null}
      <QueryView query={status}>
        {(v) => (
          <>
            <Status v={v} districtName={districtName} date={f.date} />
            <PersonCodeCard />
            {v.verified ? (
              <p>
                <Link to="/budgeting">{t('verification.page.toBudgeting')}</Link>
              </p>
            ) : (
              <Methods v={v} emailConfirmed={session.me?.emailConfirmed ?? false} onDone={finished} />
            )}
          </>
        )}
      </QueryView>
    </div>
  );
}

function Status({ v, districtName, date }: { v: MyVerification; districtName: (id: string | null) => string; date: (iso: string) => string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="verif-status-title" className="card verif__status">
      <h2 id="verif-status-title">{t('verification.page.statusTitle')}</h2>
      <p>{v.verified ? <Tag kind="success">{t('verification.page.verified')}</Tag> : <Tag kind="warning">{t('verification.page.notVerified')}</Tag>}</p>
      {v.verified ? (
        <dl className="summary-list verif__facts">
          <div>
            <dt>{t('verification.page.method')}</dt>
            <dd>{t(`verification.method.${v.method!}`)}</dd>
          </div>
          <div>
            <dt>{t('verification.page.district')}</dt>
            <dd>{v.districtId ? districtName(v.districtId) : t('verification.page.noDistrict')}</dd>
          </div>
          <div>
            <dt>{t('verification.page.ageBand')}</dt>
            <dd>{v.ageBand ? t(`verification.ageBand.${v.ageBand}`) : t('verification.page.noAge')}</dd>
          </div>
          <div>
            <dt>{t('verification.page.date')}</dt>
            <dd>{date(v.verifiedAt!)}</dd>
          </div>
        </dl>
      ) : null}
      {!v.verified && v.revoked ? (
        <Notice kind="warning" title={t('verification.page.revokedTitle', { date: date(v.revoked.at) })}>
          {v.revoked.reason ? t('verification.page.revokedReason', { reason: v.revoked.reason }) : null}
        </Notice>
      ) : null}
      <p className="verif__privacy">{t('verification.page.privacy')}</p>
    </section>
  );
}

function Methods({ v, emailConfirmed, onDone }: { v: MyVerification; emailConfirmed: boolean; onDone(): void }) {
  const { t } = useTranslation();
  if (!emailConfirmed) return <Notice kind="warning">{t('verification.page.confirmEmailFirst')}</Notice>;
  return (
    <>
      <h2>{t('verification.page.waysTitle')}</h2>
      {v.methods.length === 0 ? <Notice>{t('verification.page.noWays')}</Notice> : null}
      {v.methods.includes('oidc') ? (
        <section aria-labelledby="verif-oidc-title" className="card verif__way">
          <h3 id="verif-oidc-title">{t('verification.method.oidc')}</h3>
          <p>{t('verification.page.oidcText')}</p>
          <a className="button" href={oidcStartHref('/profile/verification')}>
            {t('verification.page.oidcStart')}
          </a>
        </section>
      ) : null}
      {v.methods.includes('register') ? <RegisterForm onDone={onDone} /> : null}
      {v.methods.includes('sms') ? <SmsForm onDone={onDone} /> : null}
      {v.methods.includes('in_person') ? (
        <section aria-labelledby="verif-desk-title" className="card verif__way">
          <h3 id="verif-desk-title">{t('verification.method.in_person')}</h3>
          <p>{t('verification.page.inPersonText')}</p>
        </section>
      ) : null}
    </>
  );
}

function RegisterForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const s = useSubmit();
  useErrorTitle(!!s.error);
  const [documentNumber, setDocumentNumber] = useState('');
  const [birthDate, setBirthDate] = useState('');
  return (
    <section aria-labelledby="verif-register-title" className="card verif__way">
      <h3 id="verif-register-title">{t('verification.method.register')}</h3>
      <p>{t('verification.page.registerText')}</p>
      <form noValidate onSubmit={s.submit(() => api.POST('/api/verification/register', { body: { documentNumber, birthDate } }), onDone)}>
        <ErrorSummary id="register-errors" error={s.error} targets={{ documentNumber: 'reg-document', birthDate: 'reg-birth' }} />
        <TextField
          id="reg-document"
          label={t('verification.field.documentNumber')}
          hint={t('verification.field.documentHint')}
          value={documentNumber}
          onChange={setDocumentNumber}
          autoComplete="off"
          width="medium"
          error={fieldMessage(s.error, 'documentNumber')}
        />
        <TextField
          id="reg-birth"
          type="date"
          label={t('verification.field.birthDate')}
          value={birthDate}
          onChange={setBirthDate}
          autoComplete="bday"
          width="medium"
          error={fieldMessage(s.error, 'birthDate')}
        />
        <button type="submit" className="button" disabled={s.busy}>
          {t('verification.page.registerSubmit')}
        </button>
      </form>
    </section>
  );
}

function SmsForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districts = useDistricts();
  const send = useSubmit();
  const confirm = useSubmit();
  useErrorTitle(!!(send.error || confirm.error));
  const [phone, setPhone] = useState('');
  const [sent, setSent] = useState<Schema<'SmsCodeSent'> | null>(null);
  const [smsCode, setSmsCode] = useState('');
  const [districtId, setDistrictId] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const options = [...(districts.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b))).map((d) => ({ value: d.id, label: f.name(d) }));
  return (
    <section aria-labelledby="verif-sms-title" className="card verif__way">
      <h3 id="verif-sms-title">{t('verification.method.sms')}</h3>
      <p>{t('verification.page.smsText')}</p>
      <form
        noValidate
        onSubmit={send.submit(
          () => api.POST('/api/verification/sms/code', { body: { phone } }),
          (r) => setSent(r),
        )}
      >
        <ErrorSummary id="sms-send-errors" error={send.error} targets={{ phone: 'sms-phone' }} />
        <TextField
          id="sms-phone"
          type="tel"
          label={t('verification.field.phone')}
          hint={t('verification.field.phoneHint')}
          value={phone}
          onChange={setPhone}
          autoComplete="tel"
          width="medium"
          error={fieldMessage(send.error, 'phone')}
        />
        <button type="submit" className={sent ? 'button button--secondary' : 'button'} disabled={send.busy}>
          {sent ? t('verification.page.smsResend') : t('verification.page.smsSend')}
        </button>
      </form>
      {sent ? (
        <form
          noValidate
          className="verif__step"
          onSubmit={confirm.submit(() => api.POST('/api/verification/sms/confirm', { body: { smsCode, districtId, birthDate } }), onDone)}
        >
          <div aria-live="polite">
            <Notice kind="success">{t('verification.page.smsSent', { phone: sent.sentTo, time: f.dateTime(sent.expiresAt) })}</Notice>
          </div>
          <ErrorSummary id="sms-confirm-errors" error={confirm.error} targets={{ smsCode: 'sms-code', districtId: 'sms-district', birthDate: 'sms-birth' }} />
          <TextField
            id="sms-code"
            label={t('verification.field.smsCode')}
            value={smsCode}
            onChange={setSmsCode}
            autoComplete="one-time-code"
            width="short"
            maxLength={8}
            error={fieldMessage(confirm.error, 'smsCode')}
          />
          <SelectField
            id="sms-district"
            label={t('verification.field.district')}
            hint={t('verification.field.districtHint')}
            value={districtId}
            onChange={setDistrictId}
            options={[{ value: '', label: t('verification.field.chooseDistrict') }, ...options]}
            error={fieldMessage(confirm.error, 'districtId')}
          />
          <TextField
            id="sms-birth"
            type="date"
            label={t('verification.field.birthDate')}
            value={birthDate}
            onChange={setBirthDate}
            autoComplete="bday"
            width="medium"
            error={fieldMessage(confirm.error, 'birthDate')}
          />
          <button type="submit" className="button" disabled={confirm.busy}>
            {t('verification.page.smsConfirm')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
