import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.js';
import { useDistrictName } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { CommentThread } from '../../components/comment-thread.js';
import { useConfirm } from '../../components/confirm-dialog.js';
import { FlagButton } from '../../components/flag-dialog.js';
import { FollowButton } from '../../components/follow-button.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { PhotoGallery } from '../../components/photo-gallery.js';
import { PlainText } from '../../components/plain-text.js';
import { QueryView } from '../../components/query-view.js';
import { ShareButton } from '../../components/share-button.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useSubmit } from '../../use-submit.js';
import { NotFoundPage } from '../not-found.js';
import { CauseProgress, CauseStateTag, useRubles } from './cause-bits.js';
import { CauseReportForm } from './cause-report-form.js';
import './charity.css';

type CauseView = Schema<'CauseView'>;

/** A demo cause says so in its title; its bank details are then said to be invented. */
const isDemo = (c: CauseView) => /(^|\s)(демо|demo)(?![a-zа-яё])/i.test(c.title);

/** /charity/:id: who the cause helps, its goal, how to give (the one approved way, with the warning), progress, reports, donating points. */
export function CausePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useSession();
  // a draft is shown to administrators only: ask once the session is known
  const cause = useApiQuery('/api/charity/causes/{id}', me === undefined ? null : { path: { id } });
  useTitle(cause.data?.title ?? t('charity.title'));
  if (cause.error?.status === 404 || cause.error?.status === 400) return <NotFoundPage />;
  return (
    <>
      {cause.error && !cause.data ? <PageHeading>{t('charity.title')}</PageHeading> : null}
      <QueryView query={cause}>{(c) => <CauseArticle c={c} key={c.id} />}</QueryView>
    </>
  );
}

function CauseArticle({ c }: { c: CauseView }) {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  const path = `/charity/${c.id}`;
  const isPublic = c.state !== 'draft' && c.moderation === 'visible';
  return (
    <div className="charity">
      <p>
        <Link className="back-link" to="/charity">
          {t('charity.back')}
        </Link>
      </p>
      <article className="cause" aria-labelledby="cause-title">
        <PageHeading id="cause-title">{c.title}</PageHeading>
        <p>
          <CauseStateTag state={c.state} />
        </p>
        {c.image ? <img className="cause__image" src={c.image.url} alt={c.image.alt} width={800} height={600} /> : null}
        <CauseProgress c={c} />
        <dl className="cause__facts">
          <dt>{t('charity.organisation')}</dt>
          <dd>{c.organisation}</dd>
          {c.group ? (
            <>
              <dt>{t('charity.group')}</dt>
              <dd>
                <Link to={`/groups/${c.group.id}`}>{c.group.name}</Link>
              </dd>
            </>
          ) : null}
          <dt>{t('charity.inn')}</dt>
          <dd>{c.inn}</dd>
          {c.ogrn ? (
            <>
              <dt>{t('charity.ogrn')}</dt>
              <dd>{c.ogrn}</dd>
            </>
          ) : null}
          {c.districtId ? (
            <>
              <dt>{t('charity.district')}</dt>
              <dd>{districtName(c.districtId)}</dd>
            </>
          ) : null}
        </dl>
        <h2>{t('charity.goal')}</h2>
        <PlainText text={c.goal} />
        <h2>{t('charity.spending')}</h2>
        <PlainText text={c.spending} />
        <HowToGive c={c} />
        <DonatePoints c={c} />
        <section aria-labelledby="cause-reports-title">
          <h2 id="cause-reports-title">{t('charity.reportsTitle')}</h2>
          <Reports c={c} />
        </section>
        {c.canReport && c.group ? <CauseReportForm c={c} hint={t('charity.groupReportHint', { group: c.group.name })} /> : null}
        {isPublic ? (
          <div className="entity-actions" role="group">
            <FollowButton entityType="cause" entityId={c.id} />
            <ShareButton title={c.title} path={path} />
            <FlagButton entityType="cause" entityId={c.id} />
          </div>
        ) : null}
      </article>
      {isPublic ? <CommentThread hostType="cause" hostId={c.id} /> : null}
    </div>
  );
}

/** The one way to give, framed and prominent, with the warning about impostors; demo details are said to be invented. */
function HowToGive({ c }: { c: CauseView }) {
  const { t } = useTranslation();
  const g = c.giving;
  return (
    <section className="cause__give" aria-labelledby="cause-give-title">
      <h2 id="cause-give-title">{t('charity.howTitle')}</h2>
      <Notice kind="warning" title={t('charity.warningTitle')}>
        <p>{t('charity.warning')}</p>
      </Notice>
      {isDemo(c) ? (
        <p>
          <strong>{t('charity.demoDetails')}</strong>
        </p>
      ) : null}
      {g.method === 'link' && g.paymentUrl ? (
        <>
          <h3>{t('charity.paymentPage')}</h3>
          <p>
            {t('charity.paymentDomain')}
            <span className="cause__domain">{g.paymentDomain}</span>
          </p>
          <p>
            <a className="button" href={g.paymentUrl} target="_blank" rel="noopener noreferrer nofollow">
              {t('charity.openPayment')}
            </a>
          </p>
        </>
      ) : null}
      {g.bank ? (
        <>
          <h3>{t('charity.bankTitle')}</h3>
          <dl className="cause__facts cause__bank">
            <dt>{t('charity.recipient')}</dt>
            <dd>{g.bank.recipient}</dd>
            <dt>{t('charity.inn')}</dt>
            <dd>{g.bank.inn}</dd>
            <dt>{t('charity.bankName')}</dt>
            <dd>{g.bank.bankName}</dd>
            <dt>{t('charity.bik')}</dt>
            <dd>{g.bank.bik}</dd>
            <dt>{t('charity.account')}</dt>
            <dd>{g.bank.account}</dd>
            <dt>{t('charity.correspondentAccount')}</dt>
            <dd>{g.bank.correspondentAccount}</dd>
          </dl>
        </>
      ) : null}
    </section>
  );
}

