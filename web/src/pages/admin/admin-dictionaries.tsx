import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useDepartments } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { Checkbox, SelectField, TextArea, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useErrorTitle, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';

type RejectionReason = Schema<'RejectionReason'>;
type AnswerTemplate = Schema<'AnswerTemplate'>;
import { AdminNav } from './admin-nav.js';

/** The dictionaries moderators and officials choose from: reasons for rejecting a report, and answer templates. */
export function AdminDictionariesPage() {
  const { t } = useTranslation();
  useTitle(t('adminDictionaries.title'));
  return (
    <>
      <AdminNav />
      <PageHeading>{t('adminDictionaries.title')}</PageHeading>
      <p className="lead">{t('adminDictionaries.lead')}</p>
      <RejectionReasons />
      <AnswerTemplates />
    </>
  );
}

function RejectionReasons() {
  const { t } = useTranslation();
  const list = useApiQuery('/api/admin/rejection-reasons', { query: { all: '1' } }, { select: (r) => r.items });
  const add = useSubmit();
  useErrorTitle(!!add.error);
  const [form, setForm] = useState({ textRu: '', textEn: '' });
  const [notice, setNotice] = useState<string | null>(null);

  const create = add.submit(
    () => api.POST('/api/admin/rejection-reasons', { body: { textRu: form.textRu, textEn: form.textEn } }),
    async () => {
      setForm({ textRu: '', textEn: '' });
      setNotice(t('adminDictionaries.added'));
      await invalidate('/api/admin/rejection-reasons');
    },
  );

  return (
    <section className="section" aria-labelledby="rejections-title">
      <h2 id="rejections-title">{t('adminDictionaries.rejections')}</h2>
      <p>{t('adminDictionaries.rejectionsText')}</p>
      {notice ? <Notice kind="success" title={notice} /> : null}
      <QueryView query={list}>
        {(items) => (
          <ol className="dictionary">
            {items.map((r) => (
              <RejectionItem key={r.id} r={r} />
            ))}
          </ol>
        )}
      </QueryView>
      <form className="form" onSubmit={create} noValidate aria-labelledby="rej-add-title">
        <h3 id="rej-add-title">{t('adminDictionaries.addRejection')}</h3>
        <ErrorSummary id="rej-add-errors" error={add.error} targets={{ textRu: 'rej-new-ru', textEn: 'rej-new-en' }} />
        <TextField
          id="rej-new-ru"
          label={t('adminDictionaries.textRu')}
          value={form.textRu}
          onChange={(v) => setForm((s) => ({ ...s, textRu: v }))}
          error={fieldMessage(add.error, 'textRu')}
        />
        <TextField
          id="rej-new-en"
          label={t('adminDictionaries.textEn')}
          value={form.textEn}
          onChange={(v) => setForm((s) => ({ ...s, textEn: v }))}
          error={fieldMessage(add.error, 'textEn')}
        />
        <button type="submit" className="button" disabled={add.busy}>
          {t('adminDictionaries.add')}
        </button>
      </form>
    </section>
  );
}

function RejectionItem({ r }: { r: RejectionReason }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ textRu: r.textRu, textEn: r.textEn, active: r.active });
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  const [saved, setSaved] = useState(false);
  const id = `rej-${r.id}`;
  const save = submit(
    () => api.PATCH('/api/admin/rejection-reasons/{id}', { params: { path: { id: r.id } }, body: form }),
    async () => {
      setSaved(true);
      await invalidate('/api/admin/rejection-reasons');
    },
  );
  return (
    <li className="dictionary__item">
      <form onSubmit={save} noValidate aria-label={t('adminDictionaries.rejectionLabel', { text: r.textRu })}>
        <ErrorSummary id={`${id}-errors`} error={error} targets={{ textRu: `${id}-ru`, textEn: `${id}-en` }} />
        <TextField
          id={`${id}-ru`}
          label={t('adminDictionaries.textRu')}
          value={form.textRu}
          onChange={(v) => setForm((s) => ({ ...s, textRu: v }))}
          error={fieldMessage(error, 'textRu')}
        />
        <TextField
          id={`${id}-en`}
          label={t('adminDictionaries.textEn')}
          value={form.textEn}
          onChange={(v) => setForm((s) => ({ ...s, textEn: v }))}
          error={fieldMessage(error, 'textEn')}
        />
        <Checkbox id={`${id}-active`} label={t('adminDictionaries.active')} checked={form.active} onChange={(v) => setForm((s) => ({ ...s, active: v }))} />
        <button type="submit" className="button button--secondary button--small" disabled={busy}>
          {t('adminDictionaries.save')}
        </button>
        {saved ? (
          <span className="entity-action__note" role="status">
            {' '}
            {t('adminDictionaries.saved')}
          </span>
        ) : null}
      </form>
    </li>
  );
}

