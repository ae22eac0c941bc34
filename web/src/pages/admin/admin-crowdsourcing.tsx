import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, getDistricts, type AdminUser, type PublicProfile } from '../../api.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { Checkbox, SelectField, TextArea, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { LoadError, Loading, PageHeading, useErrorTitle, useTitle } from '../../components/page.js';
import { PlainText } from '../../components/plain-text.js';
import { useFormat } from '../../format.js';
import { useLoad } from '../../use-load.js';
import { useSubmit, type Submission } from '../../use-submit.js';
import { PhaseTag, PhaseTimeline, ProjectFigures, sharePercent } from '../crowdsourcing/crowd-bits.js';
import {
  advanceProject,
  createProject,
  getAdminProjects,
  getIdeas,
  getProject,
  nextPhase,
  phaseDates,
  publishProject,
  publishReport,
  startVote,
  updateProject,
  type PersonRef,
  type PhaseDateField,
  type ProjectInput,
  type ProjectView,
} from '../crowdsourcing/crowdsourcing-api.js';
import { AdminNav } from './admin-nav.js';

const pad = (n: number) => String(n).padStart(2, '0');
/** A day (YYYY-MM-DD) in the browser's zone, which is the city's for staff. */
const dayOf = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
/** The start of a day, as the API's instant; an unparsable day is sent as typed so the server names the field. */
const startOfDay = (day: string) => {
  const d = new Date(`${day}T00:00:00`);
  return Number.isNaN(d.getTime()) ? day : d.toISOString();
};

interface ProjectForm {
  title: string;
  problem: string;
  brief: string;
  districtId: string;
  ideasFrom: string;
  selectionFrom: string;
  votingFrom: string;
  implementationFrom: string;
  voteMaxChoices: string;
  experts: PersonRef[];
}

const blank = (): ProjectForm => {
  const day = (n: number) => dayOf(new Date(Date.now() + n * 86_400_000).toISOString());
  return {
    title: '',
    problem: '',
    brief: '',
    districtId: '',
    ideasFrom: day(0),
    selectionFrom: day(21),
    votingFrom: day(35),
    implementationFrom: day(49),
    voteMaxChoices: '3',
    experts: [],
  };
};

const formOf = (p: ProjectView): ProjectForm => ({
  title: p.title,
  problem: p.problem,
  brief: p.brief,
  districtId: p.districtId ?? '',
  ideasFrom: dayOf(p.ideasFrom),
  selectionFrom: dayOf(p.selectionFrom),
  votingFrom: dayOf(p.votingFrom),
  implementationFrom: dayOf(p.implementationFrom),
  voteMaxChoices: String(p.voteMaxChoices),
  experts: p.experts,
});

/** What the form sends; a date the admin did not change keeps its exact instant (an advanced phase starts mid-day). */
const bodyOf = (f: ProjectForm, was?: ProjectView): ProjectInput => {
  const date = (k: PhaseDateField) => (was && dayOf(was[k]) === f[k] ? was[k] : startOfDay(f[k]));
  return {
    title: f.title.trim(),
    problem: f.problem.trim(),
    brief: f.brief.trim(),
    districtId: f.districtId || null,
    ideasFrom: date('ideasFrom'),
    selectionFrom: date('selectionFrom'),
    votingFrom: date('votingFrom'),
    implementationFrom: date('implementationFrom'),
    voteMaxChoices: Number(f.voteMaxChoices),
    expertIds: f.experts.map((e) => e.id),
  };
};

const formTargets = {
  title: 'f-title',
  problem: 'f-problem',
  brief: 'f-brief',
  districtId: 'f-district',
  ideasFrom: 'f-ideasFrom',
  selectionFrom: 'f-selectionFrom',
  votingFrom: 'f-votingFrom',
  implementationFrom: 'f-implementationFrom',
  voteMaxChoices: 'f-max',
  expertIds: 'f-expert-q',
};

/** /admin/crowdsourcing — projects: create and edit, publish, advance the phase, start the vote, publish the report. */
export function AdminCrowdsourcingPage() {
  const [params] = useSearchParams();
  const project = params.get('project');
  return project && /^\d+$/.test(project) ? <ManageProject number={project} key={project} /> : <ProjectList />;
}

