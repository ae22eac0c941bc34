import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ageBands } from '@server/modules/verification/domain/age.js';
import { api } from '../../api/client.js';
import { useDistricts } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { District } from '../../api/types.js';
import { ErrorSummary } from '../../components/errors.js';
import { Checkbox, RadioGroup, SelectField, TextArea, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PhotoUpload } from '../../components/photo-upload.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit, type Submission } from '../../use-submit.js';
import { AdminNav } from './admin-nav.js';
import { blank, bodyOf, formOf, instant, local, newQuestion, type PollForm, type PollSummary, type QuestionForm } from './admin-poll-form.js';
import { DateTimeField, DecisionFields, PollsTable, QuestionFields } from './admin-poll-parts.js';
import { CommitmentTerms } from '../commitments/commitment-terms.js';
import { defaultPriorityCount, maxPriorityCount } from '@server/modules/polls/domain/priorities.js';

/** /admin/polls — administrators' polls: drafts to create and edit, publish, close early, export free texts. */
export function AdminPollsPage() {
  const { t } = useTranslation();
  const submission = useSubmit();
  useTitle(t('polls.admin.title'), !!submission.error);
  const list = useApiQuery('/api/admin/polls');
  return <QueryView query={list}>{({ polls }) => <AdminPolls polls={polls} submission={submission} />}</QueryView>;
}

/** Where the error summary leads for the fields of what the poll owes (both forms use the same ids' ends). */
const commitmentTargets = { departmentId: 'f-commitment-department', dueOn: 'f-commitment-due' };

/** What a change to a poll changes: the administrators' list and the residents' pages. */
const pollsChanged = () => invalidate('/api/admin/polls', '/api/polls', '/api/polls/{id}');

