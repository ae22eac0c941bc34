import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { invalidate } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import type { AreaGeometry } from '@server/core/geo/geo.js';
import type { PreviewShape } from '../../components/district-map.js';
import { Checkbox, SelectField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { useErrorTitle } from '../../components/page.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';

type ImportResult = Schema<'DistrictImportResult'>;
type Line = Schema<'DistrictImportLine'>;

/** A chosen file: its JSON and the property names its features have (for the field pickers). */
interface Chosen {
  name: string;
  json: unknown;
  features: number;
  properties: string[];
}

function propertiesOf(json: unknown): { features: number; properties: string[] } {
  const features = (json as { features?: unknown })?.features;
  if (!Array.isArray(features)) return { features: 0, properties: [] };
  const names = new Set<string>();
  for (const f of features.slice(0, 500)) {
    const props = (f as { properties?: unknown })?.properties;
    if (props && typeof props === 'object') for (const k of Object.keys(props)) names.add(k);
  }
  return { features: features.length, properties: [...names].sort() };
}

const isRing = (ring: unknown) =>
  Array.isArray(ring) && ring.length >= 4 && ring.every((p) => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]));
const isPolygon = (rings: unknown) => Array.isArray(rings) && rings.length > 0 && rings.every(isRing);

/** A feature's geometry if it can be drawn (a polygon or multipolygon of numbers); anything else is not drawn. */
function drawable(feature: unknown): AreaGeometry | null {
  const g = (feature as { geometry?: { type?: unknown; coordinates?: unknown } } | null)?.geometry;
  if (g?.type === 'Polygon' && isPolygon(g.coordinates)) return g as AreaGeometry;
  if (g?.type === 'MultiPolygon' && Array.isArray(g.coordinates) && g.coordinates.length && g.coordinates.every(isPolygon)) return g as AreaGeometry;
  return null;
}

/**
 * The file's districts as the dry run sees them, for the map: the plan names each by its feature number,
 * the boundaries come from the file already read here. A feature with an error is marked whatever else it is.
 */
export function previewShapes(json: unknown, plan: ImportResult, name: (d: Line) => string): PreviewShape[] {
  const features = (json as { features?: unknown[] })?.features ?? [];
  const status = new Map<number, { status: PreviewShape['status']; name: string }>();
  for (const [list, s] of [
    [plan.kept, 'kept'],
    [plan.renamed, 'renamed'],
    [plan.added, 'added'],
  ] as const)
    for (const d of list) if (d.feature !== null) status.set(d.feature, { status: s, name: name(d) });
  for (const p of plan.problems)
    if (p.severity === 'error' && p.feature !== null) status.set(p.feature, { status: 'problem', name: status.get(p.feature)?.name ?? `#${p.feature}` });
  const shapes: PreviewShape[] = [];
  for (const [feature, s] of [...status].sort(([a], [b]) => a - b)) {
    const geometry = drawable(features[feature - 1]);
    if (geometry) shapes.push({ feature, geometry, ...s });
  }
  return shapes;
}

const pick = (props: string[], ...preferred: string[]) => preferred.find((p) => props.includes(p)) ?? '';

/**
 * Loading district boundaries from a GeoJSON file: choose the file and which properties hold the names
 * and the id, check it (a dry run: what is added, renamed, removed, and the problems by feature number),
 * then load it.
 */
