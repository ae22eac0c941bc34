import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isCityAdministrator } from '../roles.js';
import { api, ApiError } from '../api/client.js';
import { useDistrictName } from '../api/lists.js';
import { invalidate, useApiQuery } from '../api/query.js';
import type { Schema } from '../api/types.js';
import { BarChart } from '../components/bar-chart.js';
import { ErrorSummary } from '../components/errors.js';
import { SelectField } from '../components/fields.js';
import { Notice } from '../components/notice.js';
import { PageHeading, useErrorTitle, useTitle } from '../components/page.js';
import { QueryView } from '../components/query-view.js';
import { useFormat } from '../format.js';
import { useSession } from '../session.js';
import { useSubmit } from '../use-submit.js';
import { PlannedExecutedBars, Treemap } from './city-budget-charts.js';

type CityBudget = Schema<'CityBudget'>;
/** Planned and executed money, as every line of the budget has them. */
type Amounts = Pick<CityBudget['revenue'], 'planned' | 'executed'>;

/** Exact decimal strings become numbers only for pictures and rounded display. */
const num = (s: string) => Number(s);
const executedShare = (a: Amounts) => (num(a.planned) > 0 ? Math.round((100 * num(a.executed)) / num(a.planned)) : 0);

/** /city-budget: the city's budget for residents — a treemap, planned-vs-spent bars, districts, programmes, plain words. */
export function CityBudgetPage() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  const districtName = useDistrictName();
  useTitle(t('cityBudget.title'));
  const [params, setParams] = useSearchParams();
  const years = useApiQuery('/api/city-budget');
  const chosen = params.get('year') ?? (years.data?.items[0] ? String(years.data.items[0].year) : null);
  const budget = useApiQuery('/api/city-budget/{year}', chosen ? { path: { year: Number(chosen) } } : null);
  const [open, setOpen] = useState<string | null>(null);

  const en = i18n.language === 'en';
  const name = (n: { nameRu: string; nameEn: string | null }) => (en && n.nameEn ? n.nameEn : n.nameRu);
  const explanation = (n: { explanationRu: string | null; explanationEn: string | null }) => (en ? (n.explanationEn ?? n.explanationRu) : n.explanationRu);
  // the city's budget is kept in roubles; figures per resident are shown to the whole rouble
  const compact = (s: string) => f.money(s, 'RUB', { compact: true });
  const roubles = (s: string) => f.money(Math.round(num(s)), 'RUB');

  const pick = (key: string) => {
    setOpen(key);
    requestAnimationFrame(() => document.getElementById(`section-${key}`)?.scrollIntoView({ block: 'start' }));
  };

  return (
    <>
      <PageHeading>{t('cityBudget.title')}</PageHeading>
      <p className="lead">{t('cityBudget.lead')}</p>
      <QueryView query={years}>{(y) => (y.items.length ? null : <p className="muted">{t('cityBudget.none')}</p>)}</QueryView>
      {years.data && years.data.items.length > 1 ? (
        <form
          className="wk-filters"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
          }}
        >
          <SelectField
            id="cb-year"
            label={t('cityBudget.year')}
            value={chosen ?? ''}
            onChange={(year) => setParams(new URLSearchParams({ year }))}
            options={years.data.items.map((y) => ({ value: String(y.year), label: String(y.year) }))}
          />
        </form>
      ) : null}
      {chosen ? (
        <QueryView query={budget}>
          {(b) => (
            <>
              <h2 className="cb-year-title">{b.title}</h2>
              {b.illustrative ? (
                <Notice kind="warning" title={t('cityBudget.illustrativeTitle')}>
                  {t('cityBudget.illustrative')}
                </Notice>
              ) : null}
              <dl className="cb-totals">
                <div className="cb-totals__item">
                  <dt>{t('cityBudget.revenue')}</dt>
                  <dd>
                    <span className="cb-totals__value">{compact(b.revenue.planned)}</span>
                    <span className="muted">{t('cityBudget.perResident', { amount: roubles(b.revenue.plannedPerResident) })}</span>
                  </dd>
                </div>
                <div className="cb-totals__item">
                  <dt>{t('cityBudget.expenditure')}</dt>
                  <dd>
                    <span className="cb-totals__value">{compact(b.expenditure.planned)}</span>
                    <span className="muted">{t('cityBudget.perResident', { amount: roubles(b.expenditure.plannedPerResident) })}</span>
                  </dd>
                </div>
                <div className="cb-totals__item">
                  <dt>{num(b.balancePlanned) < 0 ? t('cityBudget.deficit') : t('cityBudget.surplus')}</dt>
                  <dd>
                    <span className="cb-totals__value">{compact(String(Math.abs(num(b.balancePlanned))))}</span>
                    <span className="muted">
                      {num(b.balancePlanned) < 0
                        ? t('cityBudget.deficitExplain', { amount: compact(String(-num(b.balancePlanned))) })
                        : t('cityBudget.surplusExplain', { amount: compact(b.balancePlanned) })}
                    </span>
                  </dd>
                </div>
              </dl>
              <p>
                {t('cityBudget.perResidentLead', {
                  population: f.number(b.population),
                  year: roubles(b.expenditure.plannedPerResident),
                  month: roubles(String(num(b.expenditure.plannedPerResident) / 12)),
                })}
              </p>

              <section className="section" aria-labelledby="cb-treemap">
                <h2 id="cb-treemap">{t('cityBudget.treemapTitle')}</h2>
                <p>{t('cityBudget.treemapLead')}</p>
                <Treemap
                  title={b.title}
                  items={b.sections.map((s) => ({ key: s.code, label: name(s), value: num(s.planned), text: compact(s.planned) }))}
                  onPick={pick}
                />
              </section>

              <section className="section" aria-labelledby="cb-sections">
                <h2 id="cb-sections">{t('cityBudget.sectionsTitle')}</h2>
                <ul className="cb-sections">
                  {b.sections.map((s) => (
                    <li key={s.code} id={`section-${s.code}`} className="cb-section">
                      <details open={open === s.code} onToggle={(e) => (e.currentTarget.open ? setOpen(s.code) : open === s.code && setOpen(null))}>
                        <summary>
                          <span className="cb-section__name">{name(s)}</span> <span className="cb-section__amount">{compact(s.planned)}</span>{' '}
                          <span className="muted">
                            {t('cityBudget.share', { share: f.number((100 * num(s.planned)) / num(b.expenditure.planned), { maximumFractionDigits: 1 }) })} ·{' '}
                            {t('cityBudget.perResident', { amount: roubles(s.plannedPerResident) })}
                          </span>
                        </summary>
                        {explanation(s) ? <p>{explanation(s)}</p> : null}
                        <AmountsTable
                          title={name(s)}
                          rows={s.items.map((i) => ({ key: `${i.code}-${i.nameRu}`, label: `${i.code} ${name(i)}`, note: explanation(i), ...i }))}
                          roubles={roubles}
                        />
                      </details>
                    </li>
                  ))}
                </ul>
              </section>

              <section className="section" aria-labelledby="cb-bars">
                <h2 id="cb-bars">{t('cityBudget.barsTitle')}</h2>
                <p>{t('cityBudget.barsLead')}</p>
                <PlannedExecutedBars
                  title={t('cityBudget.expenditure')}
                  bars={b.sections.map((s) => ({
                    key: s.code,
                    label: name(s),
                    planned: num(s.planned),
                    executed: num(s.executed),
                    text: `${t('cityBudget.executedShare', { share: executedShare(s) })}${executedShare(s) < 90 ? ` — ${t('cityBudget.underspent')}` : ''}`,
                    warn: executedShare(s) < 90,
                  }))}
                />
                <details className="details">
                  <summary>{t('cityBudget.showTable')}</summary>
                  <AmountsTable title={t('cityBudget.expenditure')} rows={b.sections.map((s) => ({ key: s.code, label: name(s), ...s }))} roubles={roubles} />
                </details>
              </section>

              <section className="section" aria-labelledby="cb-revenues">
                <h2 id="cb-revenues">{t('cityBudget.revenuesTitle')}</h2>
                <BarChart
                  title={t('cityBudget.revenue')}
                  bars={b.revenues.map((r) => ({ key: r.code, label: name(r), value: num(r.planned), text: compact(r.planned) }))}
                />
                <ul className="cb-explain">
                  {b.revenues
                    .filter((r) => explanation(r))
                    .map((r) => (
                      <li key={r.code}>
                        <strong>{name(r)}.</strong> {explanation(r)}
                      </li>
                    ))}
                </ul>
                <details className="details">
                  <summary>{t('cityBudget.showTable')}</summary>
                  <AmountsTable
                    title={t('cityBudget.revenue')}
                    rows={b.revenues.map((r) => ({ key: r.code, label: name(r), ...r }))}
                    roubles={roubles}
                    executedLabel={t('cityBudget.executedRevenue')}
                  />
                </details>
              </section>

              {b.districts.length ? (
                <section className="section" aria-labelledby="cb-districts">
                  <h2 id="cb-districts">{t('cityBudget.districtsTitle')}</h2>
                  <p>{t('cityBudget.districtsLead')}</p>
                  <BarChart
                    bars={b.districts.map((d) => ({ key: d.districtId, label: districtName(d.districtId), value: num(d.planned), text: compact(d.planned) }))}
                  />
                  <details className="details">
                    <summary>{t('cityBudget.showTable')}</summary>
                    <AmountsTable
                      title={t('cityBudget.districtsTitle')}
                      rows={b.districts.map((d) => ({ key: d.districtId, label: districtName(d.districtId), ...d }))}
                      roubles={roubles}
                    />
                  </details>
                </section>
              ) : null}

              {b.programmes.length ? (
                <section className="section" aria-labelledby="cb-programmes">
                  <h2 id="cb-programmes">{t('cityBudget.programmesTitle')}</h2>
                  <p>{t('cityBudget.programmesLead')}</p>
                  <BarChart bars={b.programmes.map((p) => ({ key: p.name, label: p.name, value: num(p.planned), text: compact(p.planned) }))} />
                </section>
              ) : null}
              {b.source ? <p className="muted">{t('cityBudget.source', { source: b.source })}</p> : null}
            </>
          )}
        </QueryView>
      ) : null}
      {isCityAdministrator(me) ? <UploadForm onDone={(year) => setParams(new URLSearchParams({ year: String(year) }))} /> : null}
    </>
  );
}