function Reports({ c }: { c: CauseView }) {
  const { t } = useTranslation();
  const f = useFormat();
  const rubles = useRubles();
  if (c.reports.length === 0) return <p>{t('charity.noReports')}</p>;
  return (
    <ol className="cause__reports">
      {c.reports.map((r) => (
        <li key={r.id}>
          <time dateTime={r.reportedOn}>{f.date(r.reportedOn)}</time>
          <PlainText text={r.text} />
          {r.collectedRubles !== null ? <p className="muted">{t('charity.reportCollected', { amount: rubles(r.collectedRubles) })}</p> : null}
          <PhotoGallery photos={r.photos} label={t('charity.reportPhotos', { date: f.date(r.reportedOn) })} />
        </li>
      ))}
    </ol>
  );
}

/**
 * Donating points: the catalogue's "donation to a cause" rewards that name this cause, each a button that redeems it
 * (the points module's one redemption path) after asking; the sum on the page and the balance refresh after.
 */
function DonatePoints({ c }: { c: CauseView }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  const rewards = useApiQuery('/api/points/rewards');
  const mine = useApiQuery('/api/points/me', me ? { query: { limit: 1, offset: 0 } } : null);
  const s = useSubmit();
  const { ask, dialog } = useConfirm();
  const [done, setDone] = useState<number | null>(null);
  // one id per click: a double click or a retry of the same click is the same redemption
  const requestIds = useRef(new Map<string, string>());
  if (c.state !== 'approved') return null;
  const offers = (rewards.data?.items ?? []).filter((r) => r.kind === 'donation' && r.targetType === 'cause' && r.targetId === c.id);
  const balance = mine.data?.balance ?? null;
  const donate = async (r: (typeof offers)[number]) => {
    const points = t('points.points', { count: r.cost });
    if (balance !== null && balance >= r.cost) {
      const yes = await ask({
        title: t('charity.donateConfirm', { points, title: c.title }),
        body: <p>{t('charity.donateLeft', { left: f.number(balance - r.cost) })}</p>,
        confirm: t('charity.donateYes'),
      });
      if (!yes) return;
    }
    let id = requestIds.current.get(r.id);
    if (!id) requestIds.current.set(r.id, (id = crypto.randomUUID()));
    void s.run(
      () => api.POST('/api/points/rewards/{id}/redeem', { params: { path: { id: r.id } }, body: { requestId: id } }),
      () => {
        requestIds.current.delete(r.id);
        setDone(r.cost);
        void invalidate('/api/charity/causes/{id}', '/api/charity/causes', '/api/points/me', '/api/points/rewards', '/api/points/me/redemptions');
      },
    );
  };
  return (
    <section className="section" aria-labelledby="cause-points-title">
      <h2 id="cause-points-title">{t('charity.pointsTitle')}</h2>
      <p>{t('charity.pointsText')}</p>
      <div aria-live="polite">
        {done !== null ? <Notice kind="success" title={t('charity.donated', { points: t('points.points', { count: done }) })} /> : null}
        {s.error ? <Notice kind="error" title={s.error.message} /> : null}
      </div>
      {offers.length === 0 ? (
        rewards.data ? (
          <p>{t('charity.noDonation')}</p>
        ) : null
      ) : me ? (
        <>
          {balance !== null ? (
            <p data-testid="cause-balance" data-balance={balance}>
              {t('charity.yourBalance', { n: f.number(balance) })}
            </p>
          ) : null}
          <div className="cause__actions">
            {offers.map((r) => {
              const short = balance !== null && balance < r.cost;
              return (
                <div key={r.id}>
                  {/* stays pressable when points are short: the answer then says exactly how many are missing */}
                  <button
                    type="button"
                    className={short ? 'button button--secondary' : 'button'}
                    disabled={s.busy}
                    aria-describedby={short ? `why-${r.id}` : undefined}
                    onClick={() => void donate(r)}
                  >
                    {t('charity.donate', { points: t('points.points', { count: r.cost }) })}
                  </button>
                  {short ? (
                    <p id={`why-${r.id}`} className="muted">
                      {t('points.why.notEnough', { count: r.cost - balance })}
                    </p>
                  ) : null}
                </div>
              );
            })}
          </div>
        </>
      ) : (
        <p>
          <Link to={`/login?next=${encodeURIComponent(`/charity/${c.id}`)}`}>{t('charity.donateSignIn')}</Link>
        </p>
      )}
      {dialog}
    </section>
  );
}
