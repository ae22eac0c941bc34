import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, extraFieldNames, locationKinds, type ClassifierTree, type ExtraFieldName, type ReasonPublic } from '../../api.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { Checkbox, SelectField, TextArea, TextField } from '../../components/fields.js';
import { Notice, Tag } from '../../components/notice.js';
import { LoadError, Loading, PageHeading, useErrorTitle, useTitle } from '../../components/page.js';
import { useNamed } from '../../components/report-bits.js';
import { useLoad } from '../../use-load.js';
import { useSubmit } from '../../use-submit.js';
import { AdminNav } from './admin-nav.js';

type ReasonForm = Omit<
  ReasonPublic,
  | 'id'
  | 'categoryId'
  | 'inSeason'
  | 'premoderationDays'
  | 'resolutionDays'
  | 'answerModerationDays'
  | 'nameEn'
  | 'seasonFrom'
  | 'seasonTo'
  | 'seasonMessage'
  | 'departmentKind'
> & {
  nameEn: string;
  seasonFrom: string;
  seasonTo: string;
  seasonMessage: string;
  departmentKind: string;
  premoderationDays: string;
  resolutionDays: string;
  answerModerationDays: string;
};

const toForm = (r: ReasonPublic): ReasonForm => ({
  ...r,
  nameEn: r.nameEn ?? '',
  seasonFrom: r.seasonFrom ?? '',
  seasonTo: r.seasonTo ?? '',
  seasonMessage: r.seasonMessage ?? '',
  departmentKind: r.departmentKind ?? '',
  premoderationDays: String(r.premoderationDays),
  resolutionDays: String(r.resolutionDays),
  answerModerationDays: String(r.answerModerationDays),
});

const targets = {
  nameRu: 'f-nameRu',
  nameEn: 'f-nameEn',
  helpText: 'f-helpText',
  description: 'f-description',
  premoderationDays: 'f-premoderationDays',
  resolutionDays: 'f-resolutionDays',
  answerModerationDays: 'f-answerModerationDays',
  seasonFrom: 'f-seasonFrom',
  seasonTo: 'f-seasonTo',
  seasonMessage: 'f-seasonMessage',
  extraFields: 'f-extra-stairs',
  locationKind: 'f-locationKind',
  departmentKind: 'f-departmentKind',
};

/**
 * The classifier for administrators: the tree object → category → problem type (archived ones
 * too), searchable; choose a problem type to edit everything about it — texts, deadlines in
 * working days, photo required, extra fields, season, verified accounts only, archived. Every
 * change is audited by the server.
 */
