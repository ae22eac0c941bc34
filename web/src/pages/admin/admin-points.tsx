import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useSubmit } from '../../use-submit.js';
import { AdminNav } from './admin-nav.js';
import { Adjust, Redemptions } from './admin-points-people.js';
import { Rewards } from './admin-points-rewards.js';

type Level = Schema<'PointsLevel'>;

/** /admin/points: points per action, levels, the rewards catalogue, rewards received, and manual adjustments. */
export function AdminPointsPage() {
  const { t } = useTranslation();
  useTitle(t('adminPoints.title'));
  return (
    <>
      <AdminNav />
      <PageHeading>{t('adminPoints.title')}</PageHeading>
      <Rewards />
      <Rules />
      <Levels />
      <Adjust />
      <Redemptions />
    </>
  );
}

function Rules() {
  const { t } = useTranslation();
  const rules = useApiQuery('/api/points/rules');
  const [draft, setDraft] = useState<Record<string, string>>({});
  const s = useSubmit();
  return (
    <section className="section" aria-labelledby="ap-rules-title">
      <h2 id="ap-rules-title">{t('adminPoints.rulesTitle')}</h2>
      <p>{t('adminPoints.rulesText')}</p>
      {s.error ? <Notice kind="error" title={s.error.message} /> : null}
      <QueryView query={rules}>
        {({ items }) => (
          <ul className="admin-points__rules">
            {items.map((r) => (
              <li key={r.action} className="card">
                <form
                  className="admin-points__rule"
                  onSubmit={s.submit(
                    () =>
                      api.PUT('/api/admin/points/rules/{action}', {
                        params: { path: { action: r.action } },
                        body: { points: Number(draft[r.action] ?? r.points) },
                      }),
                    () => invalidate('/api/points/rules'),
                  )}
                >
                  <TextField
                    id={`rule-${r.action}`}
                    label={t(`points.action.${r.action}`)}
                    hint={[t('adminPoints.default', { points: r.defaultPoints }), r.available ? '' : t('adminPoints.coming')].filter(Boolean).join(' · ')}
                    type="number"
                    width="short"
                    min="0"
                    value={draft[r.action] ?? String(r.points)}
                    onChange={(v) => setDraft((d) => ({ ...d, [r.action]: v }))}
                  />
                  <button type="submit" className="button button--secondary" disabled={s.busy}>
                    {t('adminPoints.save')}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}

function Levels() {
  const { t } = useTranslation();
  const levels = useApiQuery('/api/points/levels');
  const [draft, setDraft] = useState<Level[] | null>(null);
  const [saved, setSaved] = useState(false);
  const s = useSubmit();
  const shown = draft ?? levels.data?.items;
  const change = (i: number, patch: Partial<Level>) => setDraft((shown ?? []).map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <section className="section" aria-labelledby="ap-levels-title">
      <h2 id="ap-levels-title">{t('adminPoints.levelsTitle')}</h2>
      <p>{t('adminPoints.levelsText')}</p>
      {s.error ? <Notice kind="error" title={s.error.message} /> : saved ? <Notice kind="success" title={t('adminPoints.saved')} /> : null}
      <QueryView query={levels}>
        {() =>
          shown && (
            <form
              onSubmit={s.submit(
                () => api.PUT('/api/admin/points/levels', { body: { items: shown } }),
                ({ items }) => {
                  setDraft(items);
                  setSaved(true);
                  void invalidate('/api/points/levels', '/api/points/me');
                },
              )}
            >
              {shown.map((l, i) => (
                <fieldset key={i} className="card admin-points__level">
                  <legend>{`${i + 1}. ${l.nameRu || '…'}`}</legend>
                  <TextField
                    id={`level-${i}-threshold`}
                    label={t('adminPoints.threshold')}
                    type="number"
                    width="short"
                    min="0"
                    value={String(l.threshold)}
                    onChange={(v) => change(i, { threshold: Number(v) })}
                  />
                  <TextField id={`level-${i}-ru`} label={t('adminPoints.nameRu')} value={l.nameRu} onChange={(v) => change(i, { nameRu: v })} />
                  <TextField id={`level-${i}-en`} label={t('adminPoints.nameEn')} value={l.nameEn} onChange={(v) => change(i, { nameEn: v })} />
                  <button type="button" className="button button--secondary" onClick={() => setDraft(shown.filter((_, j) => j !== i))}>
                    {t('adminPoints.removeLevel', { n: i + 1 })}
                  </button>
                </fieldset>
              ))}
              <div className="form-actions">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setDraft([...shown, { threshold: (shown.at(-1)?.threshold ?? 0) + 1000, nameRu: '', nameEn: '' }])}
                >
                  {t('adminPoints.addLevel')}
                </button>
                <button type="submit" className="button" disabled={s.busy}>
                  {t('adminPoints.saveLevels')}
                </button>
              </div>
            </form>
          )
        }
      </QueryView>
    </section>
  );
}
