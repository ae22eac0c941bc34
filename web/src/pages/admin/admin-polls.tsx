import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { questionKindList, type QuestionKind } from '@server/modules/polls/domain/answers.js';
import { ageBands, type AgeBand } from '@server/modules/verification/domain/age.js';
import { api } from '../../api/client.js';
import { useDistricts } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { District, Schema } from '../../api/types.js';
import { cityMinute, cityMinuteOf } from '../../city-time.js';
import { ErrorSummary } from '../../components/errors.js';
import { Checkbox, RadioGroup, SelectField, TextArea, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PhotoUpload, type AttachedPhoto } from '../../components/photo-upload.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit, type Submission } from '../../use-submit.js';
import { AdminNav } from './admin-nav.js';

type PollSummary = Schema<'PollSummary'>;
type PollView = Schema<'PollView'>;
type PollDraft = Schema<'PollDraftInput'>;

interface QuestionForm {
  kind: QuestionKind;
  text: string;
  required: boolean;
  options: string;
  minChoices: string;
  maxChoices: string;
  scale: string;
  image: AttachedPhoto[];
  lat: string;
  lon: string;
}
interface PollForm {
  title: string;
  description: string;
  image: AttachedPhoto[];
  binding: boolean;
  verifiedOnly: boolean;
  resultsVisibility: 'live' | 'after_close';
  districtIds: string[];
  ageBands: AgeBand[];
  opensAt: string;
  closesAt: string;
  questions: QuestionForm[];
  decide: boolean;
  decisionQuestion: string;
  decisionOption: string;
  numerator: string;
  denominator: string;
  strict: boolean;
  minTurnoutCount: string;
  /** Percent of eligible residents (the API takes per mille). */
  minTurnoutPercent: string;
}

const majorities = {
  'gt-1-2': { numerator: 1, denominator: 2, strict: true },
  'ge-2-3': { numerator: 2, denominator: 3, strict: false },
  'gt-7-10': { numerator: 7, denominator: 10, strict: true },
} as const;
type MajorityKey = keyof typeof majorities;
const majorityKeys = Object.keys(majorities) as MajorityKey[];
/** The quick choice a fraction matches, or 'custom'. */
const presetOf = (f: { numerator: string; denominator: string; strict: boolean }): MajorityKey | 'custom' =>
  majorityKeys.find(
    (k) =>
      String(majorities[k].numerator) === f.numerator.trim() && String(majorities[k].denominator) === f.denominator.trim() && majorities[k].strict === f.strict,
  ) ?? 'custom';
const majorityOf = (k: MajorityKey) => ({
  numerator: String(majorities[k].numerator),
  denominator: String(majorities[k].denominator),
  strict: majorities[k].strict,
});
/** An instant as the date-and-time fields show it, on the city's clock. */
const local = (iso: string) => cityMinuteOf(iso);
/** The instant a date-and-time field names on the city's clock ('' when the field is empty or incomplete: the server names the field). */
const instant = (value: string) => cityMinute(value) ?? '';
const newQuestion = (): QuestionForm => ({
  kind: 'single',
  text: '',
  required: true,
  options: '',
  minChoices: '',
  maxChoices: '',
  scale: '5',
  image: [],
  lat: '',
  lon: '',
});
const imageOf = (fileId: string | null, url: string | null): AttachedPhoto[] => (fileId && url ? [{ id: fileId, thumbUrl: `${url}/thumb` }] : []);
const blank = (): PollForm => ({
  title: '',
  description: '',
  image: [],
  binding: false,
  verifiedOnly: false,
  resultsVisibility: 'after_close',
  districtIds: [],
  ageBands: [],
  opensAt: local(new Date().toISOString()),
  closesAt: local(new Date(Date.now() + 7 * 86_400_000).toISOString()),
  questions: [newQuestion()],
  decide: false,
  decisionQuestion: '0',
  decisionOption: '0',
  ...majorityOf('gt-1-2'),
  minTurnoutCount: '',
  minTurnoutPercent: '',
});

