import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ballotKinds as pbBallotKinds, type BallotKind as PbBallotKind } from '@server/modules/budgeting/domain/cycle-rules.js';
import { pbPhases, phaseDateField as phaseDateFields } from '@server/modules/budgeting/domain/phases.js';
import { api } from '../../api/client.js';
import { useDistrictName, useDistricts } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { cityDayOf } from '../../city-time.js';
import { useConfirm } from '../../components/confirm-dialog.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { SelectField, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { HeadingKind, PhaseSteps } from '../budgeting/pb-bits.js';
import { phaseStarts, type PhaseDays } from './admin-budgeting.js';
import { AdminCycleExperts } from './admin-cycle-experts.js';
import { AdminNav } from './admin-nav.js';

type PbCycle = Schema<'BudgetingCycle'>;
type PbHeading = Schema<'BudgetingHeading'>;

/** Everything the page shows of a cycle changed: the admin list, the public pages and this one load again. */
const cycleChanged = () => invalidate('/api/budgeting/cycles/{id}', '/api/budgeting/cycles', '/api/admin/budgeting/cycles', '/api/budgeting/headings/{id}');

const num = (s: string) => (s.trim() === '' ? null : Number(s));
const text = (n: number | null) => (n === null ? '' : String(n));
const emptyHeading = {
  districtId: '',
  title: '',
  amount: '',
  ballotKind: 'approval-budget' as PbBallotKind,
  maxWinners: '',
  minProjects: '',
  maxProjects: '',
  pointsTotal: '',
  pointsPerProject: '',
};

/** /admin/budgeting/cycles/:cycleId — dates and phase (advance), headings, experts. */
export function AdminCyclePage() {
  const { cycleId = '' } = useParams();
  const cycle = useApiQuery('/api/budgeting/cycles/{id}', { path: { id: cycleId } });
  return <QueryView query={cycle}>{(c) => <AdminCycle key={c.id} c={c} />}</QueryView>;
}