export function AdminClassifierPage() {
  const { t } = useTranslation();
  const named = useNamed();
  useTitle(t('adminClassifier.title'));
  const [params, setParams] = useSearchParams();
  const chosen = Number(params.get('reason')) || null;
  const chosenObject = Number(params.get('object')) || null;
  const chosenCategory = Number(params.get('category')) || null;
  const tree = useLoad('classifier-all', () => api<ClassifierTree>('GET', '/api/classifier?all=1'));
  const [filter, setFilter] = useState('');
  const [saved, setSaved] = useState<ReasonPublic | null>(null);
  const needle = filter.trim().toLowerCase();
  const matches = (r: ReasonPublic) =>
    !needle || r.nameRu.toLowerCase().includes(needle) || (r.nameEn ?? '').toLowerCase().includes(needle) || String(r.id) === needle;

  const all = (tree.data?.objects ?? []).flatMap((o) => o.categories.flatMap((c) => c.reasons.map((r) => ({ o, c, r }))));
  const found = all.find((x) => x.r.id === chosen);
  const reason = saved && saved.id === chosen ? saved : found?.r;
  const objects = tree.data?.objects ?? [];
  const groupObject = objects.find((o) => o.id === chosenObject);
  const groupCategory = objects.flatMap((o) => o.categories.map((c) => ({ o, c }))).find((x) => x.c.id === chosenCategory);

  return (
    <>
      <AdminNav />
      <PageHeading>{t('adminClassifier.title')}</PageHeading>
      <p className="lead">{t('adminClassifier.lead')}</p>
      {tree.error ? (
        <LoadError error={tree.error} retry={tree.reload} />
      ) : !tree.data ? (
        <Loading />
      ) : (
        <div className="admin-split">
          <section className="admin-split__list" aria-labelledby="tree-title">
            <h2 id="tree-title">{t('adminClassifier.tree')}</h2>
            <TextField
              id="f-filter"
              type="search"
              label={t('adminClassifier.filter')}
              hint={t('adminClassifier.filterHint')}
              value={filter}
              onChange={setFilter}
            />
            <ul className="tree">
              {tree.data.objects.map((o) => {
                const cats = o.categories.map((c) => ({ c, reasons: c.reasons.filter(matches) })).filter((x) => x.reasons.length);
                if (!cats.length) return null;
                return (
                  <li key={o.id}>
                    <details open={!!needle || found?.o.id === o.id}>
                      <summary>
                        {named(o)} {o.archived ? <Tag kind="neutral">{t('adminClassifier.archived')}</Tag> : null}{' '}
                        <Link to={`?object=${o.id}`} className="tree__edit">
                          {t('adminClassifier.editGroup')}
                        </Link>
                      </summary>
                      <ul>
                        {cats.map(({ c, reasons }) => (
                          <li key={c.id}>
                            <details open={!!needle || found?.c.id === c.id}>
                              <summary>
                                {named(c)} {c.archived ? <Tag kind="neutral">{t('adminClassifier.archived')}</Tag> : null}{' '}
                                <Link to={`?category=${c.id}`} className="tree__edit">
                                  {t('adminClassifier.editGroup')}
                                </Link>
                              </summary>
                              <ul className="tree__reasons">
                                {reasons.map((r) => (
                                  <li key={r.id}>
                                    <Link to={`?reason=${r.id}`} aria-current={r.id === chosen ? 'true' : undefined}>
                                      {named(r)}
                                    </Link>
                                    {r.archived ? (
                                      <>
                                        {' '}
                                        <Tag kind="neutral">{t('adminClassifier.archived')}</Tag>
                                      </>
                                    ) : null}
                                  </li>
                                ))}
                              </ul>
                            </details>
                          </li>
                        ))}
                      </ul>
                    </details>
                  </li>
                );
              })}
            </ul>
          </section>
          <section className="admin-split__edit" aria-labelledby="edit-title">
            {groupObject ? (
              <GroupEditor key={`o${groupObject.id}`} kind="object" group={groupObject} path="" onSaved={tree.reload} onClose={() => setParams({})} />
            ) : groupCategory ? (
              <GroupEditor
                key={`c${groupCategory.c.id}`}
                kind="category"
                group={groupCategory.c}
                path={named(groupCategory.o)}
                onSaved={tree.reload}
                onClose={() => setParams({})}
              />
            ) : reason && found ? (
              <ReasonEditor
                key={reason.id}
                reason={reason}
                path={`${named(found.o)} → ${named(found.c)}`}
                onSaved={(r) => {
                  setSaved(r);
                  tree.reload();
                }}
                onClose={() => setParams({})}
              />
            ) : (
              <>
                <h2 id="edit-title">{t('adminClassifier.editTitle')}</h2>
                <p className="muted">{chosen ? t('adminClassifier.notFound') : t('adminClassifier.choose')}</p>
              </>
            )}
          </section>
        </div>
      )}
    </>
  );
}

