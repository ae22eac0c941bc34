import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PersonFinder, type DeskPerson } from '../../components/person-finder.js';
import { Pagination } from '../../components/pagination.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';

/** Points an administrator adds to or takes from a person, with the reason they see. */
export function Adjust() {
  const { t } = useTranslation();
  const [person, setPerson] = useState<DeskPerson | null>(null);
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<{ displayName: string; balance: number } | null>(null);
  const s = useSubmit();
  return (
    <section className="section" aria-labelledby="ap-adjust-title">
      <h2 id="ap-adjust-title">{t('adminPoints.adjustTitle')}</h2>
      <p>{t('adminPoints.adjustText')}</p>
      <PersonFinder
        id="adjust-user"
        picked={person}
        onPick={(p) => {
          setPerson(p);
          setDone(null);
        }}
      />
      <form
        className="card"
        noValidate
        onSubmit={s.submit(
          () => api.POST('/api/admin/points/adjustments', { body: { userId: person?.id ?? '', delta: Number(delta), reason } }),
          (r) => {
            setDone(r);
            void invalidate('/api/admin/points/balances/{userId}', '/api/points/me');
          },
        )}
      >
        <ErrorSummary error={s.error} targets={{ userId: 'adjust-user', delta: 'adjust-delta', reason: 'adjust-reason' }} id="adjust-errors" />
        {done && !s.error ? <Notice kind="success" title={t('adminPoints.adjusted', { name: done.displayName, balance: done.balance })} /> : null}
        <p id="adjust-person">{person ? <strong>{t('adminPoints.personChosen', { name: person.displayName })}</strong> : t('adminPoints.personNone')}</p>
        <TextField
          id="adjust-delta"
          label={t('adminPoints.delta')}
          type="number"
          width="short"
          value={delta}
          onChange={setDelta}
          error={fieldMessage(s.error, 'delta')}
        />
        <TextField
          id="adjust-reason"
          label={t('adminPoints.reason')}
          value={reason}
          onChange={setReason}
          error={fieldMessage(s.error, 'reason')}
          maxLength={500}
        />
        <button type="submit" className="button" disabled={s.busy}>
          {t('adminPoints.adjust')}
        </button>
      </form>
    </section>
  );
}

/** How many redemptions a page lists (the route's own limit is 100). */
const redemptionsPageSize = 50;

/** The rewards people have taken, newest first, a page at a time. */
export function Redemptions() {
  const { t } = useTranslation();
  const f = useFormat();
  // the page of redemptions is in the address (?redemptions=offset), so Back and a shared link keep it
  const [params] = useSearchParams();
  const offset = Math.max(0, Math.floor(Number(params.get('redemptions')) || 0));
  const list = useApiQuery('/api/admin/points/redemptions', { query: { limit: redemptionsPageSize, offset } });
  const href = (o: number) => {
    const next = new URLSearchParams(params);
    if (o > 0) next.set('redemptions', String(o));
    else next.delete('redemptions');
    return `/admin/points${next.toString() ? `?${next.toString()}` : ''}#ap-redemptions-title`;
  };
  return (
    <section className="section" aria-labelledby="ap-redemptions-title">
      <h2 id="ap-redemptions-title">{t('adminPoints.redemptionsTitle')}</h2>
      <QueryView query={list}>
        {({ items, total }) =>
          items.length === 0 ? (
            <p>{t('adminPoints.noRedemptions')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('adminPoints.when')}</th>
                    <th scope="col">{t('adminPoints.who')}</th>
                    <th scope="col">{t('adminPoints.rewardTitle')}</th>
                    <th scope="col">{t('points.codeFor')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((r) => (
                    <tr key={r.id}>
                      <td>{f.dateTime(r.createdAt)}</td>
                      <td>{r.displayName}</td>
                      <td>{r.rewardTitle}</td>
                      <td>
                        <code>{r.code}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pagination offset={offset} pageSize={redemptionsPageSize} total={total} href={href} />
            </div>
          )
        }
      </QueryView>
    </section>
  );
}
