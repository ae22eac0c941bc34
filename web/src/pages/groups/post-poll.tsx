import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pollLimits, type ReactionKind } from '@server/modules/groups/domain/groups.js';
import { api, type ApiError } from '../../api/client.js';
import { invalidate } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { RadioGroup, TextField } from '../../components/fields.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';

type Post = Schema<'GroupPost'>;
type Reaction = ReactionKind;

/** What the poll part of the post form holds: the question, the options, a closing minute on the city's clock ('' none). */
export interface PollDraft {
  question: string;
  options: string[];
  closesAt: string;
}
export const emptyPoll = (): PollDraft => ({ question: '', options: ['', ''], closesAt: '' });

/** The error summary's links of the poll's fields. */
export function pollTargets(draft: PollDraft): Record<string, string> {
  return {
    'poll.question': 'f-poll-question',
    'poll.options': 'f-poll-option-0',
    'poll.closesAt': 'f-poll-closes',
    ...Object.fromEntries(draft.options.map((_, i) => [`poll.options.${i}`, `f-poll-option-${i}`])),
  };
}

/** The poll part of the post form: a question, 2–10 options (add, remove) and an optional closing time. */
export function PollFields({ draft, onChange, error }: { draft: PollDraft; onChange(d: PollDraft): void; error: ApiError | null }) {
  const { t } = useTranslation();
  const setOption = (i: number, v: string) => onChange({ ...draft, options: draft.options.map((o, j) => (j === i ? v : o)) });
  return (
    <fieldset className="fieldset group-poll-fields">
      <legend className="field__label">{t('groups.poll.legend')}</legend>
      <TextField
        id="f-poll-question"
        label={t('groups.poll.question')}
        value={draft.question}
        onChange={(question) => onChange({ ...draft, question })}
        maxLength={pollLimits.question.max}
        error={fieldMessage(error, 'poll.question')}
      />
      {draft.options.map((o, i) => (
        <div className="group-poll-fields__option" key={i}>
          <TextField
            id={`f-poll-option-${i}`}
            label={t('groups.poll.option', { n: i + 1 })}
            value={o}
            onChange={(v) => setOption(i, v)}
            maxLength={pollLimits.option.max}
            error={fieldMessage(error, `poll.options.${i}`) ?? (i === 0 ? error?.fields['poll.options'] : undefined)}
          />
          {draft.options.length > pollLimits.options.min ? (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => onChange({ ...draft, options: draft.options.filter((_, j) => j !== i) })}
            >
              {t('groups.poll.removeOption', { n: i + 1 })}
            </button>
          ) : null}
        </div>
      ))}
      {draft.options.length < pollLimits.options.max ? (
        <button type="button" className="button button--secondary button--small" onClick={() => onChange({ ...draft, options: [...draft.options, ''] })}>
          {t('groups.poll.addOption')}
        </button>
      ) : null}
      <TextField
        id="f-poll-closes"
        type="datetime-local"
        label={t('groups.poll.closesAt')}
        hint={t('groups.poll.closesAtHint')}
        value={draft.closesAt}
        onChange={(closesAt) => onChange({ ...draft, closesAt })}
        width="medium"
        error={fieldMessage(error, 'poll.closesAt')}
      />
    </fieldset>
  );
}