/** The form of an existing draft. */
function formOf(p: PollView): PollForm {
  const qi = p.rule ? p.questions.findIndex((q) => q.id === p.rule!.questionId) : -1;
  const q = qi >= 0 ? p.questions[qi]! : null;
  return {
    title: p.title,
    description: p.description,
    image: imageOf(p.imageFileId, p.imageUrl),
    binding: p.binding,
    verifiedOnly: p.verifiedOnly,
    resultsVisibility: p.resultsVisibility,
    districtIds: p.districtIds,
    ageBands: ageBands.filter((b) => p.ageBands.includes(b)),
    opensAt: local(p.opensAt),
    closesAt: local(p.closesAt),
    questions: p.questions.map((x) => ({
      kind: x.kind,
      text: x.text,
      required: x.required,
      options: x.options.map((o) => o.text).join('\n'),
      minChoices: x.minChoices?.toString() ?? '',
      maxChoices: x.maxChoices?.toString() ?? '',
      scale: String(x.scale ?? 5),
      image: imageOf(x.imageFileId, x.imageUrl),
      lat: x.lat?.toString() ?? '',
      lon: x.lon?.toString() ?? '',
    })),
    decide: !!p.rule,
    decisionQuestion: String(Math.max(qi, 0)),
    decisionOption: String(
      q
        ? Math.max(
            0,
            q.options.findIndex((o) => o.id === p.rule!.optionId),
          )
        : 0,
    ),
    ...(p.rule ? { numerator: String(p.rule.numerator), denominator: String(p.rule.denominator), strict: p.rule.strict } : majorityOf('gt-1-2')),
    minTurnoutCount: p.rule?.minTurnoutCount?.toString() ?? '',
    minTurnoutPercent: p.rule?.minTurnoutPermille ? String(p.rule.minTurnoutPermille / 10) : '',
  };
}

const num = (s: string) => (s.trim() === '' ? null : Number(s.trim().replace(',', '.')));
/** 12.5 (%) → 125 (per mille). */
const permille = (s: string) => {
  const n = num(s);
  return n === null ? null : Math.round(n * 10);
};

function bodyOf(f: PollForm): PollDraft {
  return {
    title: f.title,
    description: f.description,
    imageFileId: f.image[0]?.id ?? null,
    binding: f.binding,
    verifiedOnly: f.verifiedOnly,
    resultsVisibility: f.resultsVisibility,
    districtIds: f.districtIds,
    ageBands: f.ageBands,
    opensAt: instant(f.opensAt),
    closesAt: instant(f.closesAt),
    questions: f.questions.map((q) => ({
      kind: q.kind,
      text: q.text,
      required: q.required,
      options:
        q.kind === 'single' || q.kind === 'multiple' || q.kind === 'ranking'
          ? q.options
              .split('\n')
              .map((o) => o.trim())
              .filter(Boolean)
          : [],
      minChoices: q.kind === 'multiple' ? num(q.minChoices) : null,
      maxChoices: q.kind === 'multiple' ? num(q.maxChoices) : null,
      scale: q.kind === 'rating' ? (Number(q.scale) as 5 | 10) : null,
      imageFileId: q.image[0]?.id ?? null,
      lat: num(q.lat),
      lon: num(q.lon),
    })),
    decision: f.decide
      ? {
          questionIndex: Number(f.decisionQuestion),
          optionIndex: Number(f.decisionOption),
          minTurnoutCount: num(f.minTurnoutCount),
          minTurnoutPermille: permille(f.minTurnoutPercent),
          numerator: Number(f.numerator),
          denominator: Number(f.denominator),
          strict: f.strict,
        }
      : null,
  };
}

