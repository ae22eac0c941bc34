import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { coinitiatorsMissing } from '@server/modules/initiatives/domain/lifecycle.js';
import { Link, useLocation } from 'react-router';
import { api } from '../../api/client.js';
import { useSession } from '../../session.js';
import { at, type Act, type InitiativeView } from './initiative-bits.js';

/** Co-initiators: who joined, Join/Leave, and while a draft, the link to pass on. */
export function Coinitiators({ i, busy, act }: { i: InitiativeView; busy: boolean; act: Act }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const url = new URL(`/initiatives/${i.number}`, window.location.origin).href;
  const missing = coinitiatorsMissing(i.coinitiatorCount, i.minCoinitiators);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('copied');
    } catch {
      setCopied('failed');
      document.getElementById('in-link')?.focus();
    }
  };
  return (
    <section aria-labelledby="coinitiators-title" className="in-section">
      <h2 id="coinitiators-title">{t('initiatives.coinitiators.title')}</h2>
      <p data-testid="initiative-coinitiators">
        {i.status === 'draft'
          ? t('initiatives.coinitiators.countOf', { count: i.coinitiatorCount, min: i.minCoinitiators })
          : t('initiatives.coinitiators.count', { count: i.coinitiatorCount })}
        {i.status === 'draft' && missing ? ` ${t('initiatives.coinitiators.missing', { count: missing })}` : ''}
      </p>
      <p>
        {t('initiatives.author')}: <Link to={`/people/${i.author.id}`}>{i.author.displayName}</Link>
      </p>
      {i.coinitiators.length ? (
        <ul className="in-people">
          {i.coinitiators.map((c) => (
            <li key={c.id}>
              <Link to={`/people/${c.id}`}>{c.displayName}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {i.status === 'draft' ? (
        <div className="in-link">
          <label htmlFor="in-link" className="field__label">
            {t('initiatives.coinitiators.link')}
          </label>
          <p className="field__hint" id="in-link-hint">
            {t('initiatives.coinitiators.linkHint')}
          </p>
          <div className="in-link__row">
            <input id="in-link" className="input" readOnly value={url} aria-describedby="in-link-hint" onFocus={(e) => e.target.select()} />
            <button type="button" className="button button--secondary" onClick={() => void copy()}>
              {t('initiatives.coinitiators.copy')}
            </button>
          </div>
          <p role="status" className="muted">
            {copied === 'copied' ? t('initiatives.coinitiators.copied') : copied === 'failed' ? t('initiatives.coinitiators.copyByHand') : ''}
          </p>
        </div>
      ) : null}
      <div className="entity-actions">
        {i.me.can.join ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => act(() => api.POST('/api/initiatives/{number}/coinitiators', at(i)), t('initiatives.done.joined'))}
          >
            {t('initiatives.coinitiators.join')}
          </button>
        ) : null}
        {i.me.can.leave ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => act(() => api.DELETE('/api/initiatives/{number}/coinitiators/me', at(i)), t('initiatives.done.left'))}
          >
            {t('initiatives.coinitiators.leave')}
          </button>
        ) : null}
        {i.status === 'draft' && me === null ? (
          <Link className="button button--secondary" to={`/login?next=${encodeURIComponent(location.pathname)}`}>
            {t('initiatives.coinitiators.signInToJoin')}
          </Link>
        ) : null}
      </div>
    </section>
  );
}