export function DistrictImport({ onPreview }: { onPreview(shapes: PreviewShape[] | null): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const s = useSubmit();
  useErrorTitle(!!s.error);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [fields, setFields] = useState({ nameField: '', nameEnField: '', idField: '' });
  const [keepMissing, setKeepMissing] = useState(false);
  const [plan, setPlanOnly] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const setPlan = (p: ImportResult | null, json: unknown = chosen?.json) => {
    setPlanOnly(p);
    onPreview(p && json ? previewShapes(json, p, (d) => f.name(d)) : null);
  };

  async function choose(file: File | null) {
    setPlan(null);
    setDone(null);
    s.setError(null);
    if (!file) return setChosen(null);
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setChosen(null);
      return s.fail(new Error(t('adminDistricts.notJson')));
    }
    const { features, properties } = propertiesOf(json);
    setChosen({ name: file.name, json, features, properties });
    setFields({
      nameField: pick(properties, 'name:ru', 'name', 'NAME', 'name_ru') || properties[0] || 'name',
      nameEnField: pick(properties, 'name:en', 'name_en', 'NAME_EN'),
      idField: '',
    });
  }

  const send = (dryRun: boolean) => async () => {
    if (!chosen) throw new Error(t('adminDistricts.chooseFile'));
    return api.POST('/api/admin/districts/import', {
      body: {
        geojson: chosen.json,
        nameField: fields.nameField,
        ...(fields.nameEnField ? { nameEnField: fields.nameEnField } : {}),
        ...(fields.idField ? { idField: fields.idField } : {}),
        keepMissing,
        dryRun,
      },
    });
  };

  const options = (chosen?.properties ?? []).map((p) => ({ value: p, label: p }));
  const ready = plan && !plan.blocking.length && !plan.problems.some((p) => p.severity === 'error');
  const changed = (o: () => void) => {
    o();
    setPlan(null);
  };

  return (
    <section className="section" aria-labelledby="district-import-title">
      <h2 id="district-import-title">{t('adminDistricts.importTitle')}</h2>
      <p>{t('adminDistricts.importText')}</p>
      <form
        className="form"
        noValidate
        onSubmit={s.submit(send(true), (r) => {
          setPlan(r);
          setDone(null);
        })}
      >
        <ErrorSummary
          id="district-import-errors"
          error={s.error}
          targets={{ geojson: 'district-file', nameField: 'district-name-field', nameEnField: 'district-name-en-field', idField: 'district-id-field' }}
        />
        <div className={`field${fieldMessage(s.error, 'geojson') ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor="district-file">
            {t('adminDistricts.file')}
          </label>
          <input
            id="district-file"
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            onChange={(e) => void choose(e.target.files?.[0] ?? null)}
          />
        </div>
        {chosen ? (
          <>
            <p>{t('adminDistricts.features', { count: chosen.features, fields: chosen.properties.join(', ') || '—' })}</p>
            <SelectField
              id="district-name-field"
              label={t('adminDistricts.nameField')}
              value={fields.nameField}
              onChange={(v) => changed(() => setFields((x) => ({ ...x, nameField: v })))}
              error={fieldMessage(s.error, 'nameField')}
              options={options.length ? options : [{ value: fields.nameField, label: fields.nameField }]}
            />
            <SelectField
              id="district-name-en-field"
              label={t('adminDistricts.nameEnField')}
              value={fields.nameEnField}
              onChange={(v) => changed(() => setFields((x) => ({ ...x, nameEnField: v })))}
              error={fieldMessage(s.error, 'nameEnField')}
              options={[{ value: '', label: t('adminDistricts.nameEnNone') }, ...options]}
            />
            <SelectField
              id="district-id-field"
              label={t('adminDistricts.idField')}
              value={fields.idField}
              onChange={(v) => changed(() => setFields((x) => ({ ...x, idField: v })))}
              error={fieldMessage(s.error, 'idField')}
              options={[{ value: '', label: t('adminDistricts.idNone') }, ...options]}
            />
          </>
        ) : null}
        <Checkbox
          id="district-keep-missing"
          label={t('adminDistricts.keepMissing')}
          hint={t('adminDistricts.keepMissingHint')}
          checked={keepMissing}
          onChange={(v) => changed(() => setKeepMissing(v))}
        />
        <div className="form-actions">
          <button type="submit" className="button button--secondary" disabled={s.busy}>
            {t('adminDistricts.preview')}
          </button>
          {ready ? (
            <button
              type="button"
              className="button"
              disabled={s.busy}
              onClick={() =>
                void s.run(send(false), (r) => {
                  setDone(r);
                  setPlan(null);
                  void invalidate('/api/admin/districts');
                  void invalidate('/api/districts');
                })
              }
            >
              {t('adminDistricts.import')}
            </button>
          ) : null}
        </div>
      </form>

      <div aria-live="polite">
        {done ? (
          <Notice
            kind="success"
            title={t('adminDistricts.imported', {
              added: done.added.length,
              renamed: done.renamed.length,
              kept: done.kept.length,
              removed: done.removed.length,
            })}
          />
        ) : null}
        {plan ? <ImportPlan plan={plan} name={(d) => f.name(d)} /> : null}
      </div>
    </section>
  );
}

/** The dry run's answer: the lists of changes and the problems by feature number. */
function ImportPlan({ plan, name }: { plan: ImportResult; name(d: { nameRu: string; nameEn: string }): string }) {
  const { t } = useTranslation();
  const errors = plan.problems.some((p) => p.severity === 'error');
  const groups: [string, Line[], (d: Line) => string][] = [
    ['adminDistricts.added', plan.added, name],
    [
      'adminDistricts.renamedList',
      plan.renamed,
      (d) => t('adminDistricts.renamedLine', { from: name({ nameRu: d.previousNameRu ?? '', nameEn: d.previousNameEn ?? '' }), to: name(d) }),
    ],
    ['adminDistricts.removedList', plan.removed, name],
    ['adminDistricts.leftAsIs', plan.leftAsIs, name],
    [
      'adminDistricts.blocking',
      plan.blocking,
      (d) => t('adminDistricts.blockingLine', { name: name(d), count: Object.values(d.references ?? {}).reduce((a, b) => a + b, 0) }),
    ],
    ['adminDistricts.kept', plan.kept, name],
  ];
  const shown = groups.filter(([, items]) => items.length);
  return (
    <section className="section district-plan" aria-labelledby="district-plan-title">
      <h3 id="district-plan-title">{t('adminDistricts.planTitle')}</h3>
      {shown.length ? null : <p>{t('adminDistricts.planNothing')}</p>}
      {shown.map(([key, items, line]) => (
        <details key={key} open={key !== 'adminDistricts.kept'}>
          <summary>{t(key as 'adminDistricts.added', { count: items.length })}</summary>
          <ul>
            {items.map((d) => (
              <li key={d.id}>{line(d)}</li>
            ))}
          </ul>
        </details>
      ))}
      {plan.problems.length ? (
        <Notice kind={errors ? 'error' : 'warning'} title={t('adminDistricts.problems', { count: plan.problems.length })}>
          <ul>
            {plan.problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <p>{errors || plan.blocking.length ? t('adminDistricts.cannotImport') : t('adminDistricts.canImport')}</p>
    </section>
  );
}
