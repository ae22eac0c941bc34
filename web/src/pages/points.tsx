import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ledgerActions, type LedgerAction } from '@server/modules/points/domain/points-rules.js';
import { api } from '../api/client.js';
import { invalidate, useApiQuery } from '../api/query.js';
import type { Schema } from '../api/types.js';
import { useConfirm } from '../components/confirm-dialog.js';
import { Notice, Tag } from '../components/notice.js';
import { PageHeading, useTitle } from '../components/page.js';
import { Pagination } from '../components/pagination.js';
import { QueryView } from '../components/query-view.js';
import { useFormat } from '../format.js';
import { currentLanguage } from '../i18n/i18n.js';
import { useSession } from '../session.js';
import { useSubmit } from '../use-submit.js';

type MyPoints = Schema<'PointsMine'>;
type Level = Schema<'PointsLevel'>;
type Reward = Schema<'PointsReward'>;
type Redemption = Schema<'PointsRedemption'>;

/** How many lines of the history a page shows. */
const historyPageSize = 20;

const levelName = (l: Level) => (currentLanguage() === 'ru' ? l.nameRu : l.nameEn);

/** /points: the resident's balance, level, badges, how to earn, history, the rewards catalogue and their codes. */
export function PointsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const mine = useApiQuery('/api/points/me', { query: { limit: historyPageSize, offset } });
  useTitle(t('points.title'));
  return (
    <div className="points">
      <PageHeading>{t('points.title')}</PageHeading>
      <p>{t('points.intro')}</p>
      <QueryView query={mine}>
        {(p) => (
          <>
            <Summary p={p} />
            <Catalogue balance={p.balance} />
            <Codes />
            <HowToEarn />
            <Badges p={p} />
            <History p={p} offset={offset} />
          </>
        )}
      </QueryView>
    </div>
  );
}

function Summary({ p }: { p: MyPoints }) {
  const { t } = useTranslation();
  const f = useFormat();
  const from = p.level?.threshold ?? 0;
  const share = p.next ? Math.min(100, Math.round(((p.earned - from) / (p.next.threshold - from)) * 100)) : 100;
  return (
    <section className="card points__summary" aria-labelledby="points-summary-title">
      <h2 id="points-summary-title" className="visually-hidden">
        {t('points.balance')}
      </h2>
      <dl className="points__figures">
        <div>
          <dt>{t('points.balance')}</dt>
          <dd className="points__balance" data-testid="points-balance">
            {f.number(p.balance)}
          </dd>
        </div>
        <div>
          <dt>{t('points.earned')}</dt>
          <dd>{f.number(p.earned)}</dd>
        </div>
        <div>
          <dt>{t('points.level')}</dt>
          <dd>{p.level ? levelName(p.level) : '—'}</dd>
        </div>
      </dl>
      {p.next ? (
        <>
          <progress className="points__progress" max={100} value={share} aria-label={t('points.progressLabel')} />
          <p>{t('points.nextLevel', { count: p.next.missing, name: levelName(p.next) })}</p>
        </>
      ) : (
        <p>{t('points.topLevel')}</p>
      )}
    </section>
  );
}

function Catalogue({ balance }: { balance: number }) {
  const { t } = useTranslation();
  const rewards = useApiQuery('/api/points/rewards');
  const [done, setDone] = useState<Redemption | null>(null);
  const s = useSubmit();
  const { me } = useSession();
  // one id per click of "Get": a double click or a retry of the same click is the same redemption
  const requestIds = useRef(new Map<string, string>());
  const { ask, dialog } = useConfirm();
  const f = useFormat();
  const get = async (r: Reward) => {
    // spending is asked first; a reward that cannot be had now goes straight to the server, whose refusal says why
    const spends = r.stock > 0 && (me?.emailConfirmed ?? false) && balance >= r.cost;
    if (
      spends &&
      !(await ask({
        title: t('points.confirm.title', { count: r.cost, title: r.title }),
        body: <p>{t('points.confirm.text', { left: f.number(balance - r.cost) })}</p>,
        confirm: t('points.confirm.yes'),
      }))
    )
      return;
    let id = requestIds.current.get(r.id);
    if (!id) requestIds.current.set(r.id, (id = crypto.randomUUID()));
    void s.run(
      () => api.POST('/api/points/rewards/{id}/redeem', { params: { path: { id: r.id } }, body: { requestId: id } }),
      (result) => {
        requestIds.current.delete(r.id);
        setDone(result);
        // the stock, the balance, the history and the codes changed
        void invalidate('/api/points/rewards', '/api/points/me', '/api/points/me/redemptions');
      },
    );
  };
  return (
    <section className="section" aria-labelledby="points-rewards-title">
      <h2 id="points-rewards-title">{t('points.catalogueTitle')}</h2>
      <div aria-live="polite">
        {done ? (
          <Notice kind="success" title={t('points.redeemedTitle')}>
            {t('points.redeemedText', { title: done.rewardTitle, code: done.code })}
          </Notice>
        ) : null}
        {s.error ? <Notice kind="error" title={s.error.message} /> : null}
      </div>
      <QueryView query={rewards}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('points.noRewards')}</p>
          ) : (
            <ul className="points__rewards">
              {items.map((r) => (
                <RewardCard key={r.id} r={r} balance={balance} confirmed={me?.emailConfirmed ?? false} busy={s.busy} onGet={() => void get(r)} />
              ))}
            </ul>
          )
        }
      </QueryView>
      {dialog}
    </section>
  );
}

