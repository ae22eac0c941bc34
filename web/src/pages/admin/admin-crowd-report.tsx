import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { crowdLimits } from '@server/modules/crowdsourcing/domain/idea-rules.js';
import { api } from '../../api/client.js';
import { useApiQuery } from '../../api/query.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { useWorkingDepartments } from '../../api/lists.js';
import { Checkbox, SelectField, TextArea, TextField } from '../../components/fields.js';
import { useErrorTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { at, type ProjectView } from '../crowdsourcing/crowd-bits.js';

/** What the report says of one accepted idea: what was done, and — it is the city's commitment — who delivers it by when. */
interface Acceptance {
  note: string;
  departmentId: string;
  dueOn: string;
}

/**
 * The implementation report: what was done, and which shortlisted ideas were accepted, each with a note, the department
 * that delivers it and its due day (each accepted idea becomes a commitment in the ledger).
 */
export function ReportForm({ p, onDone }: { p: ProjectView; onDone(): void }) {
  const { t } = useTranslation();
  const shortlist = useApiQuery('/api/crowdsourcing/projects/{number}/ideas', {
    path: { number: p.number },
    query: { status: 'shortlisted', sort: p.pollClosed ? 'votes' : 'rating' },
  });
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<Record<number, Acceptance>>({});
  const departments = useWorkingDepartments();
  const f = useFormat();
  const departmentOptions = [
    { value: '', label: t('crowd.admin.chooseDepartment') },
    ...(departments.data ?? []).map((d) => ({ value: d.id, label: f.name(d) })).sort((a, b) => f.collator.compare(a.label, b.label)),
  ];
  // the sent list follows the chosen ideas' numbers (integer keys iterate in ascending order): its index names the fields
  const order = (n: number) => Object.keys(chosen).map(Number).indexOf(n);
  const edit = (n: number, change: Partial<Acceptance>) => setChosen((c) => ({ ...c, [n]: { ...c[n]!, ...change } }));
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  const send = submit(() => {
    const accepted = Object.entries(chosen).map(([n, a]) => ({
      ideaNumber: Number(n),
      note: a.note.trim(),
      ...(a.departmentId ? { departmentId: a.departmentId } : {}),
      ...(a.dueOn ? { dueOn: a.dueOn } : {}),
    }));
    return api.POST('/api/admin/crowdsourcing/projects/{number}/report', { ...at(p), body: { text: text.trim(), accepted } });
  }, onDone);
  return (
    <section aria-labelledby="cs-report-form" className="cs-panel">
      <h2 id="cs-report-form">{t('crowd.admin.reportTitle')}</h2>
      <p className="muted">{t('crowd.admin.reportLead')}</p>
      <ErrorSummary
        error={error}
        targets={{
          text: 'f-report',
          accepted: 'f-accepted',
          ...Object.fromEntries(
            Object.keys(chosen).flatMap((n, k) => [
              [`accepted.${k}.departmentId`, `f-department-${n}`],
              [`accepted.${k}.dueOn`, `f-due-${n}`],
            ]),
          ),
        }}
        codeFields={{ crowd_report_not_shortlisted: 'accepted', crowd_report_idea_twice: 'accepted' }}
        id="report-errors"
      />
      <form onSubmit={send} noValidate className="cs-form">
        <TextArea
          id="f-report"
          label={t('crowd.admin.reportText')}
          hint={t('crowd.admin.reportTextHint')}
          value={text}
          onChange={setText}
          rows={8}
          maxLength={crowdLimits.reportText.max}
          error={fieldMessage(error, 'text')}
        />
        <fieldset className="fieldset" id="f-accepted" tabIndex={-1}>
          <legend className="field__label">{t('crowd.admin.acceptedLegend')}</legend>
          <p className="field__hint">{t('crowd.admin.acceptedHint')}</p>
          {/* an accepted idea's own field (its department, its due day) is marked at that field, not here */}
          {fieldMessage(error, 'accepted') && !Object.keys(error?.fields ?? {}).some((k) => /^accepted\.\d+\./.test(k)) ? (
            <p className="field__error">{fieldMessage(error, 'accepted')}</p>
          ) : null}
          <QueryView query={shortlist}>
            {({ items }) =>
              items.length ? (
                items.map((i) => {
                  const on = i.number in chosen;
                  return (
                    <div key={i.number} className="cs-accept">
                      <Checkbox
                        id={`f-accept-${i.number}`}
                        label={`${t('common.number', { number: i.number })}. ${i.title}${i.votes !== null ? ` — ${t('crowd.votes', { count: i.votes })}` : ''}`}
                        checked={on}
                        onChange={(v) =>
                          setChosen((c) => {
                            const next = { ...c };
                            if (v) next[i.number] = { note: '', departmentId: '', dueOn: '' };
                            else delete next[i.number];
                            return next;
                          })
                        }
                      />
                      {on ? (
                        <>
                          <TextArea
                            id={`f-note-${i.number}`}
                            label={t('crowd.admin.note', { number: i.number })}
                            hint={t('crowd.admin.noteHint')}
                            value={chosen[i.number]?.note ?? ''}
                            onChange={(v) => edit(i.number, { note: v })}
                            rows={3}
                            maxLength={crowdLimits.reportNote.max}
                          />
                          <SelectField
                            id={`f-department-${i.number}`}
                            label={t('crowd.admin.department', { number: i.number })}
                            hint={t('crowd.admin.departmentHint')}
                            value={chosen[i.number]?.departmentId ?? ''}
                            onChange={(v) => edit(i.number, { departmentId: v })}
                            error={fieldMessage(error, `accepted.${order(i.number)}.departmentId`)}
                            options={departmentOptions}
                          />
                          <TextField
                            id={`f-due-${i.number}`}
                            type="date"
                            width="medium"
                            label={t('crowd.admin.dueOn', { number: i.number })}
                            value={chosen[i.number]?.dueOn ?? ''}
                            onChange={(v) => edit(i.number, { dueOn: v })}
                            error={fieldMessage(error, `accepted.${order(i.number)}.dueOn`)}
                          />
                        </>
                      ) : null}
                    </div>
                  );
                })
              ) : (
                <p>{t('crowd.admin.noShortlist')}</p>
              )
            }
          </QueryView>
        </fieldset>
        <button type="submit" className="button" disabled={busy}>
          {t('crowd.admin.publishReport')}
        </button>
      </form>
    </section>
  );
}
