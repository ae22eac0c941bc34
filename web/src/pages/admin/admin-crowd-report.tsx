import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { crowdLimits } from '@server/modules/crowdsourcing/domain/idea-rules.js';
import { api } from '../../api/client.js';
import { useApiQuery } from '../../api/query.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { Checkbox, TextArea } from '../../components/fields.js';
import { useErrorTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useSubmit } from '../../use-submit.js';
import { at, type ProjectView } from '../crowdsourcing/crowd-bits.js';

/** The implementation report: what was done, and which shortlisted ideas were accepted, with a note each. */
export function ReportForm({ p, onDone }: { p: ProjectView; onDone(): void }) {
  const { t } = useTranslation();
  const shortlist = useApiQuery('/api/crowdsourcing/projects/{number}/ideas', {
    path: { number: p.number },
    query: { status: 'shortlisted', sort: p.pollClosed ? 'votes' : 'rating' },
  });
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<Record<number, string>>({});
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  const send = submit(() => {
    const accepted = Object.entries(chosen).map(([n, note]) => ({ ideaNumber: Number(n), note: note.trim() }));
    return api.POST('/api/admin/crowdsourcing/projects/{number}/report', { ...at(p), body: { text: text.trim(), accepted } });
  }, onDone);
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
          {fieldMessage(error, 'accepted') ? <p className="field__error">{fieldMessage(error, 'accepted')}</p> : null}
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
                          maxLength={crowdLimits.reportNote.max}
                        />
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