function ReasonEditor({ reason, path, onSaved, onClose }: { reason: ReasonPublic; path: string; onSaved(r: ReasonPublic): void; onClose(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<ReasonForm>(() => toForm(reason));
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  const [done, setDone] = useState(false);
  useEffect(() => setForm(toForm(reason)), [reason]);
  const set =
    <K extends keyof ReasonForm>(k: K) =>
    (v: ReasonForm[K]) => {
      setDone(false);
      setForm((f) => ({ ...f, [k]: v }));
    };
  const extra = (name: ExtraFieldName) => form.extraFields.find((x) => x.name === name);
  const setExtra = (name: ExtraFieldName, on: boolean, required: boolean) => {
    setDone(false);
    setForm((f) => ({
      ...f,
      extraFields: on
        ? [...f.extraFields.filter((x) => x.name !== name), { name, required }].sort(
            (a, b) => extraFieldNames.indexOf(a.name) - extraFieldNames.indexOf(b.name),
          )
        : f.extraFields.filter((x) => x.name !== name),
    }));
  };
  const days = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v.trim()) : (v as unknown as number));

  const save = submit(
    () =>
      api<ReasonPublic>('PATCH', `/api/admin/classifier/reasons/${reason.id}`, {
        nameRu: form.nameRu,
        nameEn: form.nameEn.trim() || null,
        helpText: form.helpText,
        description: form.description,
        photoRequired: form.photoRequired,
        extraFields: form.extraFields,
        locationKind: form.locationKind,
        seasonFrom: form.seasonFrom.trim() || null,
        seasonTo: form.seasonTo.trim() || null,
        seasonMessage: form.seasonMessage.trim() || null,
        verifiedRequired: form.verifiedRequired,
        premoderationDays: days(form.premoderationDays),
        resolutionDays: days(form.resolutionDays),
        answerModerationDays: days(form.answerModerationDays),
        departmentKind: form.departmentKind.trim() || null,
        isPublic: form.isPublic,
        archived: form.archived,
      }),
    (r) => {
      setDone(true);
      onSaved({ ...reason, ...r });
    },
  );

  return (
    <form onSubmit={save} noValidate className="reason-editor" aria-labelledby="edit-title">
      <p className="muted">{path}</p>
      <h2 id="edit-title">{t('adminClassifier.editReason', { id: reason.id })}</h2>
      <ErrorSummary id="reason-errors" error={error} targets={targets} />
      {done ? <Notice kind="success" title={t('adminClassifier.saved')} /> : null}
      <TextField id="f-nameRu" label={t('adminClassifier.nameRu')} value={form.nameRu} onChange={set('nameRu')} error={fieldMessage(error, 'nameRu')} />
      <TextField id="f-nameEn" label={t('adminClassifier.nameEn')} value={form.nameEn} onChange={set('nameEn')} error={fieldMessage(error, 'nameEn')} />
      <TextArea
        id="f-helpText"
        label={t('adminClassifier.helpText')}
        hint={t('adminClassifier.helpTextHint')}
        value={form.helpText}
        onChange={set('helpText')}
        rows={3}
        maxLength={2000}
        error={fieldMessage(error, 'helpText')}
      />
      <TextArea
        id="f-description"
        label={t('adminClassifier.description')}
        value={form.description}
        onChange={set('description')}
        rows={5}
        maxLength={20000}
        error={fieldMessage(error, 'description')}
      />
      <fieldset className="fieldset">
        <legend className="field__label">{t('adminClassifier.deadlines')}</legend>
        <p className="field__hint">{t('adminClassifier.deadlinesHint')}</p>
        <div className="field-row">
          <TextField
            id="f-premoderationDays"
            type="number"
            label={t('adminClassifier.premoderationDays')}
            value={form.premoderationDays}
            onChange={set('premoderationDays')}
            width="short"
            error={fieldMessage(error, 'premoderationDays')}
          />
          <TextField
            id="f-resolutionDays"
            type="number"
            label={t('adminClassifier.resolutionDays')}
            value={form.resolutionDays}
            onChange={set('resolutionDays')}
            width="short"
            error={fieldMessage(error, 'resolutionDays')}
          />
          <TextField
            id="f-answerModerationDays"
            type="number"
            label={t('adminClassifier.answerModerationDays')}
            value={form.answerModerationDays}
            onChange={set('answerModerationDays')}
            width="short"
            error={fieldMessage(error, 'answerModerationDays')}
          />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend className="field__label">{t('adminClassifier.rules')}</legend>
        <Checkbox id="f-photoRequired" label={t('adminClassifier.photoRequired')} checked={form.photoRequired} onChange={set('photoRequired')} />
        <Checkbox id="f-verifiedRequired" label={t('adminClassifier.verifiedRequired')} checked={form.verifiedRequired} onChange={set('verifiedRequired')} />
        <Checkbox
          id="f-isPublic"
          label={t('adminClassifier.isPublic')}
          hint={t('adminClassifier.isPublicHint')}
          checked={form.isPublic}
          onChange={set('isPublic')}
        />
        <Checkbox
          id="f-archived"
          label={t('adminClassifier.archivedLabel')}
          hint={t('adminClassifier.archivedHint')}
          checked={form.archived}
          onChange={set('archived')}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend className="field__label">{t('adminClassifier.extraFields')}</legend>
        <p className="field__hint">{t('adminClassifier.extraFieldsHint')}</p>
        {fieldMessage(error, 'extraFields') ? <p className="field__error">{fieldMessage(error, 'extraFields')}</p> : null}
        {extraFieldNames.map((n) => (
          <div className="field-row" key={n}>
            <Checkbox id={`f-extra-${n}`} label={t(`extra.${n}`)} checked={!!extra(n)} onChange={(on) => setExtra(n, on, extra(n)?.required ?? false)} />
            <Checkbox
              id={`f-extra-${n}-required`}
              label={t('adminClassifier.required')}
              checked={!!extra(n)?.required}
              disabled={!extra(n)}
              onChange={(req) => setExtra(n, true, req)}
            />
          </div>
        ))}
      </fieldset>
      <SelectField
        id="f-locationKind"
        label={t('adminClassifier.locationKind')}
        value={form.locationKind}
        onChange={(v) => set('locationKind')(v as ReasonForm['locationKind'])}
        options={locationKinds.map((k) => ({ value: k, label: t(`locationKind.${k}`) }))}
        error={fieldMessage(error, 'locationKind')}
      />
      <fieldset className="fieldset">
        <legend className="field__label">{t('adminClassifier.season')}</legend>
        <p className="field__hint">{t('adminClassifier.seasonHint')}</p>
        <div className="field-row">
          <TextField
            id="f-seasonFrom"
            label={t('adminClassifier.seasonFrom')}
            value={form.seasonFrom}
            onChange={set('seasonFrom')}
            width="short"
            error={fieldMessage(error, 'seasonFrom')}
          />
          <TextField
            id="f-seasonTo"
            label={t('adminClassifier.seasonTo')}
            value={form.seasonTo}
            onChange={set('seasonTo')}
            width="short"
            error={fieldMessage(error, 'seasonTo')}
          />
        </div>
        <TextArea
          id="f-seasonMessage"
          label={t('adminClassifier.seasonMessage')}
          value={form.seasonMessage}
          onChange={set('seasonMessage')}
          rows={2}
          maxLength={1000}
          error={fieldMessage(error, 'seasonMessage')}
        />
      </fieldset>
      <TextField
        id="f-departmentKind"
        label={t('adminClassifier.departmentKind')}
        hint={t('adminClassifier.departmentKindHint')}
        value={form.departmentKind}
        onChange={set('departmentKind')}
        width="medium"
        error={fieldMessage(error, 'departmentKind')}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {t('adminClassifier.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('adminClassifier.close')}
        </button>
      </div>
    </form>
  );
}

/**
 * An object or a category: rename it, archive it (its problem types can no longer be chosen), and
 * add what goes under it — a category under an object, a problem type under a category.
 */
function GroupEditor({
  kind,
  group,
  path,
  onSaved,
  onClose,
}: {
  kind: 'object' | 'category';
  group: { id: number; nameRu: string; nameEn: string | null; archived: boolean };
  path: string;
  onSaved(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState({ nameRu: group.nameRu, nameEn: group.nameEn ?? '', archived: group.archived });
  const [child, setChild] = useState('');
  const [done, setDone] = useState(false);
  const edit = useSubmit();
  const add = useSubmit();
  useErrorTitle(!!edit.error || !!add.error);
  const base = kind === 'object' ? 'objects' : 'categories';
  const save = edit.submit(
    () => api('PATCH', `/api/admin/classifier/${base}/${group.id}`, { nameRu: form.nameRu, nameEn: form.nameEn.trim() || null, archived: form.archived }),
    () => {
      setDone(true);
      onSaved();
    },
  );
  const addChild = add.submit(
    () =>
      kind === 'object'
        ? api<{ id: number }>('POST', '/api/admin/classifier/categories', { nameRu: child, objectId: group.id })
        : api<{ id: number }>('POST', '/api/admin/classifier/reasons', { nameRu: child, categoryId: group.id }),
    (created) => {
      setChild('');
      onSaved();
      void navigate(kind === 'object' ? `?category=${created.id}` : `?reason=${created.id}`);
    },
  );
  return (
    <>
      <form onSubmit={save} noValidate aria-labelledby="edit-title">
        {path ? <p className="muted">{path}</p> : null}
        <h2 id="edit-title">{t(kind === 'object' ? 'adminClassifier.editObject' : 'adminClassifier.editCategory', { id: group.id })}</h2>
        <ErrorSummary id="group-errors" error={edit.error} targets={{ nameRu: 'g-nameRu', nameEn: 'g-nameEn' }} />
        {done ? <Notice kind="success" title={t('adminClassifier.saved')} /> : null}
        <TextField
          id="g-nameRu"
          label={t('adminClassifier.nameRu')}
          value={form.nameRu}
          onChange={(v) => setForm((f) => ({ ...f, nameRu: v }))}
          error={fieldMessage(edit.error, 'nameRu')}
        />
        <TextField
          id="g-nameEn"
          label={t('adminClassifier.nameEn')}
          value={form.nameEn}
          onChange={(v) => setForm((f) => ({ ...f, nameEn: v }))}
          error={fieldMessage(edit.error, 'nameEn')}
        />
        <Checkbox
          id="g-archived"
          label={t('adminClassifier.archivedLabel')}
          hint={t('adminClassifier.groupArchivedHint')}
          checked={form.archived}
          onChange={(v) => setForm((f) => ({ ...f, archived: v }))}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={edit.busy}>
            {t('adminClassifier.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('adminClassifier.close')}
          </button>
        </div>
      </form>
      <form onSubmit={addChild} noValidate aria-labelledby="add-title" className="group-add">
        <h3 id="add-title">{t(kind === 'object' ? 'adminClassifier.addCategory' : 'adminClassifier.addReason')}</h3>
        <ErrorSummary id="add-errors" error={add.error} targets={{ nameRu: 'g-child' }} />
        <TextField id="g-child" label={t('adminClassifier.nameRu')} value={child} onChange={setChild} error={fieldMessage(add.error, 'nameRu')} />
        <button type="submit" className="button button--secondary" disabled={add.busy}>
          {t('adminClassifier.add')}
        </button>
      </form>
    </>
  );
}