function AnswerTemplates() {
  const { t } = useTranslation();
  const f = useFormat();
  const list = useApiQuery('/api/answer-templates', undefined, { select: (r) => r.items });
  const departments = useDepartments();
  const add = useSubmit();
  const del = useSubmit();
  useErrorTitle(!!add.error);
  const [form, setForm] = useState({ departmentId: '', title: '', text: '' });
  const [notice, setNotice] = useState<string | null>(null);
  const depName = (id: string | null) => {
    if (!id) return t('adminDictionaries.general');
    const d = departments.data?.find((x) => x.id === id);
    return d ? f.name(d) : id;
  };

  const create = add.submit(
    () => api.POST('/api/answer-templates', { body: { departmentId: form.departmentId || null, title: form.title, text: form.text } }),
    async () => {
      setForm((s) => ({ departmentId: s.departmentId, title: '', text: '' }));
      setNotice(t('adminDictionaries.added'));
      await invalidate('/api/answer-templates');
    },
  );

  const remove = (tpl: AnswerTemplate) =>
    del.run(
      () => api.DELETE('/api/answer-templates/{id}', { params: { path: { id: tpl.id } } }),
      async () => {
        setNotice(t('adminDictionaries.removed', { title: tpl.title }));
        await invalidate('/api/answer-templates');
      },
    );

  return (
    <section className="section" aria-labelledby="templates-title">
      <h2 id="templates-title">{t('adminDictionaries.templates')}</h2>
      <p>{t('adminDictionaries.templatesText')}</p>
      {notice ? <Notice kind="success" title={notice} /> : null}
      {del.error ? <Notice kind="error" title={del.error.message} /> : null}
      <QueryView query={list}>
        {(shown) =>
          shown.length ? (
            <ul className="dictionary">
              {shown.map((tpl) => (
                <li key={tpl.id} className="dictionary__item">
                  <h3 className="dictionary__title">{tpl.title}</h3>
                  <p className="muted">{depName(tpl.departmentId)}</p>
                  <p className="dictionary__text">{tpl.text}</p>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={del.busy}
                    aria-label={t('adminDictionaries.removeLabel', { title: tpl.title })}
                    onClick={() => void remove(tpl)}
                  >
                    {t('adminDictionaries.remove')}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('adminDictionaries.noTemplates')}</p>
          )
        }
      </QueryView>
      <form className="form" onSubmit={create} noValidate aria-labelledby="tpl-add-title">
        <h3 id="tpl-add-title">{t('adminDictionaries.addTemplate')}</h3>
        <ErrorSummary id="tpl-add-errors" error={add.error} targets={{ departmentId: 'tpl-dep', title: 'tpl-title', text: 'tpl-text' }} />
        <SelectField
          id="tpl-dep"
          label={t('field.department')}
          value={form.departmentId}
          onChange={(v) => setForm((s) => ({ ...s, departmentId: v }))}
          error={fieldMessage(add.error, 'departmentId')}
          options={[
            { value: '', label: t('adminDictionaries.general') },
            ...[...(departments.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b))).map((d) => ({ value: d.id, label: f.name(d) })),
          ]}
        />
        <TextField
          id="tpl-title"
          label={t('adminDictionaries.templateTitle')}
          value={form.title}
          onChange={(v) => setForm((s) => ({ ...s, title: v }))}
          error={fieldMessage(add.error, 'title')}
          maxLength={200}
        />
        <TextArea
          id="tpl-text"
          label={t('adminDictionaries.templateText')}
          value={form.text}
          onChange={(v) => setForm((s) => ({ ...s, text: v }))}
          error={fieldMessage(add.error, 'text')}
          rows={4}
          maxLength={5000}
        />
        <button type="submit" className="button" disabled={add.busy}>
          {t('adminDictionaries.add')}
        </button>
      </form>
    </section>
  );
}
