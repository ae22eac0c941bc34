import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { BarChart } from '../../components/bar-chart.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { RepresentativenessPanel } from '../../components/representativeness-panel.js';
import { useFormat } from '../../format.js';
import { PollDates, PollTags } from './poll-bits.js';

type PollQuestion = Schema<'PollQuestion'>;
type QuestionResult = Schema<'PollResults'>['questions'][number];

/** /polls/:id/results — turnout, the decision in a sentence, each question as a chart with its table, per district. */
export function PollResultsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const view = useApiQuery('/api/polls/{id}/results', { path: { id } });
  const title = view.data ? `${t('polls.results.title')}: ${view.data.poll.title}` : t('polls.results.title');
  useTitle(title);
  return <QueryView query={view}>{(v) => <PollResults id={id} v={v} />}</QueryView>;
}

function PollResults({ id, v }: { id: string; v: Schema<'PollResultsView'> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const r = v.results;
  const pct = (part: number, whole: number) => (whole ? `${f.number(Math.round((1000 * part) / whole) / 10)} %` : '0 %');

  return (
    <div className="pl">
      <p>
        <Link className="back-link" to="/polls">
          {t('polls.back')}
        </Link>
      </p>
      <PageHeading>{`${t('polls.results.title')}: ${v.poll.title}`}</PageHeading>
      <PollTags poll={v.poll} />
      <PollDates poll={v.poll} />
      {!v.final ? <Notice>{t('polls.results.live', { date: f.dateTime(r.computedAt) })}</Notice> : null}
      {r.decision ? (
        <Notice kind={r.decision.passed ? 'success' : 'warning'} title={r.decision.passed ? t('polls.results.passed') : t('polls.results.notPassed')}>
          <p data-testid="poll-decision">{r.decision.sentence}</p>
        </Notice>
      ) : null}
      <p className="lead" data-testid="poll-turnout">
        {t('polls.results.turnout', { count: r.responses })}
        {r.eligible
          ? ` ${t('polls.results.share', { share: f.number((r.turnoutPermille ?? 0) / 10), count: r.eligible, eligible: f.number(r.eligible) })}`
          : ''}
      </p>
      {v.poll.questions.map((q) => {
        const qr = r.questions.find((x) => x.questionId === q.id);
        return qr ? <QuestionResults key={q.id} q={q} r={qr} pct={pct} /> : null;
      })}
      <RepresentativenessPanel kind="poll" id={id} who="respondents" />
      {v.final ? (
        <p>
          <a href={`/api/polls/${id}/responses.json`} download>
            {t('polls.results.download')}
          </a>{' '}
          · <Link to="/polls/receipt">{t('polls.receipt.link')}</Link>
        </p>
      ) : null}
    </div>
  );
}

function QuestionResults({ q, r, pct }: { q: PollQuestion; r: QuestionResult; pct(part: number, whole: number): string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const label = (oid: string) => q.options.find((o) => o.id === oid)?.text ?? '';
  const title = `${q.position}. ${q.text}`;
  return (
    <section className="pl-result" aria-labelledby={`pl-r-${q.id}`}>
      <h2 id={`pl-r-${q.id}`}>{title}</h2>
      <p className="muted">{t('polls.results.answered', { count: r.answered })}</p>
      {q.kind === 'single' || q.kind === 'multiple' ? (
        <BarChart
          bars={r.options.map((o) => ({
            key: o.optionId,
            label: label(o.optionId),
            value: o.count,
            text: `${f.number(o.count)} (${pct(o.count, r.answered)})`,
          }))}
        />
      ) : null}
      {q.kind === 'ranking' ? (
        <>
          <BarChart
            title={t('polls.results.borda')}
            bars={[...r.options]
              .sort((a, b) => (b.borda ?? 0) - (a.borda ?? 0))
              .map((o) => ({ key: o.optionId, label: label(o.optionId), value: o.borda ?? 0, text: f.number(o.borda ?? 0) }))}
          />
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('polls.results.option')}</th>
                <th scope="col">{t('polls.results.borda')}</th>
                <th scope="col">{t('polls.results.firstPlaces')}</th>
              </tr>
            </thead>
            <tbody>
              {r.options.map((o) => (
                <tr key={o.optionId}>
                  <td>{label(o.optionId)}</td>
                  <td>{f.number(o.borda ?? 0)}</td>
                  <td>{f.number(o.firstPlaces ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {q.kind === 'rating' && r.distribution ? (
        <>
          <BarChart bars={r.distribution.map((c, i) => ({ key: String(i + 1), label: String(i + 1), value: c, text: f.number(c) }))} />
          {r.mean ? <p>{t('polls.results.mean', { mean: r.mean.decimal, fraction: r.mean.fraction })}</p> : null}
        </>
      ) : null}
      {q.kind === 'text' ? <p>{t('polls.results.texts')}</p> : null}
    </section>
  );
}
