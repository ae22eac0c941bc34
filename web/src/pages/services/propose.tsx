import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { useApiQuery } from '../../api/query.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { Checkbox, RadioGroup, TextArea, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { useSession } from '../../session.js';
import { useDraft } from '../../use-draft.js';
import { useSubmit } from '../../use-submit.js';
import { roleName } from './services-bits.js';
import './services.css';

const targets = {
  nameRu: 'f-nameRu',
  nameEn: 'f-nameEn',
  description: 'f-description',
  title: 'f-title',
  roles: 'f-roles',
  onlineLink: 'f-onlineLink',
  inPerson: 'f-inPerson',
  phone: 'f-phone',
  providerName: 'f-providerName',
};

/** /services/propose: a resident proposes a life role or a service; a moderator checks it before anyone else sees it. */
export function ProposeServicePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const roles = useApiQuery('/api/services/roles');
  const [draft, setDraft, clearDraft] = useDraft('gorod.draft.service-proposal', {
    kind: 'service' as 'role' | 'service',
    nameRu: '',
    nameEn: '',
    description: '',
    title: '',
    roles: [] as string[],
    onlineLink: '',
    inPerson: '',
    phone: '',
    providerName: '',
  });
  const [sent, setSent] = useState(false);
  const { busy, error, submit } = useSubmit();
  useTitle(t('services.propose.title'), !!error);
  const set =
    <K extends keyof typeof draft>(k: K) =>
    (v: (typeof draft)[K]) =>
      setDraft((d) => ({ ...d, [k]: v }));
  const send = submit(
    () =>
      draft.kind === 'role'
        ? api.POST('/api/services/proposals/roles', { body: { nameRu: draft.nameRu, nameEn: draft.nameEn || null, description: draft.description } })
        : api.POST('/api/services/proposals/services', {
            body: {
              title: draft.title,
              description: draft.description,
              roles: draft.roles,
              onlineLink: draft.onlineLink || null,
              inPerson: draft.inPerson || null,
              phone: draft.phone || null,
              providerName: draft.providerName || null,
            },
          }),
    () => {
      clearDraft();
      setSent(true);
    },
  );
  return (
    <div className="narrow services">
      <p>
        <Link className="back-link" to="/services">
          {t('services.back')}
        </Link>
      </p>
      <ErrorSummary error={error} targets={targets} />
      <PageHeading>{t('services.propose.title')}</PageHeading>
      <p className="lead">{t('services.propose.lead')}</p>
      {sent ? <Notice kind="success">{t('services.propose.sent')}</Notice> : null}
      {me === null ? (
        <p>
          <Link className="button" to={`/login?next=${encodeURIComponent('/services/propose')}`}>
            {t('services.propose.signIn')}
          </Link>
        </p>
      ) : (
        <form onSubmit={send} noValidate>
          <RadioGroup
            idPrefix="f-kind"
            legend={t('services.propose.kind')}
            value={draft.kind}
            onChange={(v) => set('kind')(v === 'role' ? 'role' : 'service')}
            options={[
              { value: 'service', label: t('services.propose.kind.service') },
              { value: 'role', label: t('services.propose.kind.role') },
            ]}
          />
          {draft.kind === 'role' ? (
            <>
              <TextField
                id="f-nameRu"
                label={t('services.propose.nameRu')}
                hint={t('services.propose.nameRuHint')}
                value={draft.nameRu}
                onChange={set('nameRu')}
                maxLength={80}
                error={fieldMessage(error, 'nameRu')}
              />
              <TextField
                id="f-nameEn"
                label={t('services.propose.nameEn')}
                value={draft.nameEn}
                onChange={set('nameEn')}
                maxLength={80}
                error={fieldMessage(error, 'nameEn')}
              />
              <TextArea
                id="f-description"
                label={t('services.propose.roleDescription')}
                value={draft.description}
                onChange={set('description')}
                rows={4}
                maxLength={600}
                error={fieldMessage(error, 'description')}
              />
            </>
          ) : (
            <>
              <TextField
                id="f-title"
                label={t('services.propose.serviceTitle')}
                value={draft.title}
                onChange={set('title')}
                maxLength={300}
                error={fieldMessage(error, 'title')}
              />
              <TextArea
                id="f-description"
                label={t('services.propose.serviceDescription')}
                value={draft.description}
                onChange={set('description')}
                rows={5}
                maxLength={4000}
                error={fieldMessage(error, 'description')}
              />
              <fieldset className="fieldset" id="f-roles" tabIndex={-1}>
                <legend>{t('services.propose.roles')}</legend>
                {fieldMessage(error, 'roles') ? <p className="field__error">{fieldMessage(error, 'roles')}</p> : null}
                <div className="service-picker">
                  {(roles.data?.items ?? []).map((r) => (
                    <Checkbox
                      key={r.id}
                      id={`f-role-${r.key}`}
                      label={`${r.icon} ${roleName(r)}`}
                      checked={draft.roles.includes(r.key)}
                      onChange={(on) => set('roles')(on ? [...draft.roles, r.key] : draft.roles.filter((k) => k !== r.key))}
                    />
                  ))}
                </div>
              </fieldset>
              <p className="muted">{t('services.propose.waysHint')}</p>
              <TextField
                id="f-onlineLink"
                label={t('services.propose.onlineLink')}
                type="url"
                value={draft.onlineLink}
                onChange={set('onlineLink')}
                error={fieldMessage(error, 'onlineLink')}
              />
              <TextField
                id="f-inPerson"
                label={t('services.propose.inPerson')}
                value={draft.inPerson}
                onChange={set('inPerson')}
                error={fieldMessage(error, 'inPerson')}
              />
              <TextField
                id="f-phone"
                label={t('services.propose.phone')}
                type="tel"
                value={draft.phone}
                onChange={set('phone')}
                error={fieldMessage(error, 'phone')}
              />
              <TextField
                id="f-providerName"
                label={t('services.propose.providerName')}
                value={draft.providerName}
                onChange={set('providerName')}
                error={fieldMessage(error, 'providerName')}
              />
            </>
          )}
          <button className="button" type="submit" disabled={busy}>
            {t('services.propose.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