function ProjectList() {
  const { t } = useTranslation();
  const f = useFormat();
  const list = useLoad('crowd-admin-projects', getAdminProjects);
  const [, setParams] = useSearchParams();
  const main = useSubmit();
  useTitle(t('crowd.admin.title'), !!main.error);
  const [form, setForm] = useState<ProjectForm>(blank);
  const save = main.submit(
    () => createProject(bodyOf(form)),
    (r) => setParams({ project: String(r.number), created: '1' }),
  );
  return (
    <div className="cs-admin">
      <AdminNav />
      <PageHeading>{t('crowd.admin.title')}</PageHeading>
      <p className="lead">{t('crowd.admin.lead')}</p>
      {list.error ? <LoadError error={list.error} retry={list.reload} /> : null}
      {!list.data && !list.error ? <Loading /> : null}
      {list.data && !list.data.length ? <p>{t('crowd.admin.none')}</p> : null}
      {list.data?.length ? (
        <div className="table-wrap">
          <table className="table cs-admin__table">
            <caption className="visually-hidden">{t('crowd.admin.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('crowd.admin.project')}</th>
                <th scope="col">{t('crowd.admin.phase')}</th>
                <th scope="col" className="cs-num">
                  {t('crowd.admin.ideas')}
                </th>
                <th scope="col" className="cs-num">
                  {t('crowd.admin.participants')}
                </th>
                <th scope="col" className="cs-num">
                  {t('crowd.admin.acceptedShare')}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((p) => (
                <tr key={p.number}>
                  <th scope="row">
                    <Link to={`/admin/crowdsourcing?project=${p.number}`}>
                      № {p.number}. {p.title}
                    </Link>
                    <div className="muted">{t('crowd.fromTo', { from: f.date(p.ideasFrom), to: f.dueDate(p.implementationFrom) })}</div>
                  </th>
                  <td>
                    <PhaseTag p={p} />
                  </td>
                  <td className="cs-num">{f.number(p.figures.ideas)}</td>
                  <td className="cs-num">{f.number(p.figures.participants)}</td>
                  <td className="cs-num">{sharePercent(f, p.figures.acceptedShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <section aria-labelledby="cs-new">
        <h2 id="cs-new">{t('crowd.admin.newTitle')}</h2>
        <ProjectFields form={form} setForm={setForm} sub={main} submitLabel={t('crowd.admin.create')} onSubmit={save} />
      </section>
    </div>
  );
}

/** One project: its phase and the next step, the vote, the report, and its settings until the vote starts. */
function ManageProject({ number }: { number: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const [round, setRound] = useState(0);
  const loaded = useLoad(`crowd-admin-project-${number}-${round}`, () => getProject(number));
  const [done, setDone] = useState<string | null>(params.get('created') ? t('crowd.admin.created') : null);
  const main = useSubmit();
  const p = loaded.data;
  useTitle(p?.title ?? t('crowd.admin.title'), !!main.error);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!p) return <Loading />;
  const after = (message: string) => () => {
    setDone(message);
    setRound((r) => r + 1);
    if (params.get('created')) setParams({ project: number }, { replace: true });
    window.scrollTo({ top: 0 });
  };
  const next = p.published ? nextPhase(p.phase) : null;
  const canStartVote = !p.pollId && (p.phase === 'selection' || p.phase === 'voting');
  return (
    <div className="cs-admin">
      <AdminNav />
      <p>
        <Link className="back-link" to="/admin/crowdsourcing">
          {t('crowd.admin.title')}
        </Link>
      </p>
      <p className="cs-kicker">
        <PhaseTag p={p} /> № {p.number}
      </p>
      <PageHeading>{p.title}</PageHeading>
      <ErrorSummary error={main.error} />
      {done ? <Notice kind="success" title={done} /> : null}
      <p>
        <Link to={`/crowdsourcing/${p.number}`}>{t('crowd.admin.publicPage')}</Link>
        {p.pollId ? (
          <>
            {' · '}
            <Link to={`/polls/${p.pollId}`}>{t('crowd.admin.pollPage')}</Link>
            {' · '}
            <Link to="/admin/polls">{t('crowd.admin.pollsAdmin')}</Link>
          </>
        ) : null}
      </p>
      <ProjectFigures figures={p.figures} f={f} />

      <section aria-labelledby="cs-next-step" className="cs-panel">
        <h2 id="cs-next-step">{t('crowd.admin.nextStep')}</h2>
        <PhaseTimeline p={p} f={f} reportAt={p.report?.publishedAt ?? null} />
        <div className="cs-actions">
          {!p.published ? (
            <button
              type="button"
              className="button"
              disabled={main.busy}
              onClick={() => void main.run(() => publishProject(p.number), after(t('crowd.admin.publishedDone')))}
            >
              {t('crowd.admin.publish')}
            </button>
          ) : null}
          {next ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={main.busy}
              onClick={() => {
                if (window.confirm(t('crowd.admin.advanceConfirm', { phase: t(`crowd.phase.${next}`) })))
                  void main.run(() => advanceProject(p.number), after(t('crowd.admin.advanced', { phase: t(`crowd.phase.${next}`) })));
              }}
            >
              {t('crowd.admin.advance', { phase: t(`crowd.phase.${next}`) })}
            </button>
          ) : null}
        </div>
        {!p.published ? <p className="muted">{t('crowd.admin.publishHint')}</p> : null}
        {next ? <p className="muted">{t('crowd.admin.advanceHint')}</p> : null}
      </section>

      {canStartVote || p.pollId ? <VotePanel p={p} sub={main} onDone={after(t('crowd.admin.voteStarted'))} /> : null}
      {p.phase === 'implementation' && !p.report ? <ReportForm p={p} onDone={after(t('crowd.admin.reportDone'))} /> : null}
      {p.report ? (
        <section aria-labelledby="cs-report-done" className="cs-panel">
          <h2 id="cs-report-done">{t('crowd.report.title')}</h2>
          <p className="muted">{t('crowd.report.published', { date: f.date(p.report.publishedAt) })}</p>
          <PlainText text={p.report.text} />
        </section>
      ) : null}
      {!p.pollId ? <EditProject p={p} onDone={after(t('crowd.admin.saved'))} /> : <p className="muted">{t('crowd.admin.lockedAfterVote')}</p>}
    </div>
  );
}

/** The vote: the shortlist it will offer, and the button that creates the poll (or the poll once there is one). */
function VotePanel({ p, sub, onDone }: { p: ProjectView; sub: Submission; onDone(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const shortlist = useLoad(`crowd-admin-shortlist-${p.number}-${p.pollId ?? ''}`, () => getIdeas(p.number, { status: 'shortlisted', sort: 'newest' }));
  const items = [...(shortlist.data?.items ?? [])].sort((a, b) => a.number - b.number);
  return (
    <section aria-labelledby="cs-vote-admin" className="cs-panel">
      <h2 id="cs-vote-admin">{t('crowd.admin.voteTitle')}</h2>
      {shortlist.error ? <LoadError error={shortlist.error} retry={shortlist.reload} /> : null}
      <p>{t('crowd.admin.shortlistCount', { count: items.length })}</p>
      <ol className="cs-shortlist">
        {items.map((i) => (
          <li key={i.number}>
            <Link to={`/crowdsourcing/ideas/${i.number}`}>
              № {i.number}. {i.title}
            </Link>
          </li>
        ))}
      </ol>
      {p.pollId ? (
        <p>{p.pollClosed ? t('crowd.admin.pollClosed') : t('crowd.admin.pollOpen', { date: f.date(p.implementationFrom) })}</p>
      ) : (
        <>
          <p className="muted">
            {t('crowd.admin.voteHint', {
              max: Math.min(p.voteMaxChoices, Math.max(items.length, 1)),
              opens: f.date(new Date(Math.max(Date.now(), Date.parse(p.votingFrom))).toISOString()),
              closes: f.date(p.implementationFrom),
            })}
          </p>
          <button type="button" className="button" disabled={sub.busy} onClick={() => void sub.run(() => startVote(p.number), onDone)}>
            {t('crowd.admin.startVote')}
          </button>
        </>
      )}
    </section>
  );
}

/** The implementation report: what was done, and which shortlisted ideas were accepted, with a note each. */
function ReportForm({ p, onDone }: { p: ProjectView; onDone(): void }) {
  const { t } = useTranslation();
  const shortlist = useLoad(`crowd-admin-report-${p.number}`, () => getIdeas(p.number, { status: 'shortlisted', sort: p.pollClosed ? 'votes' : 'rating' }));
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<Record<number, string>>({});
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  const send = submit(() => {
    const accepted = Object.entries(chosen).map(([n, note]) => ({ ideaNumber: Number(n), note: note.trim() }));
    return publishReport(p.number, { text: text.trim(), accepted });
  }, onDone);
  const items = shortlist.data?.items ?? [];
  return (
    <section aria-labelledby="cs-report-form" className="cs-panel">
      <h2 id="cs-report-form">{t('crowd.admin.reportTitle')}</h2>
      <p className="muted">{t('crowd.admin.reportLead')}</p>
      <ErrorSummary
        error={error}
        targets={{ text: 'f-report', accepted: 'f-accepted' }}
        codeFields={{ crowd_report_not_shortlisted: 'accepted', crowd_report_idea_twice: 'accepted' }}
        id="report-errors"
      />
      {shortlist.error ? <LoadError error={shortlist.error} retry={shortlist.reload} /> : null}
      <form onSubmit={send} noValidate className="cs-form">
        <TextArea
          id="f-report"
          label={t('crowd.admin.reportText')}
          hint={t('crowd.admin.reportTextHint')}
          value={text}
          onChange={setText}
          rows={8}
          maxLength={20000}
          error={fieldMessage(error, 'text')}
        />
        <fieldset className="fieldset" id="f-accepted" tabIndex={-1}>
          <legend className="field__label">{t('crowd.admin.acceptedLegend')}</legend>
          <p className="field__hint">{t('crowd.admin.acceptedHint')}</p>
          {fieldMessage(error, 'accepted') ? <p className="field__error">{fieldMessage(error, 'accepted')}</p> : null}
          {!items.length && shortlist.data ? <p>{t('crowd.admin.noShortlist')}</p> : null}
          {items.map((i) => {
            const on = i.number in chosen;
            return (
              <div key={i.number} className="cs-accept">
                <Checkbox
                  id={`f-accept-${i.number}`}
                  label={`№ ${i.number}. ${i.title}${i.votes !== null ? ` — ${t('crowd.votes', { count: i.votes })}` : ''}`}
                  checked={on}
                  onChange={(v) =>
                    setChosen((c) => {
                      const next = { ...c };
                      if (v) next[i.number] = '';
                      else delete next[i.number];
                      return next;
                    })
                  }
                />
                {on ? (
                  <TextArea
                    id={`f-note-${i.number}`}
                    label={t('crowd.admin.note', { number: i.number })}
                    hint={t('crowd.admin.noteHint')}
                    value={chosen[i.number] ?? ''}
                    onChange={(v) => setChosen((c) => ({ ...c, [i.number]: v }))}
                    rows={3}
                    maxLength={2000}
                  />
                ) : null}
              </div>
            );
          })}
        </fieldset>
        <button type="submit" className="button" disabled={busy}>
          {t('crowd.admin.publishReport')}
        </button>
      </form>
    </section>
  );
}

function EditProject({ p, onDone }: { p: ProjectView; onDone(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<ProjectForm>(() => formOf(p));
  const sub = useSubmit();
  useErrorTitle(!!sub.error);
  const save = sub.submit(() => updateProject(p.number, bodyOf(form, p)), onDone);
  return (
    <section aria-labelledby="cs-edit">
      <h2 id="cs-edit">{t('crowd.admin.editTitle')}</h2>
      <ProjectFields form={form} setForm={setForm} sub={sub} submitLabel={t('crowd.admin.save')} onSubmit={save} />
    </section>
  );
}

/** The project's fields: texts, district, the four dates, the vote's choices and the experts. */
function ProjectFields({
  form,
  setForm,
  sub,
  submitLabel,
  onSubmit,
}: {
  form: ProjectForm;
  setForm(u: (f: ProjectForm) => ProjectForm): void;
  sub: Submission;
  submitLabel: string;
  onSubmit(e: FormEvent): void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const districts = useLoad('districts', getDistricts);
  const set = (p: Partial<ProjectForm>) => setForm((x) => ({ ...x, ...p }));
  const error = sub.error;
  return (
    <>
      <ErrorSummary
        error={error}
        targets={formTargets}
        id="project-errors"
        codeFields={{ crowd_dates_order: 'selectionFrom', crowd_district_unknown: 'districtId', crowd_expert_unknown: 'expertIds' }}
      />
      <form onSubmit={onSubmit} noValidate className="cs-form">
        <TextField
          id="f-title"
          label={t('crowd.admin.projectTitle')}
          value={form.title}
          onChange={(v) => set({ title: v })}
          maxLength={200}
          error={fieldMessage(error, 'title')}
        />
        <TextArea
          id="f-problem"
          label={t('crowd.admin.problem')}
          hint={t('crowd.admin.problemHint')}
          value={form.problem}
          onChange={(v) => set({ problem: v })}
          rows={3}
          maxLength={500}
          error={fieldMessage(error, 'problem')}
        />
        <TextArea
          id="f-brief"
          label={t('crowd.admin.brief')}
          hint={t('crowd.admin.briefHint')}
          value={form.brief}
          onChange={(v) => set({ brief: v })}
          rows={8}
          maxLength={20000}
          error={fieldMessage(error, 'brief')}
        />
        <SelectField
          id="f-district"
          label={t('crowd.admin.district')}
          hint={t('crowd.admin.districtHint')}
          value={form.districtId}
          onChange={(v) => set({ districtId: v })}
          error={fieldMessage(error, 'districtId')}
          options={[{ value: '', label: t('crowd.citywide') }, ...(districts.data ?? []).map((d) => ({ value: d.id, label: f.name(d) }))]}
        />
        <fieldset className="fieldset">
          <legend className="field__label">{t('crowd.admin.dates')}</legend>
          <p className="field__hint">{t('crowd.admin.datesHint')}</p>
          <div className="cs-dates">
            {phaseDates.map(([phase, k]) => (
              <TextField
                key={k}
                id={`f-${k}`}
                type="date"
                label={t('crowd.admin.phaseStarts', { phase: t(`crowd.phase.${phase}`) })}
                value={form[k]}
                onChange={(v) => set({ [k]: v } as Partial<ProjectForm>)}
                width="medium"
                error={fieldMessage(error, k)}
              />
            ))}
          </div>
        </fieldset>
        <TextField
          id="f-max"
          type="number"
          label={t('crowd.admin.maxChoices')}
          hint={t('crowd.admin.maxChoicesHint')}
          value={form.voteMaxChoices}
          onChange={(v) => set({ voteMaxChoices: v })}
          width="short"
          min="1"
          error={fieldMessage(error, 'voteMaxChoices')}
        />
        <Experts experts={form.experts} onChange={(experts) => set({ experts })} error={fieldMessage(error, 'expertIds')} />
        <button type="submit" className="button" disabled={sub.busy}>
          {submitLabel}
        </button>
      </form>
    </>
  );
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The project's experts: find people by name or e-mail (the administrators' accounts list), or add by account id. */
function Experts({ experts, onChange, error }: { experts: PersonRef[]; onChange(e: PersonRef[]): void; error?: string | undefined }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<AdminUser[] | null>(null);
  const search = useSubmit();
  const add = (person: PersonRef) => {
    if (!experts.some((e) => e.id === person.id)) onChange([...experts, { id: person.id, displayName: person.displayName }]);
  };
  const find = () => {
    const query = q.trim();
    if (!query) return;
    void search.run(async () => {
      if (uuidPattern.test(query)) {
        const p = await api<PublicProfile>('GET', `/api/people/${query}`);
        return [{ id: p.id, displayName: p.displayName, email: '' } as AdminUser];
      }
      return (await api<{ items: AdminUser[] }>('GET', `/api/admin/users?q=${encodeURIComponent(query)}&limit=10`)).items;
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
