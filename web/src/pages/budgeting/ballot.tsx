import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { IneligibleReason } from '@server/modules/budgeting/domain/eligibility.js';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { useConfirm } from '../../components/confirm-dialog.js';
import { ErrorSummary } from '../../components/errors.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit, type Submission } from '../../use-submit.js';

/** Refusals the person can lift by verifying (the link to the verification page). */
const liftedByVerifying: readonly (string | null)[] = ['ballot_not_verified', 'ballot_age_unknown'] satisfies IneligibleReason[];

/** Cents of a decimal string, for exact sums on the ballot (money is never added as floats). */
const cents = (amount: string): bigint => {
  const [whole, frac = ''] = amount.split('.');
  const sign = whole!.startsWith('-') ? -1n : 1n;
  return sign * (BigInt(whole!.replace('-', '')) * 100n + BigInt((frac + '00').slice(0, 2)));
};
const centsText = (c: bigint) => `${c / 100n}.${String((c < 0n ? -c : c) % 100n).padStart(2, '0')}`;

/**
 * /budgeting/headings/:headingId/ballot — a heading's ballot: the rules in one sentence, every project with its
 * cost, what is left to spend (or how many projects / points), why a choice is not allowed, and the receipt code
 * shown once after the first cast. A resident who may not vote is told why and what to do.
 */
export function BallotPage() {
  const { t } = useTranslation();
  const { headingId = '' } = useParams();
  const view = useApiQuery('/api/budgeting/headings/{id}/ballot', { path: { id: headingId } });
  const submission = useSubmit();
  useTitle(view.data ? `${t('ballot.title')}: ${view.data.heading.title}` : t('ballot.title'), !!submission.error);
  return <QueryView query={view}>{(v) => <Ballot key={headingId} v={v} headingId={headingId} submission={submission} />}</QueryView>;
}

