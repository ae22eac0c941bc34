import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { overrideReasonLimits } from '@server/modules/budgeting/domain/explain.js';
import { api } from '../../api/client.js';
import { useWorkingDepartments } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { ApiBody, Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { RadioGroup, SelectField, TextArea, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { AdminNav } from './admin-nav.js';

type TallyOverview = Schema<'BudgetingTallyOverview'>;
type OverrideDecision = ApiBody<'/api/admin/budgeting/headings/{id}/overrides', 'post'>['decision'];

/** A count or an override changed: the overview, the results and the works' list load again. */
const tallyChanged = () =>
  invalidate('/api/admin/budgeting/cycles/{id}/tally', '/api/budgeting/headings/{id}/results', '/api/budgeting/cycles/{id}', '/api/budgeting/cycles');

const targets = { headingId: 'f-headingId', number: 'f-number', decision: 'f-decision-add', reason: 'f-reason' };
const codeFields = { override_project_unknown: 'number', override_already_winner: 'number', override_not_winner: 'number' };

/**
 * /admin/budgeting/cycles/:cycleId/tally — administrators compute each heading's winners once voting is over,
 * check them before publication, and override a result with a published, audited reason.
 */
export function AdminTallyPage() {
  const { cycleId = '' } = useParams();
  const overview = useApiQuery('/api/admin/budgeting/cycles/{id}/tally', { path: { id: cycleId } });
  return <QueryView query={overview}>{(o) => <AdminTally o={o} cycleId={cycleId} />}</QueryView>;
}

function AdminTally({ o, cycleId }: { o: TallyOverview; cycleId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const tally = useSubmit();
  const override = useSubmit();
  const [done, setDone] = useState<string | null>(null);
  const [form, setForm] = useState<{ headingId: string; number: string; decision: OverrideDecision; reason: string }>({
    headingId: '',
    number: '',
    decision: 'add',
    reason: '',
  });
  const [saved, setSaved] = useState(false);
  const works = useSubmit();
  const departments = useWorkingDepartments();
  const [worksForm, setWorksForm] = useState({ headingId: '', departmentId: '' });
  const [worksDone, setWorksDone] = useState<{ heading: string; created: number; existing: number } | null>(null);
  useTitle(t('tally.title', { cycle: o.cycle.title }), !!(tally.error ?? override.error ?? works.error));

  const compute = (h: TallyOverview['headings'][number]) =>
    tally.run(
      () => api.POST('/api/admin/budgeting/headings/{id}/tally', { params: { path: { id: h.id } } }),
      (r) => {
        setDone(t('tally.computed', { heading: h.title, winners: r.totals.winners }));
        return tallyChanged();
      },
    );

  const headingId = form.headingId || o.headings[0]?.id || '';
  const saveOverride = override.submit(
    () =>
      api.POST('/api/admin/budgeting/headings/{id}/overrides', {
        params: { path: { id: headingId } },
        body: { number: Number(form.number) || 0, decision: form.decision, reason: form.reason },
      }),
    () => {
      setSaved(true);
      setForm((x) => ({ ...x, number: '', reason: '' }));
      return tallyChanged();
    },
  );

  const tallied = o.headings.filter((h) => h.tally);
  const worksHeading = tallied.find((h) => h.id === worksForm.headingId) ?? tallied[0];
  const createWorks = works.submit(
    () =>
      api.POST('/api/admin/budgeting/headings/{id}/works', {
        params: { path: { id: worksHeading?.id ?? '' } },
        body: { departmentId: worksForm.departmentId },
      }),
    (r) => {
      setWorksDone({ heading: worksHeading?.title ?? '', created: r.created.length, existing: r.existing.length });
      return invalidate('/api/budgeting/works');
    },
  );

  return (
    <>
      <AdminNav />
      <p>
        <Link className="back-link" to={`/admin/budgeting/cycles/${cycleId}`}>
          {t('tally.back')}
        </Link>
      </p>
      <ErrorSummary error={tally.error} id="tally-errors" />
      <PageHeading>{t('tally.title', { cycle: o.cycle.title })}</PageHeading>
      <p className="lead">{t('tally.lead')}</p>
      <p>
        {t('tally.phase', { phase: t(`tally.phaseName.${o.phase}`) })} ·{' '}
        {t('tally.rule', { rule: t(`tally.ruleName.${o.rule}`, { utility: o.utility, completion: o.completion }) })}
      </p>
      {done ? <Notice kind="success">{done}</Notice> : null}
      <div className="table-wrap" role="region" aria-labelledby="tally-caption" tabIndex={0}>
        <table className="table table--stack" role="table">
          <caption id="tally-caption" className="visually-hidden">
            {t('tally.title', { cycle: o.cycle.title })}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                {t('tally.heading')}
              </th>
              <th scope="col" role="columnheader">
                {t('tally.ballots')}
              </th>
              <th scope="col" role="columnheader">
                {t('tally.status')}
              </th>
              <th scope="col" role="columnheader">
                <span className="visually-hidden">{t('tally.compute')}</span>
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {o.headings.map((h) => (
              <tr key={h.id} role="row">
                <th scope="row" role="rowheader">
                  {h.title}
                </th>
                <td role="cell" data-label={t('tally.ballots')}>
                  {f.number(h.ballots)}
                </td>
                <td role="cell" data-label={t('tally.status')}>
                  {h.tally ? (
                    <>
                      {t('tally.done', { winners: h.tally.winners, date: f.dateTime(h.tally.computedAt) })} ·{' '}
                      <Link to={`/budgeting/headings/${h.id}/results`}>{t('tally.resultsLink')}</Link>
                    </>
                  ) : (
                    t('tally.notYet')
                  )}
                </td>
                <td role="cell">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={tally.busy}
                    aria-label={t('tally.computeFor', { heading: h.title })}
                    onClick={() => void compute(h)}
                  >
                    {h.tally ? t('tally.recompute') : t('tally.compute')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {tallied.length ? (
        <section aria-labelledby="works-title" className="pbt-override">
          <h2 id="works-title">{t('tally.worksTitle')}</h2>
          <p>{t('tally.worksLead')}</p>
          <ErrorSummary error={works.error} targets={{ departmentId: 'w-department' }} id="works-errors" />
          {worksDone && !works.error ? (
            <Notice kind="success" title={t('tally.worksCreated', { heading: worksDone.heading, count: worksDone.created })}>
              {worksDone.existing ? <p>{t('tally.worksExisting', { count: worksDone.existing })}</p> : null}
              <p>
                <Link to={`/budgeting/works?year=${o.cycle.year}`}>{t('tally.worksLink')}</Link>
              </p>
            </Notice>
          ) : null}
          <form onSubmit={createWorks} noValidate>
            <SelectField
              id="w-heading"
              label={t('tally.worksHeading')}
              value={worksHeading?.id ?? ''}
              onChange={(v) => setWorksForm((x) => ({ ...x, headingId: v }))}
              options={tallied.map((h) => ({ value: h.id, label: t('tally.worksHeadingOption', { heading: h.title, count: h.tally!.winners }) }))}
            />
            <SelectField
              id="w-department"
              label={t('tally.worksDepartment')}
              hint={t('tally.worksDepartmentHint')}
              value={worksForm.departmentId}
              onChange={(v) => setWorksForm((x) => ({ ...x, departmentId: v }))}
              error={fieldMessage(works.error, 'departmentId')}
              options={[
                { value: '', label: t('tally.worksChooseDepartment') },
                ...[...(departments.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b))).map((d) => ({ value: d.id, label: f.name(d) })),
              ]}
            />
            <button className="button" type="submit" disabled={works.busy || !worksForm.departmentId}>
              {t('tally.worksSubmit')}
            </button>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="override-title" className="pbt-override">
        <h2 id="override-title">{t('tally.overrideTitle')}</h2>
        <p>{t('tally.overrideLead')}</p>
        <ErrorSummary error={override.error} targets={targets} codeFields={codeFields} id="override-errors" />
        {saved && !override.error ? <Notice kind="success">{t('tally.overrideSaved')}</Notice> : null}
        <form onSubmit={saveOverride} noValidate>
          <SelectField
            id="f-headingId"
            label={t('tally.overrideHeading')}
            value={headingId}
            onChange={(v) => setForm((x) => ({ ...x, headingId: v }))}
            options={o.headings.map((h) => ({ value: h.id, label: h.title }))}
          />
          <TextField
            id="f-number"
            label={t('tally.overrideNumber')}
            value={form.number}
            onChange={(v) => setForm((x) => ({ ...x, number: v }))}
            width="short"
            error={fieldMessage(override.error, 'number', codeFields)}
          />
          <RadioGroup
            idPrefix="f-decision"
            legend={t('tally.overrideDecision')}
            value={form.decision}
            onChange={(v) => setForm((x) => ({ ...x, decision: v as OverrideDecision }))}
            options={(['add', 'remove', 'none'] as const).map((d) => ({ value: d, label: t(`tally.decision.${d}`) }))}
          />
          <TextArea
            id="f-reason"
            label={t('tally.overrideReason')}
            value={form.reason}
            onChange={(v) => setForm((x) => ({ ...x, reason: v }))}
            rows={4}
            maxLength={overrideReasonLimits.max}
            error={fieldMessage(override.error, 'reason')}
          />
          <button className="button" type="submit" disabled={override.busy}>
            {t('tally.overrideSubmit')}
          </button>
        </form>
      </section>
    </>
  );
}
