import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useDistrictShapes } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { DistrictMap, type PreviewShape } from '../../components/district-map.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { DistrictImport } from './admin-district-import.js';
import { AdminNav } from './admin-nav.js';

type AdminDistrict = Schema<'AdminDistrict'>;

/**
 * The city's districts for administrators: their outlines on a map, a table (names editable in place, area,
 * reports and all records pointing at each; one with none can be removed) and the GeoJSON import, whose dry run
 * draws the file's districts on the same map.
 */
export function AdminDistrictsPage() {
  const { t } = useTranslation();
  const loaded = useApiQuery('/api/admin/districts');
  const shapes = useDistrictShapes();
  const [active, setActive] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [preview, setPreview] = useState<PreviewShape[] | null>(null);
  useTitle(t('adminDistricts.title'));

  return (
    <>
      <AdminNav />
      <PageHeading>{t('adminDistricts.title')}</PageHeading>
      <p className="lead">{t('adminDistricts.lead')}</p>
      <div aria-live="polite">{notice ? <Notice kind="success" title={notice} /> : null}</div>
      <QueryView query={loaded}>
        {(data) =>
          data.items.length ? (
            <>
              {shapes.data?.length ? (
                <section className="section" aria-labelledby="district-map-title">
                  <h2 id="district-map-title">{t('adminDistricts.mapTitle')}</h2>
                  {preview?.length ? <p className="muted">{t('adminDistricts.previewHint')}</p> : null}
                  <DistrictMap districts={shapes.data} active={active} onActive={setActive} preview={preview} />
                </section>
              ) : null}
              <DistrictTable items={data.items} active={active} onNotice={setNotice} />
            </>
          ) : (
            <Notice kind="warning" title={t('adminDistricts.none')} />
          )
        }
      </QueryView>
      <DistrictImport onPreview={setPreview} />
    </>
  );
}

function DistrictTable({ items, active, onNotice }: { items: AdminDistrict[]; active: string | null; onNotice(text: string | null): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [editing, setEditing] = useState<{ id: string; nameRu: string; nameEn: string } | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const s = useSubmit();

  const refresh = () => {
    void invalidate('/api/admin/districts');
    void invalidate('/api/districts');
  };

  function save(e: FormEvent) {
    e.preventDefault();
    if (!editing) return;
    const { id, nameRu, nameEn } = editing;
    void s.run(
      () => api.PATCH('/api/admin/districts/{id}', { params: { path: { id } }, body: { nameRu, nameEn } }),
      (r) => {
        setEditing(null);
        onNotice(t('adminDistricts.renamed', { name: f.name(r) }));
        refresh();
      },
    );
  }

  const remove = (d: AdminDistrict) =>
    s.run(
      () => api.DELETE('/api/admin/districts/{id}', { params: { path: { id: d.id } } }),
      () => {
        setRemoving(null);
        onNotice(t('adminDistricts.removed', { name: f.name(d) }));
        refresh();
      },
    );

  return (
    <section className="section" aria-labelledby="district-list-title">
      <h2 id="district-list-title">{t('adminDistricts.listTitle', { count: items.length })}</h2>
      <p className="muted">{t('adminDistricts.linksHint')}</p>
      {s.error && !editing ? <Notice kind="error" title={s.error.message} /> : null}
      <div className="table-wrap" role="region" aria-labelledby="district-list-title" tabIndex={0}>
        <table className="table table--stack table--dense">
          <thead>
            <tr>
              <th scope="col">{t('adminDistricts.name')}</th>
              <th scope="col">{t('adminDistricts.area')}</th>
              <th scope="col">{t('adminDistricts.reports')}</th>
              <th scope="col">{t('adminDistricts.links')}</th>
              <th scope="col">{t('admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.id} id={`district-${d.id}`} className={active === d.id ? 'district-row--active' : undefined}>
                <th scope="row">
                  {editing?.id === d.id ? (
                    <form className="form" onSubmit={save} noValidate aria-label={t('adminDistricts.renameLabel', { name: f.name(d) })}>
                      <ErrorSummary id="district-rename-errors" error={s.error} targets={{ nameRu: 'district-name-ru', nameEn: 'district-name-en' }} />
                      <TextField
                        id="district-name-ru"
                        label={t('adminDistricts.nameRu')}
                        value={editing.nameRu}
                        onChange={(v) => setEditing({ ...editing, nameRu: v })}
                        error={fieldMessage(s.error, 'nameRu')}
                        maxLength={200}
                      />
                      <TextField
                        id="district-name-en"
                        label={t('adminDistricts.nameEn')}
                        value={editing.nameEn}
                        onChange={(v) => setEditing({ ...editing, nameEn: v })}
                        error={fieldMessage(s.error, 'nameEn')}
                        maxLength={200}
                      />
                      <div className="form-actions">
                        <button type="submit" className="button button--small" disabled={s.busy}>
                          {t('adminDistricts.save')}
                        </button>
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          onClick={() => {
                            setEditing(null);
                            s.setError(null);
                          }}
                        >
                          {t('adminDistricts.cancel')}
                        </button>
                      </div>
                    </form>
                  ) : (
                    <>
                      {d.nameRu}
                      <br />
                      <span className="muted" lang="en">
                        {d.nameEn}
                      </span>
                    </>
                  )}
                </th>
                <td data-label={t('adminDistricts.area')}>{t('adminDistricts.areaValue', { area: f.number(d.areaKm2, { maximumFractionDigits: 1 }) })}</td>
                <td data-label={t('adminDistricts.reports')}>{f.number(d.reports)}</td>
                <td data-label={t('adminDistricts.links')}>{f.number(d.count)}</td>
                <td data-label={t('admin.actions')}>
                  {editing?.id === d.id ? null : (
                    <div className="form-actions">
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={t('adminDistricts.renameLabel', { name: f.name(d) })}
                        onClick={() => {
                          s.setError(null);
                          setEditing({ id: d.id, nameRu: d.nameRu, nameEn: d.nameEn });
                        }}
                      >
                        {t('adminDistricts.rename')}
                      </button>
                      {d.count === 0 ? (
                        removing === d.id ? (
                          <button type="button" className="button button--warning button--small" disabled={s.busy} onClick={() => void remove(d)}>
                            {t('adminDistricts.removeConfirm', { name: f.name(d) })}
                          </button>
                        ) : (
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            aria-label={t('adminDistricts.removeLabel', { name: f.name(d) })}
                            onClick={() => setRemoving(d.id)}
                          >
                            {t('adminDistricts.remove')}
                          </button>
                        )
                      ) : null}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