/** /admin/polls — administrators' polls: drafts to create and edit, publish, close early, export free texts. */
export function AdminPollsPage() {
  const { t } = useTranslation();
  const submission = useSubmit();
  useTitle(t('polls.admin.title'), !!submission.error);
  const list = useApiQuery('/api/admin/polls');
  return <QueryView query={list}>{({ polls }) => <AdminPolls polls={polls} submission={submission} />}</QueryView>;
}

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
  const singleQuestions = form.questions.map((q, i) => ({ q, i })).filter(({ q }) => q.kind === 'single');
  const decisionQ = form.questions[Number(form.decisionQuestion)];

  return (
    <div className="pl-admin">
      <AdminNav />
      <ErrorSummary error={error} />
      <PageHeading>{t('polls.admin.title')}</PageHeading>
      {done ? <Notice kind="success">{done}</Notice> : null}
      <table className="table pl-admin__table">
        <thead>
          <tr>
            <th scope="col">{t('polls.admin.poll')}</th>
            <th scope="col">{t('polls.admin.state')}</th>
            <th scope="col">{t('polls.results.responses')}</th>
            <th scope="col">{t('polls.admin.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {polls.map((p) => (
            <tr key={p.id}>
              <td>
                <Link to={`/polls/${p.id}`}>{p.title}</Link>
                <div className="muted">{t('polls.dates', { opens: f.dateTime(p.opensAt), closes: f.dateTime(p.closesAt) })}</div>
              </td>
              <td>{t(`polls.state.${p.state}`)}</td>
              <td>{f.number(p.responses ?? 0)}</td>
              <td className="pl-actions">
                {/* a published poll can still be corrected until it opens: nobody can have answered it yet */}
                {p.state === 'draft' || p.state === 'upcoming' ? (
                  <button type="button" className="button button--secondary button--small" disabled={busy} onClick={() => edit(p.id)}>
                    {t('polls.admin.edit')}
                  </button>
                ) : null}
                {p.state === 'draft' ? (
                  <button type="button" className="button button--small" disabled={busy} onClick={() => act(p.id, 'publish', t('polls.admin.published'))}>
                    {t('polls.admin.publish')}
                  </button>
                ) : null}
                {p.state === 'open' || p.state === 'upcoming' || p.state === 'closing' ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={busy}
                    onClick={() => act(p.id, 'close', t('polls.admin.closed'))}
                  >
                    {t('polls.admin.close')}
                  </button>
                ) : null}
                {p.state !== 'draft' ? <Link to={`/polls/${p.id}/results`}>{t('polls.resultsLink')}</Link> : null}
                <a href={`/api/admin/polls/${p.id}/texts.csv`} download>
                  {t('polls.admin.texts')}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

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
                label={b}
                checked={form.ageBands.includes(b)}
                onChange={(on) => set({ ageBands: on ? [...form.ageBands, b] : form.ageBands.filter((x) => x !== b) })}
              />
            ))}
          </div>
        </fieldset>
        <DateTimeField id="f-opens" label={t('polls.admin.opensAt')} value={form.opensAt} onChange={(v) => set({ opensAt: v })} />
        <DateTimeField id="f-closes" label={t('polls.admin.closesAt')} value={form.closesAt} onChange={(v) => set({ closesAt: v })} />

        {form.questions.map((q, i) => (
          <fieldset key={i} className="fieldset pl-admin__question">
            <legend className="field__label">{t('polls.admin.question', { n: i + 1 })}</legend>
            <SelectField
              id={`f-q${i}-kind`}
              label={t('polls.admin.kind')}
              value={q.kind}
              onChange={(v) => setQ(i, { kind: v as QuestionKind })}
              options={questionKindList.map((k) => ({ value: k, label: t(`polls.kind.${k}`) }))}
            />
            <TextField id={`f-q${i}-text`} label={t('polls.admin.questionText')} value={q.text} onChange={(v) => setQ(i, { text: v })} />
            {q.kind === 'single' || q.kind === 'multiple' || q.kind === 'ranking' ? (
              <TextArea
                id={`f-q${i}-options`}
                label={t('polls.admin.options')}
                hint={t('polls.admin.optionsHint')}
                value={q.options}
                onChange={(v) => setQ(i, { options: v })}
                rows={4}
              />
            ) : null}
            {q.kind === 'multiple' ? (
              <>
                <TextField
                  id={`f-q${i}-min`}
                  type="number"
                  label={t('polls.admin.min')}
                  value={q.minChoices}
                  onChange={(v) => setQ(i, { minChoices: v })}
                  width="short"
                />
                <TextField
                  id={`f-q${i}-max`}
                  type="number"
                  label={t('polls.admin.max')}
                  value={q.maxChoices}
                  onChange={(v) => setQ(i, { maxChoices: v })}
                  width="short"
                />
              </>
            ) : null}
            {q.kind === 'rating' ? (
              <SelectField
                id={`f-q${i}-scale`}
                label={t('polls.admin.scale')}
                value={q.scale}
                onChange={(v) => setQ(i, { scale: v })}
                options={[
                  { value: '5', label: '1–5' },
                  { value: '10', label: '1–10' },
                ]}
              />
            ) : null}
            <PhotoUpload
              id={`f-q${i}-image`}
              label={t('polls.admin.questionImage', { n: i + 1 })}
              hint={t('polls.admin.questionImageHint')}
              max={1}
              photos={q.image}
              onChange={(u) => setForm((x) => ({ ...x, questions: x.questions.map((y, k) => (k === i ? { ...y, image: u(y.image) } : y)) }))}
            />
            <fieldset className="fieldset pl-admin__place">
              <legend className="field__label">{t('polls.admin.place')}</legend>
              <p className="field__hint">{t('polls.admin.placeHint')}</p>
              <div className="pl-admin__coords">
                <TextField id={`f-q${i}-lat`} label={t('polls.admin.lat')} value={q.lat} onChange={(v) => setQ(i, { lat: v })} width="short" />
                <TextField id={`f-q${i}-lon`} label={t('polls.admin.lon')} value={q.lon} onChange={(v) => setQ(i, { lon: v })} width="short" />
              </div>
            </fieldset>
            <Checkbox id={`f-q${i}-required`} label={t('polls.admin.required')} checked={q.required} onChange={(v) => setQ(i, { required: v })} />
            {form.questions.length > 1 ? (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => set({ questions: form.questions.filter((_, k) => k !== i) })}
              >
                {t('polls.admin.removeQuestion', { n: i + 1 })}
              </button>
            ) : null}
          </fieldset>
        ))}
        <p>
          <button type="button" className="button button--secondary" onClick={() => set({ questions: [...form.questions, newQuestion()] })}>
            {t('polls.admin.addQuestion')}
          </button>
        </p>

        <fieldset className="fieldset">
          <legend className="field__label">{t('polls.admin.decision')}</legend>
          <Checkbox id="f-decide" label={t('polls.admin.decide')} checked={form.decide} onChange={(v) => set({ decide: v })} />
          {form.decide ? (
            <>
              <SelectField
                id="f-dq"
                label={t('polls.admin.decisionQuestion')}
                value={form.decisionQuestion}
                onChange={(v) => set({ decisionQuestion: v, decisionOption: '0' })}
                options={singleQuestions.map(({ q, i }) => ({ value: String(i), label: `${i + 1}. ${q.text}` }))}
              />
              <SelectField
                id="f-do"
                label={t('polls.admin.decisionOption')}
                value={form.decisionOption}
                onChange={(v) => set({ decisionOption: v })}
                options={(decisionQ?.options ?? '')
                  .split('\n')
                  .map((o) => o.trim())
                  .filter(Boolean)
                  .map((o, k) => ({ value: String(k), label: o }))}
              />
              <SelectField
                id="f-majority"
                label={t('polls.admin.majority')}
                hint={t('polls.admin.majorityHint')}
                value={presetOf(form)}
                onChange={(v) => (v === 'custom' ? document.getElementById('f-numerator')?.focus() : set(majorityOf(v as MajorityKey)))}
                options={[
                  ...majorityKeys.map((k) => ({ value: k, label: t(`polls.admin.majority.${k}`) })),
                  { value: 'custom', label: t('polls.admin.majority.custom') },
                ]}
              />
              <div className="pl-admin__coords">
                <TextField
                  id="f-numerator"
                  type="number"
                  label={t('polls.admin.numerator')}
                  value={form.numerator}
                  onChange={(v) => set({ numerator: v })}
                  width="short"
                  min="1"
                />
                <TextField
                  id="f-denominator"
                  type="number"
                  label={t('polls.admin.denominator')}
                  value={form.denominator}
                  onChange={(v) => set({ denominator: v })}
                  width="short"
                  min="2"
                />
              </div>
              <RadioGroup
                idPrefix="f-strict"
                legend={t('polls.admin.comparison')}
                value={form.strict ? 'strict' : 'at-least'}
                onChange={(v) => set({ strict: v === 'strict' })}
                options={[
                  { value: 'strict', label: t('polls.admin.strict', { fraction: `${form.numerator || '?'}/${form.denominator || '?'}` }) },
                  { value: 'at-least', label: t('polls.admin.atLeast', { fraction: `${form.numerator || '?'}/${form.denominator || '?'}` }) },
                ]}
              />
              <TextField
                id="f-turnout"
                type="number"
                label={t('polls.admin.minTurnout')}
                value={form.minTurnoutCount}
                onChange={(v) => set({ minTurnoutCount: v })}
                width="short"
              />
              <TextField
                id="f-turnout-share"
                label={t('polls.admin.minTurnoutShare')}
                hint={t('polls.admin.minTurnoutShareHint')}
                value={form.minTurnoutPercent}
                onChange={(v) => set({ minTurnoutPercent: v })}
                width="short"
              />
            </>
          ) : null}
        </fieldset>
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
function PrioritiesForm({ districts, busy, run, done }: { districts: District[]; busy: boolean; run: Submission['run']; done(message: string): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [districtId, setDistrictId] = useState('');
  const [title, setTitle] = useState('');
  const [directions, setDirections] = useState('');
  const [opensAt, setOpensAt] = useState(local(new Date().toISOString()));
  const [closesAt, setClosesAt] = useState(local(new Date(Date.now() + 30 * 86_400_000).toISOString()));
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
        <button className="button" type="submit" disabled={busy}>
          {t('polls.admin.createPriorities')}
        </button>
      </form>
    </section>
  );
}

/** A labelled date-and-time input (the browser's zone, which is the city's for staff). */
function DateTimeField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange(v: string): void }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input className="input input--medium" type="datetime-local" id={id} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
