import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../api/client.js';
import { useDistricts } from '../api/lists.js';
import { invalidate } from '../api/query.js';
import type { Me, Schema } from '../api/types.js';
import { ErrorSummary, fieldMessage } from '../components/errors.js';
import { SelectField, TextField } from '../components/fields.js';
import { PersonFinder, type DeskPerson } from '../components/person-finder.js';
import { Notice, Tag } from '../components/notice.js';
import { PageHeading, useTitle } from '../components/page.js';
import { useFormat } from '../format.js';
import { useSession } from '../session.js';
import { useSubmit } from '../use-submit.js';
import { ForbiddenPage } from './not-found.js';

type DeskAccount = Schema<'VerificationDeskAccount'>;

/** The districts a staff member verifies in: all for administrators and city-wide verifiers, else their districts. */
function deskDistricts(me: Me | null | undefined): 'all' | string[] {
  const grants = me?.roles ?? [];
  if (grants.some((g) => (g.role === 'administrator' || g.role === 'verifier') && g.scopeType === 'city')) return 'all';
  return grants.filter((g) => g.role === 'verifier' && g.scopeType === 'district' && g.scopeId).map((g) => g.scopeId!);
}

/**
 * /verify: a verifier (or administrator) checks a person's document at the desk and verifies their account.
 * `/verify?code=K7F-29QX` (the link a person's QR code carries) looks the person up straight away.
 */
export function VerifyInPersonPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  useTitle(t('verification.desk.title'));
  const scope = deskDistricts(me);
  if (scope !== 'all' && scope.length === 0) return <ForbiddenPage />;
  return <Desk scope={scope} />;
}

function Desk({ scope }: { scope: 'all' | string[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districts = useDistricts();
  const verify = useSubmit();
  const [account, setAccount] = useState<DeskPerson | null>(null);
  const [documentNumber, setDocumentNumber] = useState('');
  const [districtId, setDistrictId] = useState(scope !== 'all' && scope.length === 1 ? scope[0]! : '');
  const [birthDate, setBirthDate] = useState('');
  const [verified, setVerified] = useState<DeskAccount | null>(null);
  const [params, setParams] = useSearchParams();
  useTitle(t('verification.desk.title'), !!verify.error);

  const options = [...(districts.data ?? [])]
    .filter((d) => scope === 'all' || scope.includes(d.id))
    .sort((a, b) => f.collator.compare(f.name(a), f.name(b)))
    .map((d) => ({ value: d.id, label: f.name(d) }));

  const startOver = () => {
    setAccount(null);
    setVerified(null);
    setDocumentNumber('');
    setBirthDate('');
    verify.setError(null);
    // the next person is not the one whose code opened the page
    if (params.has('code')) setParams({}, { replace: true });
  };

  return (
    <div className="narrow verif">
      <PageHeading>{t('verification.desk.title')}</PageHeading>
      <p>{t('verification.desk.intro')}</p>
      {verified ? (
        <div aria-live="polite">
          <Notice kind="success" title={t('verification.desk.doneTitle', { name: verified.displayName })}>
            {t('verification.desk.doneText')}
          </Notice>
          <button type="button" className="button" onClick={startOver}>
            {t('verification.desk.next')}
          </button>
        </div>
      ) : (
        <>
          <PersonFinder
            id="desk-person"
            initial={params.get('code') ?? undefined}
            picked={account}
            onPick={(p) => {
              setAccount(p);
              verify.setError(null);
            }}
          />
          {account ? (
            <section aria-labelledby="desk-person-title" className="card verif__way">
              <h2 id="desk-person-title">{account.displayName}</h2>
              <p>
                {account.verified ? (
                  <Tag kind="success">{t('verification.desk.alreadyVerified')}</Tag>
                ) : (
                  <Tag kind="warning">{t('verification.page.notVerified')}</Tag>
                )}
              </p>
              {account.verified ? null : (
                <form
                  noValidate
                  onSubmit={verify.submit(
                    () => api.POST('/api/verification/in-person', { body: { userId: account.id, documentNumber, districtId, birthDate } }),
                    (a) => {
                      setVerified(a);
                      void invalidate('/api/admin/verification', '/api/admin/verification/stats');
                    },
                  )}
                >
                  <ErrorSummary
                    id="desk-verify-errors"
                    error={verify.error}
                    targets={{ documentNumber: 'desk-document', districtId: 'desk-district', birthDate: 'desk-birth' }}
                  />
                  <p>{t('verification.desk.checkText')}</p>
                  <TextField
                    id="desk-document"
                    label={t('verification.field.documentNumber')}
                    hint={t('verification.field.documentHint')}
                    value={documentNumber}
                    onChange={setDocumentNumber}
                    autoComplete="off"
                    width="medium"
                    error={fieldMessage(verify.error, 'documentNumber')}
                  />
                  <SelectField
                    id="desk-district"
                    label={t('verification.desk.district')}
                    hint={t('verification.desk.districtHint')}
                    value={districtId}
                    onChange={setDistrictId}
                    options={[{ value: '', label: t('verification.field.chooseDistrict') }, ...options]}
                    error={fieldMessage(verify.error, 'districtId')}
                  />
                  <TextField
                    id="desk-birth"
                    type="date"
                    label={t('verification.field.birthDate')}
                    value={birthDate}
                    onChange={setBirthDate}
                    autoComplete="off"
                    width="medium"
                    error={fieldMessage(verify.error, 'birthDate')}
                  />
                  <button type="submit" className="button" disabled={verify.busy}>
                    {t('verification.desk.submit')}
                  </button>
                </form>
              )}
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
