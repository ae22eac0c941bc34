import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { Checkbox } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { useSubmit } from '../../use-submit.js';
import { roleName } from './services-bits.js';
import './services.css';

/** The profile's life-role picker: the catalogue's roles as checkboxes, saved together. */
export function MyLifeRoles() {
  const { t } = useTranslation();
  const roles = useApiQuery('/api/services/roles');
  const mine = useApiQuery('/api/services/my-roles');
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [saved, setSaved] = useState(false);
  const { busy, error, submit } = useSubmit();
  const current = chosen ?? mine.data?.roleIds ?? [];
  const save = submit(
    () => api.PUT('/api/services/my-roles', { body: { roleIds: current } }),
    async () => {
      setSaved(true);
      await invalidate('/api/services/roles', '/api/services/my-roles');
    },
  );
  const toggle = (id: string) => (on: boolean) => {
    setSaved(false);
    setChosen(on ? [...current, id] : current.filter((x) => x !== id));
  };
  return (
    <section aria-labelledby="life-roles-title" className="section" id="life-roles">
      <h2 id="life-roles-title">{t('services.myRoles.title')}</h2>
      <p>{t('services.myRoles.hint')}</p>
      {saved ? <Notice kind="success">{t('services.myRoles.saved')}</Notice> : null}
      <ErrorSummary error={error} id="life-roles-errors" />
      <form onSubmit={save} noValidate className="form">
        <fieldset className="fieldset">
          <legend className="visually-hidden">{t('services.myRoles.title')}</legend>
          {fieldMessage(error, 'roleIds') ? <p className="field__error">{fieldMessage(error, 'roleIds')}</p> : null}
          <div className="service-picker">
            {[...(roles.data?.items ?? [])]
              .sort((a, b) => a.position - b.position)
              .map((r) => (
                <Checkbox key={r.id} id={`role-${r.key}`} label={`${r.icon} ${roleName(r)}`} checked={current.includes(r.id)} onChange={toggle(r.id)} />
              ))}
          </div>
        </fieldset>
        <button className="button" type="submit" disabled={busy || !roles.data}>
          {t('services.myRoles.save')}
        </button>
      </form>
    </section>
  );
}
