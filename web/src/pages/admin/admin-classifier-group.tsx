import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.js';
import { invalidate } from '../../api/query.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { Checkbox, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { useErrorTitle } from '../../components/page.js';
import { useSubmit } from '../../use-submit.js';

/**
 * An object or a category: rename it, archive it (its problem types can no longer be chosen), and
 * add what goes under it — a category under an object, a problem type under a category.
 */
export function GroupEditor({
  kind,
  group,
  path,
  onClose,
}: {
  kind: 'object' | 'category';
  group: { id: number; nameRu: string; nameEn: string | null; archived: boolean };
  path: string;
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
  const save = edit.submit(
    () => {
      const params = { path: { id: group.id } };
      const body = { nameRu: form.nameRu, nameEn: form.nameEn.trim() || null, archived: form.archived };
      return kind === 'object'
        ? api.PATCH('/api/admin/classifier/objects/{id}', { params, body })
        : api.PATCH('/api/admin/classifier/categories/{id}', { params, body });
    },
    async () => {
      setDone(true);
      await invalidate('/api/classifier');
    },
  );
  const addChild = add.submit(
    (): Promise<{ id: number }> =>
      kind === 'object'
        ? api.POST('/api/admin/classifier/categories', { body: { nameRu: child, objectId: group.id } })
        : api.POST('/api/admin/classifier/reasons', { body: { nameRu: child, categoryId: group.id } }),
    async (created) => {
      setChild('');
      await invalidate('/api/classifier');
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