function AdminPolls({ polls, submission }: { polls: PollSummary[]; submission: Submission }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districts = useDistricts().data ?? [];
  const [form, setForm] = useState<PollForm>(blank);
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, submit, run } = submission;

  const set = (p: Partial<PollForm>) => setForm((x) => ({ ...x, ...p }));
  const setQ = (i: number, p: Partial<QuestionForm>) => setForm((x) => ({ ...x, questions: x.questions.map((q, k) => (k === i ? { ...q, ...p } : q)) }));
  const save = submit(
    async () => {
      if (editing) await api.PUT('/api/admin/polls/{id}', { params: { path: { id: editing } }, body: bodyOf(form) });
      else await api.POST('/api/admin/polls', { body: bodyOf(form) });
    },
    () => {
      const published = polls.find((x) => x.id === editing)?.state === 'upcoming';
      setDone(editing ? t(published ? 'polls.admin.savedPublished' : 'polls.admin.saved') : t('polls.admin.created'));
      setEditing(null);
      setForm(blank());
      void pollsChanged();
    },
  );
  const act = (id: string, action: 'publish' | 'close', message: string) =>
    void run(
      () => api.POST(action === 'publish' ? '/api/admin/polls/{id}/publish' : '/api/admin/polls/{id}/close', { params: { path: { id } } }),
      () => {
        setDone(message);
        void pollsChanged();
      },
    );
  const edit = (id: string) =>
    void run(
      () => api.GET('/api/polls/{id}', { params: { path: { id } } }),
      (p) => {
        setEditing(id);
        setForm(formOf(p));
      },
    );

  return (
    <div className="pl-admin">
      <AdminNav />
      <ErrorSummary error={error} targets={commitmentTargets} />
      <PageHeading>{t('polls.admin.title')}</PageHeading>
      {done ? <Notice kind="success">{done}</Notice> : null}
      <PollsTable polls={polls} busy={busy} edit={edit} act={act} />

      <h2>{editing ? t('polls.admin.editTitle') : t('polls.admin.newTitle')}</h2>
      <form onSubmit={save} noValidate className="pl-admin__form">
        <TextField id="f-title" label={t('polls.admin.pollTitle')} value={form.title} onChange={(v) => set({ title: v })} />
        <TextArea id="f-description" label={t('polls.admin.description')} value={form.description} onChange={(v) => set({ description: v })} rows={3} />
        <PhotoUpload
          id="f-image"
          label={t('polls.admin.image')}
          hint={t('polls.admin.imageHint')}
          max={1}
          photos={form.image}
          onChange={(u) => setForm((x) => ({ ...x, image: u(x.image) }))}
        />
        <Checkbox
          id="f-binding"
          label={t('polls.admin.binding')}
          hint={t('polls.admin.bindingHint')}
          checked={form.binding}
          onChange={(v) => set({ binding: v })}
        />
        {form.binding || form.kind === 'priorities' ? (
          <CommitmentTerms
            idPrefix="f-commitment"
            hint={t(form.binding ? 'polls.admin.commitmentHint' : 'polls.admin.prioritiesCommitmentHint')}
            departmentId={form.departmentId}
            dueOn={form.dueOn}
            error={error}
            onChange={set}
          />
        ) : null}
        <Checkbox
          id="f-verified"
          label={t('polls.admin.verifiedOnly')}
          checked={form.verifiedOnly || form.binding}
          disabled={form.binding}
          onChange={(v) => set({ verifiedOnly: v })}
        />
        <RadioGroup
          idPrefix="f-visibility"
          legend={t('polls.admin.visibility')}
          value={form.resultsVisibility}
          onChange={(v) => set({ resultsVisibility: v as PollForm['resultsVisibility'] })}
          options={[
            { value: 'after_close', label: t('polls.admin.afterClose') },
            { value: 'live', label: t('polls.admin.live') },
          ]}
        />
        <fieldset className="fieldset">
          <legend className="field__label">{t('polls.admin.districts')}</legend>
          <p className="field__hint">{t('polls.admin.districtsHint')}</p>
          <div className="pl-admin__districts">
            {districts.map((d) => (
              <Checkbox
                key={d.id}
                id={`f-d-${d.id}`}
                label={f.name(d)}
                checked={form.districtIds.includes(d.id)}
                onChange={(on) => set({ districtIds: on ? [...form.districtIds, d.id] : form.districtIds.filter((x) => x !== d.id) })}
              />
            ))}
          </div>
        </fieldset>
        <fieldset className="fieldset">
          <legend className="field__label">{t('polls.admin.ageBands')}</legend>
          <p className="field__hint">{t('polls.admin.ageBandsHint')}</p>
          <div className="pl-admin__districts">
            {ageBands.map((b) => (
              <Checkbox
                key={b}
                id={`f-a-${b}`}
                label={t(`verification.ageBand.${b}`)}
                checked={form.ageBands.includes(b)}
                onChange={(on) => set({ ageBands: on ? [...form.ageBands, b] : form.ageBands.filter((x) => x !== b) })}
              />
            ))}
          </div>
        </fieldset>
        <DateTimeField id="f-opens" label={t('polls.admin.opensAt')} value={form.opensAt} onChange={(v) => set({ opensAt: v })} />
        <DateTimeField id="f-closes" label={t('polls.admin.closesAt')} value={form.closesAt} onChange={(v) => set({ closesAt: v })} />

        {form.questions.map((q, i) => (
          <QuestionFields
            key={i}
            q={q}
            i={i}
            count={form.questions.length}
            setQ={setQ}
            setImage={(u) => setForm((x) => ({ ...x, questions: x.questions.map((y, k) => (k === i ? { ...y, image: u(y.image) } : y)) }))}
            remove={() => set({ questions: form.questions.filter((_, k) => k !== i) })}
          />
        ))}
        <p>
          <button type="button" className="button button--secondary" onClick={() => set({ questions: [...form.questions, newQuestion()] })}>
            {t('polls.admin.addQuestion')}
          </button>
        </p>

        <DecisionFields form={form} set={set} />
        <div className="pl-actions">
          <button className="button" type="submit" disabled={busy}>
            {editing ? t('polls.admin.save') : t('polls.admin.create')}
          </button>
          {editing ? (
            <button
              className="button button--secondary"
              type="button"
              onClick={() => {
                setEditing(null);
                setForm(blank());
              }}
            >
              {t('polls.admin.cancel')}
            </button>
          ) : null}
        </div>
      </form>
      <PrioritiesForm
        districts={districts}
        busy={busy}
        error={error}
        run={run}
        done={(m) => {
          setDone(m);
          void pollsChanged();
          window.scrollTo({ top: 0 });
        }}
      />
    </div>
  );
}

