import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { coinitiatorsMissing } from '@server/modules/initiatives/domain/lifecycle.js';
import { api } from '../../api/client.js';
import { useConfirm } from '../../components/confirm-dialog.js';
import { useDistrictName } from '../../components/person.js';
import { at, type Act, type InitiativeView } from './initiative-bits.js';

/** The author's box while a draft or under screening: why it can or cannot be submitted yet, edit, submit (after a check), withdraw. */
export function AuthorBox({ i, busy, act }: { i: InitiativeView; busy: boolean; act: Act }) {
  const { t } = useTranslation();
  const [checking, setChecking] = useState(false);
  const { ask, dialog } = useConfirm();
  const missing = coinitiatorsMissing(i.coinitiatorCount, i.minCoinitiators);
  return (
    <section aria-labelledby="author-title" className="in-section in-author">
      <h2 id="author-title">{t('initiatives.authorBox.title')}</h2>
      {i.status === 'draft' ? (
        <p id="submit-why">
          {missing
            ? t('initiatives.authorBox.missing', { count: missing, min: i.minCoinitiators })
            : i.me.can.submit
              ? t('initiatives.authorBox.ready')
              : t('initiatives.authorBox.cannotSubmit')}
        </p>
      ) : (
        <p>{t('initiatives.authorBox.screening')}</p>
      )}
      <div className="entity-actions">
        {i.me.can.edit ? (
          <Link className="button button--secondary" to={`/initiatives/${i.number}/edit`}>
            {t('initiatives.authorBox.edit')}
          </Link>
        ) : null}
        {i.status === 'draft' ? (
          <button
            type="button"
            className="button"
            disabled={busy || !i.me.can.submit || checking}
            aria-describedby={i.me.can.submit ? undefined : 'submit-why'}
            onClick={() => setChecking(true)}
          >
            {t('initiatives.authorBox.submit')}
          </button>
        ) : null}
        {i.me.can.withdraw ? (
          <button
            type="button"
            className="button button--warning"
            disabled={busy}
            onClick={() =>
              void ask({ title: t('initiatives.authorBox.withdrawConfirm'), body: null, confirm: t('initiatives.authorBox.withdraw') }).then((yes) => {
                if (yes) act(() => api.POST('/api/initiatives/{number}/withdraw', at(i)), t('initiatives.done.withdrawn'));
              })
            }
          >
            {t('initiatives.authorBox.withdraw')}
          </button>
        ) : null}
        {dialog}
      </div>
      {checking && i.status === 'draft' ? (
        <SubmitCheck
          i={i}
          busy={busy}
          onCancel={() => setChecking(false)}
          onSubmit={() => {
            setChecking(false);
            act(() => api.POST('/api/initiatives/{number}/submit', at(i)), t('initiatives.done.submitted'));
          }}
        />
      ) : null}
    </section>
  );
}

/** Before the one step that cannot be undone: what goes to the experts, and that it will not change after. */
function SubmitCheck({ i, busy, onCancel, onSubmit }: { i: InitiativeView; busy: boolean; onCancel(): void; onSubmit(): void }) {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="in-check" role="group" aria-labelledby="check-title">
      <h3 id="check-title" ref={ref} tabIndex={-1}>
        {t('initiatives.check.title')}
      </h3>
      <dl className="in-check__list">
        <dt>{t('initiatives.form.title')}</dt>
        <dd>{i.title}</dd>
        <dt>{t('initiatives.check.where')}</dt>
        <dd>
          {t(`initiatives.type.${i.type}`)} · {i.scope === 'city' ? t('initiatives.scope.city') : districtName(i.districtId)}
        </dd>
        <dt>{t('initiatives.ask')}</dt>
        <dd>{i.ask}</dd>
        <dt>{t('initiatives.addressee')}</dt>
        <dd>{i.addressee}</dd>
        <dt>{t('initiatives.coinitiators.title')}</dt>
        <dd>{i.coinitiators.map((c) => c.displayName).join(', ')}</dd>
      </dl>
      <p>{t('initiatives.check.final')}</p>
      <div className="entity-actions">
        <button type="button" className="button" disabled={busy} onClick={onSubmit}>
          {t('initiatives.check.send')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('initiatives.check.notYet')}
        </button>
      </div>
    </div>
  );
}