/** A post's poll: the choices while the reader can vote, else the results (votes and share of each option); its closing. */
export function PollView({ post }: { post: Post }) {
  const { t } = useTranslation();
  const f = useFormat();
  const poll = post.poll!;
  const [choice, setChoice] = useState('');
  const { busy, error, run, submit } = useSubmit();
  const refresh = () => invalidate('/api/groups/{id}/posts', '/api/groups/posts/{id}');
  const id = `poll-${post.id}`;
  const vote = submit(() => api.POST('/api/groups/posts/{id}/poll/vote', { params: { path: { id: post.id } }, body: { option: Number(choice) } }), refresh);
  const status = poll.closed ? t('groups.poll.closed') : poll.closesAt ? t('groups.poll.closesOn', { date: f.dateTime(poll.closesAt) }) : t('groups.poll.open');
  return (
    <section className="group-poll" aria-labelledby={`${id}-q`}>
      <h3 className="group-poll__question" id={`${id}-q`}>
        {poll.question}
      </h3>
      <ErrorSummary error={error} id={`${id}-errors`} targets={{ option: `${id}-0` }} />
      {poll.canVote ? (
        <form onSubmit={vote} noValidate aria-labelledby={`${id}-q`}>
          <RadioGroup
            idPrefix={id}
            legend={t('groups.poll.choose')}
            value={choice}
            onChange={setChoice}
            options={poll.options.map((o, i) => ({ value: String(i), label: o.text }))}
            error={fieldMessage(error, 'option')}
          />
          <button className="button" type="submit" disabled={busy || choice === ''}>
            {t('groups.poll.vote')}
          </button>
        </form>
      ) : (
        <ul className="group-poll__results">
          {poll.options.map((o, i) => (
            <li key={i} className={poll.myVote === i ? 'group-poll__mine' : undefined}>
              <span className="group-poll__option">
                <span>
                  {o.text}
                  {poll.myVote === i ? <span className="muted"> · {t('groups.poll.yourVote')}</span> : null}
                </span>
                <span>{t('groups.poll.votes', { count: o.votes, share: o.share })}</span>
              </span>
              <span className="group-poll__track" aria-hidden="true">
                <span className="group-poll__fill" style={{ width: `${o.share}%` }} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="group-poll__meta">
        {t('groups.poll.total', { count: poll.total })} · {status}
      </p>
      {poll.canClose ? (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          onClick={() => void run(() => api.POST('/api/groups/posts/{id}/poll/close', { params: { path: { id: post.id } } }), refresh)}
        >
          {t('groups.poll.close')}
        </button>
      ) : null}
    </section>
  );
}

const emoji: Record<Reaction, string> = { like: '👍', love: '❤️', laugh: '😂', wow: '😮', sad: '😢' };

/** A post's reactions: members toggle one of each kind; others see the counts of those left. */
export function Reactions({ post }: { post: Post }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmit();
  const toggle = (kind: Reaction, mine: boolean) =>
    run(
      () => {
        const params = { path: { id: post.id, kind } };
        return mine ? api.DELETE('/api/groups/posts/{id}/reactions/{kind}', { params }) : api.PUT('/api/groups/posts/{id}/reactions/{kind}', { params });
      },
      () => invalidate('/api/groups/{id}/posts', '/api/groups/posts/{id}'),
    );
  const shown = post.canReact ? post.reactions : post.reactions.filter((r) => r.count > 0);
  if (!shown.length) return null;
  return (
    <div className="group-reactions" role="group" aria-label={t('groups.reactions.label')}>
      {shown.map((r) =>
        post.canReact ? (
          <button
            key={r.kind}
            type="button"
            className={`group-reaction${r.mine ? ' group-reaction--mine' : ''}`}
            aria-pressed={r.mine}
            title={t(`groups.reactions.${r.kind}`)}
            aria-label={t('groups.reactions.button', { name: t(`groups.reactions.${r.kind}`), count: r.count })}
            disabled={busy}
            onClick={() => void toggle(r.kind, r.mine)}
          >
            <span aria-hidden="true">{emoji[r.kind]}</span> {r.count ? <span aria-hidden="true">{r.count}</span> : null}
          </button>
        ) : (
          <span
            key={r.kind}
            className="group-reaction"
            role="img"
            aria-label={t('groups.reactions.button', { name: t(`groups.reactions.${r.kind}`), count: r.count })}
          >
            {emoji[r.kind]} {r.count}
          </span>
        ),
      )}
      {error ? (
        <span role="alert" className="field__error">
          {error.message}
        </span>
      ) : null}
    </div>
  );
}
