import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { useSubmit } from '../../use-submit.js';
import type { PersonRef } from '../crowdsourcing/crowd-bits.js';

/** A person found to add: by name or e-mail (the accounts list), or by account id (the public profile, no e-mail). */
type Found = PersonRef & { email: string };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The project's experts: find people by name or e-mail (the administrators' accounts list), or add by account id. */
export function Experts({ experts, onChange, error }: { experts: PersonRef[]; onChange(e: PersonRef[]): void; error?: string | undefined }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Found[] | null>(null);
  const search = useSubmit();
  const add = (person: PersonRef) => {
    if (!experts.some((e) => e.id === person.id)) onChange([...experts, { id: person.id, displayName: person.displayName }]);
  };
  const find = () => {
    const query = q.trim();
    if (!query) return;
    void search.run(async () => {
      if (uuidPattern.test(query)) {
        const p = await api.GET('/api/people/{id}', { params: { path: { id: query } } });
        return [{ id: p.id, displayName: p.displayName, email: '' }];
      }
      return (await api.GET('/api/admin/users', { params: { query: { q: query, limit: 10 } } })).items;
    }, setFound);
  };
  return (
    <fieldset className={`fieldset cs-experts${error ? ' field--error' : ''}`}>
      <legend className="field__label">{t('crowd.admin.experts')}</legend>
      <p className="field__hint">{t('crowd.admin.expertsHint')}</p>
      {error ? <p className="field__error">{error}</p> : null}
      {experts.length ? (
        <ul className="cs-experts__list">
          {experts.map((e) => (
            <li key={e.id}>
              <Link to={`/people/${e.id}`}>{e.displayName}</Link>{' '}
              <button type="button" className="button button--secondary button--small" onClick={() => onChange(experts.filter((x) => x.id !== e.id))}>
                {t('crowd.admin.removeExpert', { name: e.displayName })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('crowd.admin.noExperts')}</p>
      )}
      <div className="cs-experts__search">
        <div className="field">
          <label className="field__label" htmlFor="f-expert-q">
            {t('crowd.admin.findExpert')}
          </label>
          <input
            className="input input--medium"
            id="f-expert-q"
            type="search"
            value={q}
            autoComplete="off"
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                find();
              }
            }}
          />
        </div>
        <button type="button" className="button button--secondary" disabled={search.busy || !q.trim()} onClick={find}>
          {t('crowd.admin.find')}
        </button>
      </div>
      {search.error ? (
        <p className="field__error" role="alert">
          {search.error.message}
        </p>
      ) : null}
      {found ? (
        <div role="status">
          {found.length ? (
            <ul className="cs-experts__found" aria-label={t('crowd.admin.foundLabel')}>
              {found.map((u) => (
                <li key={u.id}>
                  <span>
                    {u.displayName}
                    {u.email ? <span className="muted"> · {u.email}</span> : null}
                  </span>{' '}
                  <button type="button" className="button button--small" disabled={experts.some((e) => e.id === u.id)} onClick={() => add(u)}>
                    {experts.some((e) => e.id === u.id) ? t('crowd.admin.added') : t('crowd.admin.addExpert', { name: u.displayName })}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('crowd.admin.nobodyFound')}</p>
          )}
        </div>
      ) : null}
    </fieldset>
  );
}
