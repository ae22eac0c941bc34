import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { initiativeScopes, initiativeTypes } from '@server/modules/initiatives/domain/lifecycle.js';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import { ErrorSummary } from '../../components/errors.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit, type Submission } from '../../use-submit.js';
import { InitiativeStatusTag, type InitiativeRule } from '../initiatives/initiative-bits.js';
import '../initiatives/initiatives.css';
import { AdminNav } from './admin-nav.js';

const figures = ['minCoinitiators', 'supportThreshold', 'supportDays', 'answerWorkingDays'] as const;
type Figure = (typeof figures)[number];
type RuleForm = Record<string, Record<Figure, string>>;

const keyOf = (r: Pick<InitiativeRule, 'type' | 'scope'>) => `${r.type}-${r.scope}`;
const inputId = (key: string, figure: Figure) => `r-${key}-${figure}`;
/** Every type × scope the city may set, in a fixed order. */
const combos = initiativeTypes.flatMap((type) => initiativeScopes.map((scope) => ({ type, scope })));

function formOf(rules: InitiativeRule[]): RuleForm {
  const form: RuleForm = {};
  for (const c of combos) {
    const r = rules.find((x) => x.type === c.type && x.scope === c.scope);
    form[keyOf(c)] = {
      minCoinitiators: String(r?.minCoinitiators ?? ''),
      supportThreshold: String(r?.supportThreshold ?? ''),
      supportDays: String(r?.supportDays ?? ''),
      answerWorkingDays: String(r?.answerWorkingDays ?? ''),
    };
  }
  return form;
}

/** The request's rules; a figure that is not a whole number goes as typed (NaN → null) for the server to refuse. */
function rulesOf(form: RuleForm): InitiativeRule[] {
  const num = (s: string) => (/^\s*\d+\s*$/.test(s) ? Number(s) : (null as unknown as number));
  return combos.map((c) => {
    const v = form[keyOf(c)]!;
    return {
      ...c,
      minCoinitiators: num(v.minCoinitiators),
      supportThreshold: num(v.supportThreshold),
      supportDays: num(v.supportDays),
      answerWorkingDays: num(v.answerWorkingDays),
    };
  });
}

/** Initiatives that wait on the city in one status: overdue answers, or those under screening. */
function Waiting({ title, status, empty }: { title: string; status: 'overdue' | 'screening'; empty: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const list = useApiQuery('/api/initiatives', { query: { status } });
  return (
    <section className="in-section" aria-label={title}>
      <h2>{title}</h2>
      <QueryView query={list}>
        {({ items }) =>
          items.length ? (
            <ul className="in-admin-list">
              {items.map((i) => (
                <li key={i.number}>
                  <Link to={`/initiatives/${i.number}`}>
                    {t('common.number', { number: i.number })}. {i.title}
                  </Link>{' '}
                  <InitiativeStatusTag i={i} />{' '}
                  <span className="muted">{i.answerDueAt ? f.dueDate(i.answerDueAt) : i.submittedAt ? f.date(i.submittedAt) : ''}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{empty}</p>
          )
        }
      </QueryView>
    </section>
  );
}

/** /admin/initiatives — the thresholds per type and scope (audited), and the initiatives waiting on the city. */
export function AdminInitiativesPage() {
  const { t } = useTranslation();
  const rules = useApiQuery('/api/initiatives/rules', undefined, { select: (r) => r.rules });
  const submission = useSubmit();
  const [saved, setSaved] = useState(false);
  useTitle(t('initiatives.admin.title'), !!submission.error);
  return (
    <div className="in-admin">
      <AdminNav />
      <ErrorSummary error={submission.error} targets={ruleTargets} />
      <PageHeading>{t('initiatives.admin.title')}</PageHeading>
      <p className="lead">{t('initiatives.admin.lead')}</p>
      {saved ? <Notice kind="success" title={t('initiatives.admin.saved')} /> : null}
      <Waiting title={t('initiatives.admin.overdue')} status="overdue" empty={t('initiatives.admin.noneOverdue')} />
      <Waiting title={t('initiatives.admin.screening')} status="screening" empty={t('initiatives.admin.noneScreening')} />
      <section className="in-section" aria-labelledby="rules-title">
        <h2 id="rules-title">{t('initiatives.admin.rules')}</h2>
        <p>{t('initiatives.admin.rulesLead')}</p>
        <QueryView query={rules}>
          {(r) => <RulesForm rules={r} submission={submission} onEdit={() => setSaved(false)} onSaved={() => setSaved(true)} />}
        </QueryView>
      </section>
    </div>
  );
}

// the server names a bad figure `rules.<index>.<figure>`
const ruleTargets: Record<string, string> = Object.fromEntries(combos.flatMap((c, k) => figures.map((fig) => [`rules.${k}.${fig}`, inputId(keyOf(c), fig)])));

/** The thresholds as a table of inputs, one row per type and scope. */
function RulesForm({ rules, submission, onEdit, onSaved }: { rules: InitiativeRule[]; submission: Submission; onEdit(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<RuleForm>(() => formOf(rules));
  const { busy, error, submit } = submission;
  const set = (key: string, figure: Figure, v: string) => {
    onEdit();
    setForm({ ...form, [key]: { ...form[key]!, [figure]: v } });
  };
  const fieldError = (k: number, fig: Figure) => error?.fields[`rules.${k}.${fig}`];
  const save = submit(
    () => api.PUT('/api/admin/initiatives/rules', { body: { rules: rulesOf(form) } }),
    (next) => {
      setForm(formOf(next.rules));
      onSaved();
      void invalidate('/api/initiatives/rules');
    },
  );
  return (
    <form onSubmit={save} noValidate>
      <div className="table-wrap">
        <table className="table in-rules-table">
          <caption className="visually-hidden">{t('initiatives.admin.rules')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('initiatives.admin.typeScope')}</th>
              {figures.map((fig) => (
                <th scope="col" key={fig}>
                  {t(`initiatives.admin.figure.${fig}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {combos.map((c, k) => {
              const key = keyOf(c);
              const name = `${t(`initiatives.type.${c.type}`)}, ${t(`initiatives.scope.${c.scope}`).toLowerCase()}`;
              return (
                <tr key={key}>
                  <th scope="row">{name}</th>
                  {figures.map((fig) => {
                    const err = fieldError(k, fig);
                    return (
                      <td key={fig} className={err ? 'field--error' : undefined}>
                        <label className="visually-hidden" htmlFor={inputId(key, fig)}>
                          {`${name}: ${t(`initiatives.admin.figure.${fig}`)}`}
                        </label>
                        {err ? (
                          <p className="field__error" id={`${inputId(key, fig)}-error`}>
                            {err}
                          </p>
                        ) : null}
                        <input
                          className="input in-rules-table__input"
                          id={inputId(key, fig)}
                          inputMode="numeric"
                          value={form[key]![fig]}
                          aria-invalid={err ? true : undefined}
                          aria-describedby={err ? `${inputId(key, fig)}-error` : undefined}
                          onChange={(e) => set(key, fig, e.target.value)}
                        />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted">{t('initiatives.admin.copyNote')}</p>
      <button type="submit" className="button" disabled={busy}>
        {t('initiatives.admin.save')}
      </button>
    </form>
  );
}
