import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/query.js';
import type { Schema } from '../api/types.js';
import { useFormat } from '../format.js';

type Row = Schema<'Representativeness'>['districts'][number];

/**
 * A result's representativeness (a poll's respondents, a budgeting heading's voters): one plain sentence per district
 * ("Адмиралтейский: 12 % of respondents, 4 % of residents — over-represented by 8 points"), the same figures as a table,
 * and the age bands where known. Groups of fewer than ten arrive from the server as "< 10".
 */
export function RepresentativenessPanel({ kind, id, who }: { kind: 'poll' | 'budgeting-heading'; id: string; who: 'respondents' | 'voters' }) {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useApiQuery('/api/statistics/representativeness/{kind}/{id}', { path: { kind, id } });
  const r = query.data;
  if (!r) return null;
  const name = (d: Row) =>
    d.districtId ? f.name({ nameRu: d.nameRu ?? d.districtId, nameEn: d.nameEn ?? d.districtId }) : t('representativeness.unknownDistrict');
  const pct = (n: number | null) => (n === null ? '—' : f.number(n));
  const people = t(who === 'voters' ? 'representativeness.voters' : 'representativeness.respondents');
  const sentence = (d: Row) => {
    const params = {
      district: name(d),
      who: people,
      part: pct(d.participantShare),
      population: pct(d.populationShare),
      diff: f.number(Math.abs(d.difference ?? 0)),
    };
    if (d.participantShare === null)
      return t('representativeness.small', { ...params, people: typeof d.participants === 'number' ? f.number(d.participants) : d.participants });
    if (d.verdict === 'unknown') return t('representativeness.noPopulation', params);
    return t(d.verdict === 'over' ? 'representativeness.over' : d.verdict === 'under' ? 'representativeness.under' : 'representativeness.even', params);
  };
  const shown = r.districts.filter((d) => d.participants !== 0);
  return (
    <section className="section representativeness" aria-labelledby={`repr-${id}`} data-testid="representativeness">
      <h2 id={`repr-${id}`}>{t('representativeness.title')}</h2>
      <p>{t('representativeness.intro', { within: r.evenWithinPoints })}</p>
      <ul className="representativeness__list">
        {shown.map((d) => (
          <li key={d.districtId ?? '-'}>{sentence(d)}</li>
        ))}
      </ul>
      <div className="table-wrap" role="region" aria-label={t('representativeness.caption')} tabIndex={0}>
        <table className="table table--stack table--dense">
          <caption className="visually-hidden">{t('representativeness.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('representativeness.district')}</th>
              <th scope="col">{t('representativeness.participants')}</th>
              <th scope="col">{t('representativeness.participantShare')}</th>
              <th scope="col">{t('representativeness.populationShare')}</th>
              <th scope="col">{t('representativeness.difference')}</th>
            </tr>
          </thead>
          <tbody>
            {r.districts.map((d) => (
              <tr key={d.districtId ?? '-'}>
                <th scope="row">{name(d)}</th>
                <td data-label={t('representativeness.participants')}>{typeof d.participants === 'number' ? f.number(d.participants) : d.participants}</td>
                <td data-label={t('representativeness.participantShare')}>{d.participantShare === null ? '—' : `${pct(d.participantShare)} %`}</td>
                <td data-label={t('representativeness.populationShare')}>{d.populationShare === null ? '—' : `${pct(d.populationShare)} %`}</td>
                <td data-label={t('representativeness.difference')}>
                  {d.difference === null ? '—' : `${d.difference > 0 ? '+' : ''}${f.number(d.difference)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {r.ageBands.length ? (
        <>
          <h3>{t('representativeness.ageTitle')}</h3>
          <p className="muted">{t('representativeness.ageNote')}</p>
          <table className="table table--dense">
            <caption className="visually-hidden">{t('representativeness.ageTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('representativeness.ageBand')}</th>
                <th scope="col">{t('representativeness.participants')}</th>
                <th scope="col">{t('representativeness.participantShare')}</th>
              </tr>
            </thead>
            <tbody>
              {r.ageBands.map((a) => (
                <tr key={a.ageBand ?? '-'}>
                  <th scope="row">{a.ageBand ?? t('representativeness.ageUnknown')}</th>
                  <td>{typeof a.participants === 'number' ? f.number(a.participants) : a.participants}</td>
                  <td>{a.participantShare === null ? '—' : `${pct(a.participantShare)} %`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