/** «Родной район»: a draft priority poll — one ranking of a district's development directions, for its residents. */
function PrioritiesForm({
  districts,
  busy,
  error,
  run,
  done,
}: {
  districts: District[];
  busy: boolean;
  error: Submission['error'];
  run: Submission['run'];
  done(message: string): void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [districtId, setDistrictId] = useState('');
  const [title, setTitle] = useState('');
  const [directions, setDirections] = useState('');
  const [opensAt, setOpensAt] = useState(local(new Date().toISOString()));
  const [closesAt, setClosesAt] = useState(local(new Date(Date.now() + 30 * 86_400_000).toISOString()));
  const [terms, setTerms] = useState({ departmentId: '', dueOn: '' });
  const [count, setCount] = useState(String(defaultPriorityCount));
  const send = (e: FormEvent) => {
    e.preventDefault();
    void run(
      () =>
        api.POST('/api/admin/polls/priorities', {
          body: {
            districtId: districtId || districts[0]?.id || '',
            title,
            question: t('polls.admin.prioritiesQuestion'),
            directions: directions
              .split('\n')
              .map((d) => d.trim())
              .filter(Boolean),
            opensAt: instant(opensAt),
            closesAt: instant(closesAt),
            departmentId: terms.departmentId || null,
            dueOn: terms.dueOn || null,
            priorityCount: Number(count),
          },
        }),
      () => done(t('polls.admin.created')),
    );
  };
  return (
    <section aria-labelledby="pl-priorities">
      <h2 id="pl-priorities">{t('polls.admin.prioritiesTitle')}</h2>
      <p className="muted">{t('polls.admin.prioritiesLead')}</p>
      <form onSubmit={send} noValidate className="pl-admin__form">
        <SelectField
          id="f-p-district"
          label={t('polls.results.district')}
          value={districtId || districts[0]?.id || ''}
          onChange={setDistrictId}
          options={districts.map((d) => ({ value: d.id, label: f.name(d) }))}
        />
        <TextField id="f-p-title" label={t('polls.admin.pollTitle')} value={title} onChange={setTitle} />
        <TextArea
          id="f-p-directions"
          label={t('polls.admin.directions')}
          hint={t('polls.admin.optionsHint')}
          value={directions}
          onChange={setDirections}
          rows={5}
        />
        <DateTimeField id="f-p-opens" label={t('polls.admin.opensAt')} value={opensAt} onChange={setOpensAt} />
        <DateTimeField id="f-p-closes" label={t('polls.admin.closesAt')} value={closesAt} onChange={setClosesAt} />
        <CommitmentTerms
          idPrefix="f-p-commitment"
          hint={t('polls.admin.prioritiesCommitmentHint')}
          none={t('polls.admin.districtAdministration')}
          {...terms}
          error={error}
          onChange={(c) => setTerms((x) => ({ ...x, ...c }))}
        />
        <SelectField
          id="f-p-count"
          label={t('polls.admin.priorityCount')}
          value={count}
          onChange={setCount}
          options={Array.from({ length: maxPriorityCount }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))}
        />
        <button className="button" type="submit" disabled={busy}>
          {t('polls.admin.createPriorities')}
        </button>
      </form>
    </section>
  );
}
