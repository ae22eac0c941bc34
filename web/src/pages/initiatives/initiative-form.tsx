import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { initiativeLimits as limits } from '@server/modules/initiatives/domain/initiative-input.js';
import { initiativeScopes, initiativeTypes, type InitiativeScope, type InitiativeType } from '@server/modules/initiatives/domain/lifecycle.js';
import { api } from '../../api/client.js';
import { useDistricts } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { RadioGroup, SelectField, TextArea, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { useDistrictName } from '../../components/person.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useDraft } from '../../use-draft.js';
import { useSubmit } from '../../use-submit.js';
import { RuleFacts, ruleOf, type InitiativeView } from './initiative-bits.js';
import './initiatives.css';

/** What the author types: the body of POST and PUT /api/initiatives. */
type InitiativeInput = Schema<'InitiativeDraftInput'>;

const targets = {
  type: 'f-type-improvement',
  scope: 'f-scope-city',
  districtId: 'f-district',
  title: 'f-title',
  text: 'f-text',
  ask: 'f-ask',
  addressee: 'f-addressee',
};
// a refusal about the district (not a field error) is shown beside the district
const codeFields = {
  initiative_district_required: 'districtId',
  initiative_unknown_district: 'districtId',
  initiative_not_in_district: 'districtId',
  initiative_district_unknown: 'districtId',
  initiative_city_no_district: 'districtId',
};

/** The draft's fields and, beside the type and scope, what the city's rule for them asks. */
function InitiativeFields({
  draft,
  setDraft,
  clearDraft,
  number,
  onSaved,
}: {
  draft: InitiativeInput;
  setDraft(update: (d: InitiativeInput) => InitiativeInput): void;
  clearDraft(): void;
  number: number | null;
  onSaved(number: number): void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const rules = useApiQuery('/api/initiatives/rules', undefined, { select: (r) => r.rules });
  const districts = useDistricts();
  const { busy, error, submit } = useSubmit();
  useTitle(number === null ? t('initiatives.form.newTitle') : t('initiatives.form.editTitle', { number }), !!error);
  const set =
    <K extends keyof InitiativeInput>(k: K) =>
    (v: InitiativeInput[K]) =>
      setDraft((d) => ({ ...d, [k]: v }));
  const rule = ruleOf(rules.data, draft.type, draft.scope);
  const districtOptions = [...(districts.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b))).map((d) => ({ value: d.id, label: f.name(d) }));

  const body = (): InitiativeInput => ({ ...draft, districtId: draft.scope === 'district' ? draft.districtId || null : null });
  const send = submit(
    async () =>
      number === null
        ? (await api.POST('/api/initiatives', { body: body() })).number
        : (await api.PUT('/api/initiatives/{number}', { params: { path: { number } }, body: body() }), number),
    (n) => {
      if (number === null) clearDraft();
      void invalidate('/api/initiatives', '/api/initiatives/{number}');
      onSaved(n);
    },
    { leaving: true },
  );

  return (
    <>
      <ErrorSummary error={error} targets={targets} codeFields={codeFields} />
      <form onSubmit={send} noValidate className="in-form">
        <RadioGroup
          idPrefix="f-type"
          legend={t('initiatives.form.type')}
          error={fieldMessage(error, 'type')}
          value={draft.type}
          onChange={(v) => set('type')(v as InitiativeType)}
          options={initiativeTypes.map((k) => ({ value: k, label: t(`initiatives.type.${k}`) }))}
        />
        <RadioGroup
          idPrefix="f-scope"
          legend={t('initiatives.form.scope')}
          hint={t('initiatives.form.scopeHint')}
          error={fieldMessage(error, 'scope')}
          value={draft.scope}
          onChange={(v) => set('scope')(v as InitiativeScope)}
          options={initiativeScopes.map((k) => ({ value: k, label: t(`initiatives.scope.${k}`) }))}
        />
        {draft.scope === 'district' ? (
          <SelectField
            id="f-district"
            label={t('field.district')}
            hint={t('initiatives.form.districtHint')}
            error={fieldMessage(error, 'districtId', codeFields)}
            value={draft.districtId ?? ''}
            onChange={(v) => set('districtId')(v || null)}
            options={[{ value: '', label: t('initiatives.form.chooseDistrict') }, ...districtOptions]}
          />
        ) : null}
        <section className="in-rule-box" aria-labelledby="rule-title" aria-live="polite">
          <h2 id="rule-title" className="in-rule-box__title">
            {draft.scope === 'district' && draft.districtId
              ? t('initiatives.form.ruleTitleDistrict', { type: t(`initiatives.type.${draft.type}`), district: districtName(draft.districtId) })
              : t(`initiatives.form.ruleTitle.${draft.scope}`, { type: t(`initiatives.type.${draft.type}`) })}
          </h2>
          <QueryView query={rules}>{() => (rule ? <RuleFacts rule={rule} /> : <p>{t('initiatives.form.noRule')}</p>)}</QueryView>
        </section>
        <TextField
          id="f-title"
          label={t('initiatives.form.title')}
          hint={t('initiatives.form.titleHint')}
          value={draft.title}
          onChange={set('title')}
          maxLength={limits.title.max}
          error={fieldMessage(error, 'title')}
        />
        <TextArea
          id="f-text"
          label={t('initiatives.form.text')}
          hint={t('initiatives.form.textHint')}
          value={draft.text}
          onChange={set('text')}
          rows={8}
          maxLength={limits.text.max}
          error={fieldMessage(error, 'text')}
        />
        <TextArea
          id="f-ask"
          label={t('initiatives.form.ask')}
          hint={t('initiatives.form.askHint')}
          value={draft.ask}
          onChange={set('ask')}
          rows={4}
          maxLength={limits.ask.max}
          error={fieldMessage(error, 'ask')}
        />
        <TextField
          id="f-addressee"
          label={t('initiatives.form.addressee')}
          hint={t('initiatives.form.addresseeHint')}
          value={draft.addressee}
          onChange={set('addressee')}
          maxLength={limits.addressee.max}
          error={fieldMessage(error, 'addressee')}
        />
        <p>{t('initiatives.form.afterSave')}</p>
        <button className="button" type="submit" disabled={busy}>
          {number === null ? t('initiatives.form.create') : t('initiatives.form.save')}
        </button>
      </form>
    </>
  );
}

/** A new draft: what was typed survives a reload or a trip to sign in, until it is saved. */
function NewInitiativeFields({ initial, onSaved }: { initial: InitiativeInput; onSaved(number: number): void }) {
  const [draft, setDraft, clearDraft] = useDraft<InitiativeInput>('gorod.draft.initiative', initial);
  return <InitiativeFields draft={draft} setDraft={setDraft} clearDraft={clearDraft} number={null} onSaved={onSaved} />;
}

/** Editing a saved draft starts from what the server holds. */
function EditInitiativeFields({ initial, number, onSaved }: { initial: InitiativeInput; number: number; onSaved(number: number): void }) {
  const [draft, setDraft] = useState(initial);
  return <InitiativeFields draft={draft} setDraft={setDraft} clearDraft={() => undefined} number={number} onSaved={onSaved} />;
}

/** The saved draft as the form's starting point. */
const inputOf = (i: InitiativeView): InitiativeInput => ({
  type: i.type,
  scope: i.scope,
  districtId: i.districtId,
  title: i.title,
  text: i.text,
  ask: i.ask,
  addressee: i.addressee,
});

/**
 * /initiatives/new and /initiatives/:number/edit — the draft: type, city or district, title, reasoning,
 * what is asked of whom; beside them the thresholds of the chosen type and scope. Saving keeps it a draft
 * for co-initiators to join; it goes to the experts only when the author submits it.
 */
export function InitiativeFormPage() {
  const { number } = useParams();
  return number === undefined ? <NewInitiativePage /> : <EditInitiativePage number={Number(number)} />;
}

/** The page around the form: the way back, the heading, and a word to those not verified yet. */
function FormLayout({ existing, children }: { existing?: InitiativeView; children: ReactNode }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const heading = existing ? t('initiatives.form.editTitle', { number: existing.number }) : t('initiatives.form.newTitle');
  return (
    <div className="narrow in">
      <p>
        <Link className="back-link" to={existing ? `/initiatives/${existing.number}` : '/initiatives'}>
          {existing ? `${t('common.number', { number: existing.number })}. ${existing.title}` : t('initiatives.title')}
        </Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      {!existing ? <p className="lead">{t('initiatives.form.lead')}</p> : null}
      {me && me.verification !== 'verified' ? (
        <Notice kind="warning" title={t('initiatives.form.notVerified')}>
          <p>
            <Link to="/profile/verification">{t('initiatives.verifyLink')}</Link>
          </p>
        </Notice>
      ) : null}
      {children}
    </div>
  );
}

function NewInitiativePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  useTitle(t('initiatives.form.newTitle'));
  return (
    <FormLayout>
      <NewInitiativeFields
        initial={{
          type: 'improvement',
          scope: me?.districtId ? 'district' : 'city',
          districtId: me?.districtId ?? null,
          title: '',
          text: '',
          ask: '',
          addressee: '',
        }}
        onSaved={(n) => void navigate(`/initiatives/${n}`)}
      />
    </FormLayout>
  );
}

function EditInitiativePage({ number }: { number: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const loaded = useApiQuery('/api/initiatives/{number}', { path: { number } });
  useTitle(t('initiatives.form.editTitle', { number }));
  return (
    <QueryView query={loaded}>
      {(existing) => (
        <FormLayout existing={existing}>
          {existing.me.can.edit ? (
            <EditInitiativeFields
              key={existing.number}
              initial={inputOf(existing)}
              number={existing.number}
              onSaved={(n) => void navigate(`/initiatives/${n}`)}
            />
          ) : (
            <Notice kind="info" title={t('initiatives.form.cannotEdit')} />
          )}
        </FormLayout>
      )}
    </QueryView>
  );
}