function RewardCard({ r, balance, confirmed, busy, onGet }: { r: Reward; balance: number; confirmed: boolean; busy: boolean; onGet(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const why =
    r.stock <= 0
      ? t('points.why.soldOut')
      : !confirmed
        ? t('points.why.unconfirmed')
        : balance < r.cost
          ? t('points.why.notEnough', { count: r.cost - balance })
          : null;
  const whyId = `reward-why-${r.id}`;
  return (
    <li className="card points__reward">
      {r.imageUrl ? <img src={`${r.imageUrl}/thumb`} alt="" width={160} height={120} loading="lazy" /> : null}
      <h3>{r.title}</h3>
      {r.description ? <p>{r.description}</p> : null}
      {r.kind === 'donation' && r.targetType === 'cause' && r.targetId ? (
        <p>
          <Link to={`/charity/${r.targetId}`}>{t('charity.seeCause')}</Link>
        </p>
      ) : null}
      <p className="points__reward-facts">
        <Tag kind="accent">{t('points.points', { count: r.cost })}</Tag> <span>{`${t('points.left')}: ${f.number(r.stock)}`}</span>
        {r.validUntil ? <span> · {t('points.validUntil', { date: f.date(r.validUntil) })}</span> : null}
      </p>
      {why ? (
        <p id={whyId} className="points__why">
          {why}
        </p>
      ) : null}
      {/* stays pressable when points are short: the answer then says exactly how many are missing */}
      <button type="button" className={why ? 'button button--secondary' : 'button'} disabled={busy} aria-describedby={why ? whyId : undefined} onClick={onGet}>
        {t('points.redeem')}
        <span className="visually-hidden">: {r.title}</span>
      </button>
    </li>
  );
}

function Codes() {
  const { t } = useTranslation();
  const f = useFormat();
  const codes = useApiQuery('/api/points/me/redemptions');
  return (
    <section className="section" aria-labelledby="points-codes-title">
      <h2 id="points-codes-title">{t('points.codesTitle')}</h2>
      <QueryView query={codes}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('points.noCodes')}</p>
          ) : (
            <ul className="points__codes">
              {items.map((r) => (
                <li key={r.id} className="card">
                  <strong>{r.rewardTitle}</strong>
                  <span>
                    {t('points.codeFor')}: <code className="points__code">{r.code}</code>
                  </span>
                  <span className="muted">{f.dateTime(r.createdAt)}</span>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}

function HowToEarn() {
  const { t } = useTranslation();
  const rules = useApiQuery('/api/points/rules');
  return (
    <section className="section" aria-labelledby="points-how-title">
      <h2 id="points-how-title">{t('points.howTitle')}</h2>
      <QueryView query={rules}>
        {({ items }) => {
          const now = items.filter((r) => r.available && r.points > 0);
          const coming = items.filter((r) => !r.available && r.points > 0);
          return (
            <>
              <ul className="points__rules">
                {now.map((r) => (
                  <li key={r.action}>
                    <span>{t(`points.action.${r.action}`)}</span> <Tag kind="accent">{t('points.points', { count: r.points })}</Tag>
                  </li>
                ))}
              </ul>
              {coming.length ? (
                <>
                  <p className="muted">{t('points.howComing')}</p>
                  <ul className="points__rules points__rules--coming">
                    {coming.map((r) => (
                      <li key={r.action}>
                        <span>{t(`points.action.${r.action}`)}</span> <Tag>{t('points.points', { count: r.points })}</Tag>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          );
        }}
      </QueryView>
      <p>
        <Link to="/reports/new">{t('points.action.report.filed')}</Link>
      </p>
    </section>
  );
}

function Badges({ p }: { p: MyPoints }) {
  const { t } = useTranslation();
  const month = (m: string) =>
    new Intl.DateTimeFormat(currentLanguage(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m}-01T12:00:00Z`));
  return (
    <section className="section" aria-labelledby="points-badges-title">
      <h2 id="points-badges-title">{t('points.badgesTitle')}</h2>
      <p className="muted">{t('points.badgesText')}</p>
      {p.badges.length === 0 ? (
        <p>{t('points.noBadges')}</p>
      ) : (
        <ul className="points__badges">
          {p.badges.map((b) => (
            <li key={`${b.month}-${b.kind}`} className="points__badge">
              <span aria-hidden="true">★</span> {t(`points.badge.${b.kind}`)} <span className="muted">{month(b.month)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function History({ p, offset }: { p: MyPoints; offset: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const what = (a: string) => ((ledgerActions as readonly string[]).includes(a) ? t(`points.action.${a as LedgerAction}`) : a);
  return (
    <section className="section" aria-labelledby="points-history-title">
      <h2 id="points-history-title">{t('points.historyTitle')}</h2>
      {p.history.items.length === 0 ? (
        <p>{t('points.noHistory')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table points__history">
            <thead>
              <tr>
                <th scope="col">{t('points.historyDate')}</th>
                <th scope="col">{t('points.historyWhat')}</th>
                <th scope="col" className="numeric">
                  {t('points.historyPoints')}
                </th>
              </tr>
            </thead>
            <tbody>
              {p.history.items.map((e) => (
                <tr key={e.id}>
                  <td>{f.dateTime(e.createdAt)}</td>
                  <td>
                    {what(e.action)}
                    {e.note ? <span className="muted"> — {e.note}</span> : null}
                  </td>
                  <td className={`numeric ${e.delta > 0 ? 'points__plus' : 'points__minus'}`}>
                    {e.delta > 0 ? `+${f.number(e.delta)}` : `−${f.number(-e.delta)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination offset={offset} pageSize={historyPageSize} total={p.history.total} href={(o) => (o ? `/points?offset=${o}` : '/points')} />
    </section>
  );
}
