import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { crowdLimits } from '@server/modules/crowdsourcing/domain/idea-rules.js';
import { api } from '../../api/client.js';
import { useDistricts } from '../../api/lists.js';
import type { Schema } from '../../api/types.js';
import { cityDayOf, cityDayStart } from '../../city-time.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { SelectField, TextArea, TextField } from '../../components/fields.js';
import { useErrorTitle } from '../../components/page.js';
import { useFormat } from '../../format.js';
import { useSubmit, type Submission } from '../../use-submit.js';
import { at, phaseDates, type PersonRef, type ProjectView } from '../crowdsourcing/crowd-bits.js';
import { Experts } from './admin-crowd-experts.js';

type PhaseDateField = (typeof phaseDates)[number][1];

/** The city day an instant falls on, as a date input holds it (the city's calendar, whatever the browser's zone). */
const dayOf = (iso: string) => cityDayOf(iso);
/** The instant a typed day begins in the city; what is not a day goes as typed, so the server names the field. */
const startOfDay = (day: string) => {
  try {
    return cityDayStart(day);
  } catch {
    return day;
  }
};

/** The project form as typed: days as a date input holds them, the choices as text. */
export interface ProjectForm {
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

/** A new project's form: ideas from today, then three and five weeks on, the report after seven. */
export const blank = (): ProjectForm => {
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

/** The form of a saved project. */
export const formOf = (p: ProjectView): ProjectForm => ({
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
export const bodyOf = (f: ProjectForm, was?: ProjectView): Schema<'CrowdProjectDraftInput'> => {
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

/** A project's settings, until its vote starts. */
export function EditProject({ p, onDone }: { p: ProjectView; onDone(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<ProjectForm>(() => formOf(p));
  const sub = useSubmit();
  useErrorTitle(!!sub.error);
  const save = sub.submit(() => api.PUT('/api/admin/crowdsourcing/projects/{number}', { ...at(p), body: bodyOf(form, p) }), onDone);
  return (
    <section aria-labelledby="cs-edit">
      <h2 id="cs-edit">{t('crowd.admin.editTitle')}</h2>
      <ProjectFields form={form} setForm={setForm} sub={sub} submitLabel={t('crowd.admin.save')} onSubmit={save} />
    </section>
  );
}

/** The project's fields: texts, district, the four dates, the vote's choices and the experts. */
export function ProjectFields({
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
  const districts = useDistricts();
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
          maxLength={crowdLimits.projectTitle.max}
          error={fieldMessage(error, 'title')}
        />
        <TextArea
          id="f-problem"
          label={t('crowd.admin.problem')}
          hint={t('crowd.admin.problemHint')}
          value={form.problem}
          onChange={(v) => set({ problem: v })}
          rows={3}
          maxLength={crowdLimits.problem.max}
          error={fieldMessage(error, 'problem')}
        />
        <TextArea
          id="f-brief"
          label={t('crowd.admin.brief')}
          hint={t('crowd.admin.briefHint')}
          value={form.brief}
          onChange={(v) => set({ brief: v })}
          rows={8}
          maxLength={crowdLimits.brief.max}
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
          min={String(crowdLimits.voteMaxChoices.min)}
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
