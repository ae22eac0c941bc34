import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxBodyLength, stances, type Stance } from '@server/modules/comments/domain/comment-rules.js';
import { officialDepartments } from '../roles.js';
import { api } from '../api/client.js';
import { useDepartments } from '../api/lists.js';
import { useFormat } from '../format.js';
import { useSession } from '../session.js';
import { useDraft } from '../use-draft.js';
import { useSubmit } from '../use-submit.js';
import { ErrorSummary, fieldMessage } from './errors.js';
import { useErrorTitle } from './page.js';
import { RadioGroup, SelectField, TextArea } from './fields.js';
import { commentsChanged, type CommentHost, type CommentNode } from './use-comment-thread.js';

type Mode = { kind: 'new' } | { kind: 'reply'; parent: CommentNode } | { kind: 'edit'; comment: CommentNode };

const codeFields = {
  stance_required: 'stance',
  parent_unavailable: 'body',
  thread_too_deep: 'body',
  edit_window_closed: 'body',
  not_official_of_department: 'asOfficial',
};

/**
 * Writing a comment: a new one at the top of a thread, a reply under a comment, or an edit. What
 * was typed stays on any error (a rate limit, a closed edit window) and, for new comments and
 * replies, across a reload of the page (kept in sessionStorage until it is sent).
 */
export function CommentForm({
  idPrefix,
  host,
  mode,
  onDone,
  onCancel,
}: {
  idPrefix: string;
  host: CommentHost;
  mode: Mode;
  onDone(node: CommentNode): void;
  onCancel?(): void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  const draftKey = `gorod.draft.comment.${host.type}.${host.id}.${mode.kind === 'reply' ? mode.parent.id : mode.kind === 'edit' ? `edit-${mode.comment.id}` : 'new'}`;
  const [draft, setDraft, clearDraft] = useDraft(draftKey, {
    body: mode.kind === 'edit' ? (mode.comment.body ?? '') : '',
    stance: '' as Stance | '',
    asOfficial: '',
  });
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  const [posted, setPosted] = useState(false);
  const departments = useDepartments();
  const mine = officialDepartments(me);
  const askStance = mode.kind === 'new' && host.stance;
  const targets = { body: `${idPrefix}-body`, stance: `${idPrefix}-stance-${stances[0]}`, asOfficial: `${idPrefix}-asOfficial` };

  const send = submit(
    () => {
      setPosted(false);
      if (mode.kind === 'edit') return api.PATCH('/api/comments/{id}', { params: { path: { id: mode.comment.id } }, body: { body: draft.body } });
      return api.POST('/api/comments/{hostType}/{hostId}', {
        params: { path: { hostType: host.type, hostId: host.id } },
        body: {
          body: draft.body,
          ...(mode.kind === 'reply' ? { parentId: mode.parent.id } : {}),
          ...(askStance && draft.stance ? { stance: draft.stance } : {}),
          ...(draft.asOfficial ? { asOfficial: draft.asOfficial } : {}),
        },
      });
    },
    (node) => {
      clearDraft();
      if (mode.kind === 'new') setPosted(true);
      onDone(node);
      if (mode.kind !== 'edit') void commentsChanged();
    },
  );

  const label =
    mode.kind === 'edit'
      ? t('comment.editLabel')
      : mode.kind === 'reply'
        ? t('comment.replyLabel', { name: mode.parent.author?.displayName ?? t('person.unknown') })
        : t('comment.newLabel');

  return (
    <form className={`comment-form comment-form--${mode.kind}`} onSubmit={send} noValidate>
      <ErrorSummary id={`${idPrefix}-errors`} error={error} targets={targets} codeFields={codeFields} />
      {posted && !error ? (
        <p className="comment-form__posted" role="status">
          {t('comment.posted')}
        </p>
      ) : null}
      {askStance ? (
        <RadioGroup
          idPrefix={`${idPrefix}-stance`}
          legend={t('comment.stance')}
          inline
          value={draft.stance}
          onChange={(v) => setDraft((d) => ({ ...d, stance: v as Stance }))}
          error={fieldMessage(error, 'stance', codeFields)}
          options={stances.map((s) => ({ value: s, label: t(`comment.stance.${s}`) }))}
        />
      ) : null}
      <TextArea
        id={`${idPrefix}-body`}
        label={label}
        hint={mode.kind === 'new' ? t('comment.hint') : undefined}
        value={draft.body}
        onChange={(v) => setDraft((d) => ({ ...d, body: v }))}
        rows={mode.kind === 'new' ? 5 : 4}
        maxLength={maxBodyLength}
        // a reply or an edit opens where the person pressed: the cursor goes into the text
        autoFocus={mode.kind !== 'new'}
        error={fieldMessage(error, 'body', codeFields)}
      />
      {mine.length && mode.kind !== 'edit' ? (
        <SelectField
          id={`${idPrefix}-asOfficial`}
          label={t('comment.asOfficial')}
          value={draft.asOfficial}
          onChange={(v) => setDraft((d) => ({ ...d, asOfficial: v }))}
          error={fieldMessage(error, 'asOfficial', codeFields)}
          options={[
            { value: '', label: t('comment.asMyself') },
            ...mine.map((id) => {
              const d = departments.data?.find((x) => x.id === id);
              return { value: id, label: t('person.official', { department: d ? f.name(d) : id }) };
            }),
          ]}
        />
      ) : null}
      <div className="comment-form__actions">
        <button type="submit" className="button" disabled={busy}>
          {mode.kind === 'edit' ? t('comment.save') : mode.kind === 'reply' ? t('comment.sendReply') : t('comment.send')}
        </button>
        {onCancel ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              clearDraft();
              onCancel();
            }}
          >
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