function AmountsTable({
  title,
  rows,
  roubles,
  executedLabel,
}: {
  title: string;
  rows: (Amounts & { key: string; label: string; note?: string | null })[];
  roubles(s: string): string;
  executedLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table cb-table">
        <caption className="visually-hidden">{t('cityBudget.tableCaption', { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cityBudget.colName')}</th>
            <th scope="col" className="num">
              {t('cityBudget.colPlanned')}
            </th>
            <th scope="col" className="num">
              {executedLabel ?? t('cityBudget.colExecuted')}
            </th>
            <th scope="col" className="num">
              {t('cityBudget.colShare')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">
                {r.label}
                {r.note ? <span className="cb-table__note">{r.note}</span> : null}
              </th>
              <td className="num">{roubles(r.planned)}</td>
              <td className="num">{roubles(r.executed)}</td>
              <td className="num">{executedShare(r)} %</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Administrators: import a year from a CSV file (the server checks it and lists problems by line). */
function UploadForm({ onDone }: { onDone(year: number): void }) {
  const { t } = useTranslation();
  const { busy, error, submit, setError } = useSubmit();
  const [text, setText] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useErrorTitle(!!error);
  const read = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setText(null);
    if (!file) return;
    file.text().then(setText, () => setError(new ApiError(0, 'client', t('cityBudget.readFailed'))));
  };
  const send = submit(
    () => {
      setDone(null);
      return api.POST('/api/admin/city-budget', { body: { csv: text ?? '' } });
    },
    async (r) => {
      setDone(t('cityBudget.uploaded', { year: r.year, lines: r.revenueLines + r.expenditureLines }));
      await invalidate('/api/city-budget', '/api/city-budget/{year}');
      onDone(r.year);
    },
  );
  return (
    <section className="section" aria-labelledby="cb-upload">
      <h2 id="cb-upload">{t('cityBudget.upload')}</h2>
      <p>{t('cityBudget.uploadLead')}</p>
      {done ? <Notice kind="success">{done}</Notice> : null}
      <ErrorSummary error={error} targets={{ csv: 'cb-file' }} id="cb-upload-errors" />
      <form onSubmit={send} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="cb-file">
            {t('cityBudget.file')}
          </label>
          <input id="cb-file" className="input" type="file" accept=".csv,text/csv" onChange={read} />
        </div>
        <button type="submit" className="button" disabled={busy || text === null}>
          {t('cityBudget.uploadButton')}
        </button>
      </form>
    </section>
  );
}
