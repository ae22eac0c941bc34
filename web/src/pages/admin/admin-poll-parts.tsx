import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { questionKindList, type QuestionKind } from '@server/modules/polls/domain/answers.js';
import { Checkbox, RadioGroup, SelectField, TextArea, TextField } from '../../components/fields.js';
import { PhotoUpload, type AttachedPhoto } from '../../components/photo-upload.js';
import { useFormat } from '../../format.js';
import { majorityKeys, majorityOf, presetOf, type MajorityKey, type PollForm, type PollSummary, type QuestionForm } from './admin-poll-form.js';

/** The polls with what can be done to each now: edit until it opens, publish a draft, close early, results, free texts. */
export function PollsTable({
  polls,
  busy,
  edit,
  act,
}: {
  polls: PollSummary[];
  busy: boolean;
  edit(id: string): void;
  act(id: string, action: 'publish' | 'close', message: string): void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    // wider than a phone: the table scrolls in its own box, not the page
    <div className="table-wrap">
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
    </div>
  );
}

/** One question of the form: its kind, text, options or scale, image, place, whether it must be answered. */
export function QuestionFields({
  q,
  i,
  count,
  setQ,
  setImage,
  remove,
}: {
  q: QuestionForm;
  i: number;
  count: number;
  setQ(i: number, p: Partial<QuestionForm>): void;
  setImage(u: (photos: AttachedPhoto[]) => AttachedPhoto[]): void;
  remove(): void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset pl-admin__question">
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
        onChange={setImage}
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
      {count > 1 ? (
        <button type="button" className="button button--secondary button--small" onClick={remove}>
          {t('polls.admin.removeQuestion', { n: i + 1 })}
        </button>
      ) : null}
    </fieldset>
  );
}

/** Whether the poll decides something: the question and option, the majority, the turnout it needs. */
export function DecisionFields({ form, set }: { form: PollForm; set(p: Partial<PollForm>): void }) {
  const { t } = useTranslation();
  const singleQuestions = form.questions.map((q, i) => ({ q, i })).filter(({ q }) => q.kind === 'single');
  const decisionQ = form.questions[Number(form.decisionQuestion)];
  return (
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
  );
}

/** A labelled date-and-time input, read on the city's clock by the form (admin-poll-form.ts: local, instant). */
export function DateTimeField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange(v: string): void }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input className="input input--medium" type="datetime-local" id={id} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