function AdminCycle({ c }: { c: PbCycle }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const districts = useDistricts();
  const [dates, setDates] = useState<PhaseDays | null>(null);
  const [heading, setHeading] = useState(emptyHeading);
  const { ask, dialog } = useConfirm();
  // the heading being changed in the form, or null when the form adds one
  const [editingId, setEditingId] = useState<string | null>(null);
  const [headingNote, setHeadingNote] = useState<string | null>(null);
  const main = useSubmit();
  const h = useSubmit();
  const [expertsFailed, setExpertsFailed] = useState(false);
  useTitle(c.title, !!(main.error || h.error || expertsFailed));
  const shownDates = dates ?? (Object.fromEntries(c.phases.map((p) => [phaseDateFields[p.phase], cityDayOf(p.from)])) as PhaseDays);
  const id = { params: { path: { id: c.id } } };

  const saveDates = main.submit(
    () => api.PATCH('/api/admin/budgeting/cycles/{id}', { ...id, body: phaseStarts(shownDates) }),
    async () => {
      await cycleChanged();
      setDates(null);
    },
  );
  const headingFields = {
    districtId: heading.districtId || null,
    title: heading.title,
    amount: heading.amount.replace(/\s/g, '').replace(',', '.'),
    ballotKind: heading.ballotKind,
    maxWinners: num(heading.maxWinners),
    minProjects: heading.ballotKind === 'approval-count' ? num(heading.minProjects) : null,
    maxProjects: heading.ballotKind === 'approval-count' ? num(heading.maxProjects) : null,
    pointsTotal: heading.ballotKind === 'points' ? num(heading.pointsTotal) : null,
    pointsPerProject: heading.ballotKind === 'points' ? num(heading.pointsPerProject) : null,
  };
  const saveHeading = h.submit(
    () =>
      editingId
        ? api.PATCH('/api/admin/budgeting/headings/{id}', { params: { path: { id: editingId } }, body: headingFields })
        : api.POST('/api/admin/budgeting/cycles/{id}/headings', { ...id, body: { ...headingFields, position: c.headings.length } }),
    async () => {
      await cycleChanged();
      setHeadingNote(editingId ? t('pb.headingSaved', { title: heading.title }) : null);
      setEditingId(null);
      setHeading((s) => ({ ...emptyHeading, ballotKind: s.ballotKind }));
    },
  );
  const editHeading = (x: PbHeading) => {
    setEditingId(x.id);
    setHeadingNote(null);
    setHeading({
      districtId: x.districtId ?? '',
      title: x.title,
      amount: x.amount,
      ballotKind: x.ballotKind,
      maxWinners: text(x.maxWinners),
      minProjects: text(x.minProjects),
      maxProjects: text(x.maxProjects),
      pointsTotal: text(x.pointsTotal),
      pointsPerProject: text(x.pointsPerProject),
    });
    requestAnimationFrame(() => document.getElementById('heading-form-title')?.focus());
  };
  const deleteHeading = async (x: PbHeading) => {
    if (!(await ask({ title: t('pb.deleteHeadingConfirm', { title: x.title }), body: null, confirm: t('pb.deleteHeading') }))) return;
    void h.run(
      () => api.DELETE('/api/admin/budgeting/headings/{id}', { params: { path: { id: x.id } } }),
      async () => {
        await cycleChanged();
        setHeadingNote(t('pb.headingDeleted', { title: x.title }));
        if (editingId === x.id) {
          setEditingId(null);
          setHeading(emptyHeading);
        }
      },
    );
  };
  const headingsOpen = c.phase === 'draft' || c.phase === 'informing' || c.phase === 'intake' || c.phase === 'review';
  const hs = (k: keyof typeof heading) => (v: string) => setHeading((s) => ({ ...s, [k]: v }));
  return (
    <>
      <AdminNav />
      <p>
        <Link className="back-link" to="/admin/budgeting">
          {t('pb.adminTitle')}
        </Link>
      </p>
      <PageHeading>{c.title}</PageHeading>
      <p>
        <Link to={`/budgeting/cycles/${c.id}`}>{t('pb.publicPage')}</Link>
        {' · '}
        <Link to={`/admin/budgeting/cycles/${c.id}/tally`}>{t('pb.tallyPage')}</Link>
      </p>
      <ErrorSummary error={main.error} targets={Object.fromEntries(Object.values(phaseDateFields).map((k) => [k, `f-${k}`]))} />
      <section aria-labelledby="phase-title">
        <h2 id="phase-title">{t('pb.phase')}</h2>
        <PhaseSteps cycle={c} f={f} />
        {c.next ? (
          <button
            type="button"
            className="button"
            disabled={main.busy}
            onClick={() => void main.run(() => api.POST('/api/admin/budgeting/cycles/{id}/advance', id), cycleChanged)}
          >
            {t('pb.advance', { phase: t(`cycle.phase.${c.next.phase}`) })}
          </button>
        ) : null}
        <form onSubmit={saveDates} noValidate className="pb-dates">
          {pbPhases.map((p) => (
            <TextField
              key={p}
              id={`f-${phaseDateFields[p]}`}
              type="date"
              width="medium"
              label={t('pb.phaseFrom', { phase: t(`cycle.phase.${p}`) })}
              value={shownDates[phaseDateFields[p]]!}
              onChange={(v) => setDates({ ...shownDates, [phaseDateFields[p]]: v })}
              error={fieldMessage(main.error, phaseDateFields[p])}
            />
          ))}
          <button type="submit" className="button button--secondary" disabled={main.busy}>
            {t('pb.saveDates')}
          </button>
        </form>
      </section>
      <section aria-labelledby="headings-title">
        <h2 id="headings-title">{t('cycle.headings')}</h2>
        <ul className="pb-headings">
          {c.headings.map((x) => (
            <li key={x.id} className="pb-heading-card">
              <h3 className="pb-heading-card__title">{x.title}</h3>
              <p>
                {x.districtId ? districtName(x.districtId) : t('cycle.citywide')} · {f.money(x.amount, c.currency, { compact: true })} · <HeadingKind h={x} />
              </p>
              <p className="muted">
                {t('cycle.proposalCount', { count: x.proposalCount })} · {t('cycle.feasibleCount', { count: x.feasibleCount })}
              </p>
              {headingsOpen ? (
                <p className="form-actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={h.busy}
                    aria-label={t('pb.editHeadingFor', { title: x.title })}
                    onClick={() => editHeading(x)}
                  >
                    {t('pb.editHeading')}
                  </button>
                  {x.proposalCount === 0 ? (
                    <button
                      type="button"
                      className="button button--warning button--small"
                      disabled={h.busy}
                      aria-label={t('pb.deleteHeadingFor', { title: x.title })}
                      onClick={() => void deleteHeading(x)}
                    >
                      {t('pb.deleteHeading')}
                    </button>
                  ) : null}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
        {headingNote ? <Notice kind="success">{headingNote}</Notice> : null}
        {headingsOpen ? (
          <>
            <h3 id="heading-form-title" tabIndex={-1}>
              {editingId ? t('pb.editHeadingTitle', { title: c.headings.find((x) => x.id === editingId)?.title ?? '' }) : t('pb.addHeading')}
            </h3>
            <ErrorSummary
              error={h.error}
              id="heading-errors"
              targets={{
                districtId: 'h-district',
                title: 'h-title',
                amount: 'h-amount',
                maxWinners: 'h-maxWinners',
                minProjects: 'h-min',
                maxProjects: 'h-max',
                pointsTotal: 'h-total',
                pointsPerProject: 'h-per',
              }}
            />
            <form onSubmit={saveHeading} noValidate className="narrow">
              <SelectField
                id="h-district"
                label={t('field.district')}
                value={heading.districtId}
                onChange={hs('districtId')}
                error={fieldMessage(h.error, 'districtId')}
                options={[{ value: '', label: t('cycle.citywide') }, ...(districts.data ?? []).map((d) => ({ value: d.id, label: f.name(d) }))]}
              />
              <TextField id="h-title" label={t('pb.headingTitle')} value={heading.title} onChange={hs('title')} error={fieldMessage(h.error, 'title')} />
              <TextField
                id="h-amount"
                label={t('pb.amount', { currency: f.currencySign(c.currency) })}
                width="medium"
                value={heading.amount}
                onChange={hs('amount')}
                error={fieldMessage(h.error, 'amount')}
              />
              <SelectField
                id="h-kind"
                label={t('pb.ballotKind')}
                value={heading.ballotKind}
                onChange={(v) => setHeading((s) => ({ ...s, ballotKind: v as PbBallotKind }))}
                options={pbBallotKinds.map((k) => ({ value: k, label: t(`pb.kind.${k}`) }))}
              />
              {heading.ballotKind === 'approval-count' ? (
                <>
                  <TextField
                    id="h-min"
                    type="number"
                    width="short"
                    label={t('pb.minProjects')}
                    value={heading.minProjects}
                    onChange={hs('minProjects')}
                    error={fieldMessage(h.error, 'minProjects')}
                  />
                  <TextField
                    id="h-max"
                    type="number"
                    width="short"
                    label={t('pb.maxProjects')}
                    value={heading.maxProjects}
                    onChange={hs('maxProjects')}
                    error={fieldMessage(h.error, 'maxProjects')}
                  />
                </>
              ) : null}
              {heading.ballotKind === 'points' ? (
                <>
                  <TextField
                    id="h-total"
                    type="number"
                    width="short"
                    label={t('pb.pointsTotal')}
                    value={heading.pointsTotal}
                    onChange={hs('pointsTotal')}
                    error={fieldMessage(h.error, 'pointsTotal')}
                  />
                  <TextField
                    id="h-per"
                    type="number"
                    width="short"
                    label={t('pb.pointsPerProject')}
                    value={heading.pointsPerProject}
                    onChange={hs('pointsPerProject')}
                    error={fieldMessage(h.error, 'pointsPerProject')}
                  />
                </>
              ) : null}
              <TextField
                id="h-maxWinners"
                type="number"
                width="short"
                label={t('pb.maxWinners')}
                hint={t('pb.maxWinnersHint')}
                value={heading.maxWinners}
                onChange={hs('maxWinners')}
                error={fieldMessage(h.error, 'maxWinners')}
              />
              <div className="form-actions">
                <button type="submit" className="button" disabled={h.busy}>
                  {editingId ? t('pb.saveHeading') : t('pb.addHeadingButton')}
                </button>
                {editingId ? (
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={h.busy}
                    onClick={() => {
                      setEditingId(null);
                      setHeading(emptyHeading);
                    }}
                  >
                    {t('common.cancel')}
                  </button>
                ) : null}
              </div>
            </form>
          </>
        ) : null}
      </section>
      <AdminCycleExperts cycle={c} onFailed={setExpertsFailed} />
      {dialog}
    </>
  );
}