function Ballot({ v, headingId, submission }: { v: Schema<'BudgetingBallot'>; headingId: string; submission: Submission }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { busy, error, run } = submission;
  const { ask, dialog } = useConfirm();
  // the ballot as cast before, when there is one (the page is made again for another heading)
  const [choices, setChoices] = useState<Map<number, number>>(() => new Map(v.mine?.choices.map((c) => [c.number, c.points])));
  const [cast, setCast] = useState<Schema<'BudgetingBallotCast'> | null>(null);
  const h = v.heading;
  const kind = h.ballotKind;
  const m = (amount: string, compact = true) => f.money(amount, v.cycle.currency, { compact });
  const costOf = new Map(v.proposals.map((p) => [p.number, p.cost]));
  const spent = [...choices.keys()].reduce((s, n) => s + cents(costOf.get(n) ?? '0'), 0n);
  const left = cents(h.amount) - spent;
  const pointsUsed = [...choices.values()].reduce((s, x) => s + x, 0);
  const maxReached = kind === 'approval-count' && h.maxProjects !== null && choices.size >= h.maxProjects;

  const rules =
    kind === 'approval-budget'
      ? t('ballot.rules.approval-budget', { amount: m(h.amount) })
      : kind === 'approval-count'
        ? h.minProjects !== null && h.maxProjects !== null
          ? t('ballot.rules.approval-count', { min: h.minProjects, max: h.maxProjects })
          : h.maxProjects !== null
            ? t('ballot.rules.approval-countMax', { max: h.maxProjects })
            : t('ballot.rules.approval-countMin', { min: h.minProjects ?? 1 })
        : h.pointsTotal !== null
          ? t('ballot.rules.points', { total: h.pointsTotal, perProject: h.pointsPerProject ?? h.pointsTotal })
          : t('ballot.rules.pointsNoTotal', { perProject: h.pointsPerProject ?? 1 });

  const toggle = (n: number, on: boolean) =>
    setChoices((c) => {
      const next = new Map(c);
      if (on) next.set(n, 1);
      else next.delete(n);
      return next;
    });
  const setPoints = (n: number, text: string) =>
    setChoices((c) => {
      const next = new Map(c);
      const p = Math.max(0, Math.floor(Number(text) || 0));
      if (p > 0) next.set(n, p);
      else next.delete(n);
      return next;
    });

  const castBallot = () =>
    run(
      () =>
        api.PUT('/api/budgeting/headings/{id}/ballot', {
          params: { path: { id: headingId } },
          body: { choices: [...choices].map(([number, points]) => (kind === 'points' ? { number, points } : { number })) },
        }),
      (r) => {
        // the receipt is shown once: a quick second change must not hide it
        setCast((prev) => (r.receipt || !prev?.receipt ? r : prev));
        window.scrollTo({ top: 0 });
        void invalidate('/api/budgeting/headings/{id}/ballot');
      },
    );

  // what the ballot says, in words and figures, asked before it is cast (an empty one goes straight to the server's refusal)
  const replacing = !!(v.mine || cast);
  const chosen = v.proposals.filter((p) => choices.has(p.number));
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const yes =
      choices.size === 0 ||
      (await ask({
        title: t(replacing ? 'ballot.confirm.replaceTitle' : 'ballot.confirm.castTitle'),
        confirm: t(replacing ? 'ballot.confirm.replaceYes' : 'ballot.confirm.castYes'),
        body: (
          <>
            <p data-testid="ballot-confirm-summary">
              {kind === 'approval-budget'
                ? t('ballot.confirm.budget', { count: choices.size, amount: m(centsText(spent), false) })
                : kind === 'points'
                  ? t('ballot.confirm.points', { count: choices.size, points: pointsUsed })
                  : t('ballot.confirm.projects', { count: choices.size })}
            </p>
            <ul>
              {chosen.map((p) => (
                <li key={p.number}>
                  {t('common.number', { number: p.number })} {p.title}
                  {kind === 'points' ? ` — ${t('ballot.confirm.pointsFor', { points: choices.get(p.number) ?? 0 })}` : ''}
                </li>
              ))}
            </ul>
            <p>{v.phase === 'voting' ? t('ballot.confirm.changeUntil', { date: f.dateTime(v.cycle.tallyingFrom) }) : t('ballot.confirm.change')}</p>
          </>
        ),
      }));
    if (yes) void castBallot();
  };

  return (
    <div className="pbb">
      <p>
        <Link className="back-link" to={`/budgeting/headings/${headingId}`}>
          {t('ballot.back')}
        </Link>
      </p>
      <ErrorSummary error={error} />
      <PageHeading>{`${t('ballot.title')}: ${h.title}`}</PageHeading>
      <p className="lead">
        {rules} {v.phase === 'voting' ? t('ballot.closes', { date: f.dateTime(v.cycle.tallyingFrom) }) : null}
      </p>
      <p className="muted">{t('ballot.verifiedOnly')}</p>

      {cast?.receipt ? (
        <div className="notice notice--success pbb-receipt" role="status">
          <p className="notice__title">{t('ballot.receiptTitle')}</p>
          <p className="pbb-receipt__code" data-testid="receipt-code">
            {cast.receipt}
          </p>
          <p>{t('ballot.receiptText')}</p>
          <p>
            <Link to="/budgeting/receipt">{t('ballot.receiptFind')}</Link>
          </p>
        </div>
      ) : cast ? (
        <Notice kind="success">{t('ballot.replaced')}</Notice>
      ) : v.mine && v.eligibility.eligible ? (
        <Notice>{t('ballot.alreadyVoted', { date: f.dateTime(v.mine.updatedAt) })}</Notice>
      ) : null}

      {!v.eligibility.eligible ? (
        <Notice kind="warning" title={t('ballot.cannotVote')}>
          <p data-testid="ineligible-reason">{v.eligibility.message}</p>
          {liftedByVerifying.includes(v.eligibility.reason) ? (
            <p>
              <Link to="/profile/verification">{t('ballot.verifyLink')}</Link>
            </p>
          ) : null}
          {v.phase === 'results' || v.phase === 'implementation' ? (
            <p>
              <Link to={`/budgeting/headings/${headingId}/results`}>{t('ballot.resultsLink')}</Link>
            </p>
          ) : null}
        </Notice>
      ) : null}

      {v.proposals.length === 0 ? (
        <p>{t('ballot.noProjects')}</p>
      ) : (
        <form onSubmit={send} noValidate>
          {v.eligibility.eligible ? (
            <div className="pbb-status" aria-live="polite">
              {kind === 'approval-budget' ? (
                left >= 0n ? (
                  <p className="pbb-status__main">{t('ballot.remaining', { amount: m(centsText(left)), total: m(h.amount) })}</p>
                ) : (
                  <p className="pbb-status__main pbb-status__main--over">{t('ballot.overBy', { amount: m(centsText(-left)) })}</p>
                )
              ) : null}
              {kind === 'points' && h.pointsTotal !== null ? (
                <p className="pbb-status__main">{t('ballot.pointsLeft', { left: h.pointsTotal - pointsUsed, total: h.pointsTotal })}</p>
              ) : (
                <p>
                  {h.maxProjects !== null
                    ? t('ballot.chosenCountOf', { count: choices.size, max: h.maxProjects })
                    : t('ballot.chosenCount', { count: choices.size })}
                </p>
              )}
              {kind === 'approval-budget' ? (
                <div className="pbb-meter" aria-hidden="true">
                  <span className="pbb-meter__fill" style={{ width: `${Math.min(100, Number((spent * 1000n) / (cents(h.amount) || 1n)) / 10)}%` }} />
                </div>
              ) : null}
            </div>
          ) : null}
          <fieldset className="pbb-list">
            <legend className="pbb-list__legend">{t('ballot.projects')}</legend>
            <ul className="pbb-projects">
              {v.proposals.map((p) => {
                const id = `pbb-${p.number}`;
                const chosen = choices.has(p.number);
                const more = cents(p.cost) - left;
                const why =
                  !chosen && kind === 'approval-budget' && more > 0n
                    ? t('ballot.why.doesNotFit', { more: m(centsText(more)) })
                    : !chosen && maxReached
                      ? t('ballot.why.maxReached')
                      : null;
                return (
                  <li key={p.number} className={`pbb-project${chosen ? ' pbb-project--chosen' : ''}`}>
                    {v.eligibility.eligible && kind !== 'points' ? (
                      <div className="pbb-project__choice">
                        <input
                          className="pbb-project__input"
                          type="checkbox"
                          id={id}
                          checked={chosen}
                          disabled={!!why || busy}
                          aria-describedby={`${id}-cost${why ? ` ${id}-why` : ''}`}
                          onChange={(e) => toggle(p.number, e.target.checked)}
                        />
                        <label className="pbb-project__label" htmlFor={id}>
                          <span className="pbb-project__number">{t('common.number', { number: p.number })}</span> {p.title}
                        </label>
                      </div>
                    ) : (
                      <p className="pbb-project__label">
                        <span className="pbb-project__number">{t('common.number', { number: p.number })}</span> {p.title}
                      </p>
                    )}
                    <p className="pbb-project__cost" id={`${id}-cost`}>
                      {t('ballot.cost', { amount: m(p.cost, false) })}
                    </p>
                    {why ? (
                      <p className="pbb-project__why" id={`${id}-why`}>
                        {why}
                      </p>
                    ) : null}
                    {v.eligibility.eligible && kind === 'points' ? (
                      <div className="pbb-project__points">
                        <label htmlFor={id}>{t('ballot.pointsFor', { title: p.title })}</label>
                        <input
                          className="input pbb-points-input"
                          type="number"
                          inputMode="numeric"
                          id={id}
                          min={0}
                          max={h.pointsPerProject ?? undefined}
                          value={choices.get(p.number) ?? 0}
                          aria-describedby={`${id}-hint`}
                          onChange={(e) => setPoints(p.number, e.target.value)}
                        />
                        <span className="muted" id={`${id}-hint`}>
                          {t('ballot.pointsHint', { max: h.pointsPerProject ?? h.pointsTotal ?? 1 })}
                        </span>
                      </div>
                    ) : null}
                    <p className="pbb-project__more">
                      <Link to={`/budgeting/proposals/${p.number}`}>{t('ballot.details')}</Link>
                    </p>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          {v.eligibility.eligible ? (
            <button className="button" type="submit" disabled={busy}>
              {replacing ? t('ballot.replace') : t('ballot.submit')}
            </button>
          ) : null}
        </form>
      )}
      {dialog}
    </div>
  );
}
