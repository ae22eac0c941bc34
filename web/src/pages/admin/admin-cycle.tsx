import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, getDistricts, type StaffPerson } from '../../api.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { SelectField, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { Loading, LoadError, PageHeading, useTitle } from '../../components/page.js';
import { useDistrictName } from '../../components/person.js';
import { useFormat } from '../../format.js';
import { useLoad } from '../../use-load.js';
import { useSubmit } from '../../use-submit.js';
import {
  pbBallotKinds,
  pbPhases,
  phaseDateFields,
  proposalTopics,
  type ExpertAssignment,
  type PbBallotKind,
  type PbCycle,
  type PbHeading,
} from '../budgeting/pb-api.js';
import { HeadingKind, PhaseSteps } from '../budgeting/pb-bits.js';
import { AdminNav } from './admin-nav.js';
import { dayToIso, isoToDay } from './admin-budgeting.js';

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
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const { cycleId = '' } = useParams();
  const loaded = useLoad(`pb-admin-cycle-${cycleId}`, () => api<PbCycle>('GET', `/api/budgeting/cycles/${cycleId}`));
  const experts = useLoad(`pb-experts-${cycleId}`, () =>
    api<{ items: ExpertAssignment[] }>('GET', `/api/admin/budgeting/cycles/${cycleId}/experts`).then((r) => r.items),
  );
  const staff = useLoad('pb-expert-staff', () => api<{ items: StaffPerson[] }>('GET', '/api/people?role=expert').then((r) => r.items));
  const districts = useLoad('districts', getDistricts);
  const [cycle, setCycle] = useState<PbCycle | null>(null);
  const c = cycle ?? loaded.data;
  const [dates, setDates] = useState<Record<string, string> | null>(null);
  const [heading, setHeading] = useState(emptyHeading);
  // the heading being changed in the form, or null when the form adds one
  const [editingId, setEditingId] = useState<string | null>(null);
  const [headingNote, setHeadingNote] = useState<string | null>(null);
  const [expert, setExpert] = useState({ userId: '', headingId: '', topic: '' });
  const main = useSubmit();
  const h = useSubmit();
  const e = useSubmit();
  useTitle(c?.title ?? t('pb.adminTitle'), !!(main.error || h.error || e.error));
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!c) return <Loading />;
  const shownDates = dates ?? Object.fromEntries(c.phases.map((p) => [phaseDateFields[p.phase], isoToDay(p.from)]));

  const saveDates = main.submit(
    () => api<PbCycle>('PATCH', `/api/admin/budgeting/cycles/${c.id}`, Object.fromEntries(Object.entries(shownDates).map(([k, v]) => [k, dayToIso(v)]))),
    (x) => {
      setCycle(x);
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
        ? api<PbCycle>('PATCH', `/api/admin/budgeting/headings/${editingId}`, headingFields)
        : api<PbCycle>('POST', `/api/admin/budgeting/cycles/${c.id}/headings`, { ...headingFields, position: c.headings.length }),
    (x) => {
      setCycle(x);
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
  const deleteHeading = (x: PbHeading) => {
    if (!window.confirm(t('pb.deleteHeadingConfirm', { title: x.title }))) return;
    void h.run(
      () => api('DELETE', `/api/admin/budgeting/headings/${x.id}`).then(() => api<PbCycle>('GET', `/api/budgeting/cycles/${c.id}`)),
      (y) => {
        setCycle(y);
        setHeadingNote(t('pb.headingDeleted', { title: x.title }));
        if (editingId === x.id) {
          setEditingId(null);
          setHeading(emptyHeading);
        }
      },
    );
  };
  const headingsOpen = c.phase === 'draft' || c.phase === 'informing' || c.phase === 'intake' || c.phase === 'review';
  const assign = e.submit(
    () =>
      api('POST', `/api/admin/budgeting/cycles/${c.id}/experts`, { userId: expert.userId, headingId: expert.headingId || null, topic: expert.topic || null }),
    () => experts.reload(),
  );
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
            onClick={() => void main.run(() => api<PbCycle>('POST', `/api/admin/budgeting/cycles/${c.id}/advance`), setCycle)}
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
                      onClick={() => deleteHeading(x)}
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
      <section aria-labelledby="experts-title" className="narrow">
        <h2 id="experts-title">{t('pb.experts')}</h2>
        {experts.data?.length ? (
          <ul>
            {experts.data.map((x) => (
              <li key={x.id}>
                {x.displayName} —{' '}
                {x.headingId ? (c.headings.find((hh) => hh.id === x.headingId)?.title ?? '') : x.topic ? t(`proposal.topic.${x.topic}`) : t('pb.wholeCycle')}{' '}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={e.busy}
                  onClick={() =>
                    void e.run(
                      () => api('DELETE', `/api/admin/budgeting/experts/${x.id}`),
                      () => experts.reload(),
                    )
                  }
                >
                  {t('pb.removeExpert')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('pb.noExperts')}</p>
        )}
        {staff.data && !staff.data.length ? <Notice kind="info" title={t('pb.noExpertRole')} /> : null}
        <ErrorSummary error={e.error} id="expert-errors" targets={{ userId: 'e-user', headingId: 'e-heading' }} />
        <form onSubmit={assign} noValidate>
          <SelectField
            id="e-user"
            label={t('pb.expert')}
            value={expert.userId}
            onChange={(v) => setExpert((s) => ({ ...s, userId: v }))}
            error={fieldMessage(e.error, 'userId')}
            options={[{ value: '', label: t('pb.chooseExpert') }, ...(staff.data ?? []).map((p) => ({ value: p.id, label: p.displayName }))]}
          />
          <SelectField
            id="e-heading"
            label={t('pb.expertHeading')}
            value={expert.headingId}
            onChange={(v) => setExpert((s) => ({ ...s, headingId: v }))}
            error={fieldMessage(e.error, 'headingId')}
            options={[{ value: '', label: t('pb.anyHeading') }, ...c.headings.map((x) => ({ value: x.id, label: x.title }))]}
          />
          <SelectField
            id="e-topic"
            label={t('pb.expertTopic')}
            value={expert.topic}
            onChange={(v) => setExpert((s) => ({ ...s, topic: v }))}
            options={[{ value: '', label: t('pb.anyTopic') }, ...proposalTopics.map((k) => ({ value: k, label: t(`proposal.topic.${k}`) }))]}
          />
          <button type="submit" className="button" disabled={e.busy || !expert.userId}>
            {t('pb.assign')}
          </button>
        </form>
      </section>
    </>
  );
}
