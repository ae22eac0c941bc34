import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { bodyLimits, discussionKinds, normalizeTag, tagLimits, titleLimits, type DiscussionKind } from '@server/modules/discussions/domain/discussion-rules.js';
import { officialDepartments } from '../roles.js';
import { api } from '../api/client.js';
import { useDepartments, useDistricts } from '../api/lists.js';
import { invalidate, useApiQuery } from '../api/query.js';
import { ErrorSummary, fieldMessage } from '../components/errors.js';
import { Notice } from '../components/notice.js';
import { RadioGroup, SelectField, TextArea, TextField } from '../components/fields.js';
import { PageHeading, useTitle } from '../components/page.js';
import { useFormat } from '../format.js';
import { useSession } from '../session.js';
import { useDraft } from '../use-draft.js';
import { useSubmit } from '../use-submit.js';

const targets = { kind: 'f-kind-topic', title: 'f-title', body: 'f-body', districtId: 'f-districtId', tags: 'f-tags', asOfficial: 'f-asOfficial' };
const codeFields = { not_official_of_department: 'asOfficial' };

/** "школа, Двор ,#парк" → ["школа", "двор", "парк"]: each as the server stores it (normalizeTag), each once. */
export function parseTags(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(',')) {
    const tag = normalizeTag(raw);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/**
 * Open a discussion: a topic or a question, its text, district and tags. What was typed is kept
 * in this tab (sessionStorage) until it is published, so a reload or an error loses nothing.
 * With `?groupId=`, inside that community (from its page): its district, and back to it.
 */
export function NewDiscussionPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const { me } = useSession();
  const groupId = useSearchParams()[0].get('groupId');
  const group = useApiQuery('/api/groups/{id}', groupId ? { path: { id: groupId } } : null);
  const g = group.data;
  const [draft, setDraft, clearDraft] = useDraft('gorod.draft.discussion', {
    kind: 'topic' as DiscussionKind,
    title: '',
    body: '',
    districtId: me?.districtId ?? '',
    tags: '',
    asOfficial: '',
  });
  const { busy, error, submit } = useSubmit();
  const districts = useDistricts();
  const departments = useDepartments();
  const popular = useApiQuery('/api/discussions/tags', undefined, { select: (r) => r.items });
  const official = officialDepartments(me);
  useTitle(t('newDiscussion.title'), !!error);

  const set =
    <K extends keyof typeof draft>(k: K) =>
    (v: (typeof draft)[K]) =>
      setDraft((d) => ({ ...d, [k]: v }));
  const chosen = parseTags(draft.tags);

  const publish = submit(
    () =>
      api.POST('/api/discussions', {
        body: {
          kind: draft.kind,
          title: draft.title,
          body: draft.body,
          ...(groupId ? { groupId } : {}),
          ...(draft.districtId && !groupId ? { districtId: draft.districtId } : {}),
          ...(chosen.length ? { tags: chosen } : {}),
          ...(draft.asOfficial ? { asOfficial: draft.asOfficial } : {}),
        },
      }),
    (created) => {
      clearDraft();
      // the lists, the tags' counts and the author's public page have it now
      void invalidate('/api/discussions', '/api/discussions/tags', '/api/people/{id}');
      void navigate(`/discussions/${created.id}`);
    },
    { leaving: true },
  );

  function addTag(tag: string) {
    if (chosen.includes(tag)) return;
    setDraft((d) => ({ ...d, tags: [...parseTags(d.tags), tag].join(', ') }));
  }

  const districtOptions = [...(districts.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b))).map((d) => ({ value: d.id, label: f.name(d) }));
  const suggestions = (popular.data ?? [])
    .map((x) => x.tag)
    .filter((x) => !chosen.includes(x))
    .slice(0, 12);

  return (
    <div className="narrow">
      <p>
        <Link className="back-link" to={g ? `/groups/${g.id}` : '/discussions'}>
          {g ? t('groupDiscussions.back', { name: g.name }) : t('newDiscussion.back')}
        </Link>
      </p>
      <ErrorSummary error={error} targets={targets} codeFields={codeFields} />
      <PageHeading>{t('newDiscussion.title')}</PageHeading>
      <p className="lead">{t('newDiscussion.lead')}</p>
      {g ? (
        <Notice title={t('groupDiscussions.in', { name: g.name })}>
          <p>{g.membership === 'open' ? t('groupDiscussions.inHintOpen') : t('groupDiscussions.inHintMembers')}</p>
        </Notice>
      ) : null}
      <form onSubmit={publish} noValidate>
        <RadioGroup
          idPrefix="f-kind"
          legend={t('newDiscussion.kind')}
          value={draft.kind}
          onChange={(v) => set('kind')(v as DiscussionKind)}
          error={fieldMessage(error, 'kind')}
          options={discussionKinds.map((k) => ({ value: k, label: t(`newDiscussion.kind.${k}`) }))}
        />
        <TextField
          id="f-title"
          label={t('newDiscussion.titleLabel')}
          hint={draft.kind === 'question' ? t('newDiscussion.titleHintQuestion') : t('newDiscussion.titleHint')}
          value={draft.title}
          onChange={set('title')}
          maxLength={titleLimits.max}
          error={fieldMessage(error, 'title')}
        />
        <TextArea
          id="f-body"
          label={t('newDiscussion.body')}
          hint={t('newDiscussion.bodyHint')}
          value={draft.body}
          onChange={set('body')}
          rows={8}
          maxLength={bodyLimits.max}
          error={fieldMessage(error, 'body')}
        />
        {groupId ? null : (
          <SelectField
            id="f-districtId"
            label={t('field.district')}
            hint={t('newDiscussion.districtHint')}
            value={draft.districtId}
            onChange={set('districtId')}
            error={fieldMessage(error, 'districtId')}
            options={[{ value: '', label: t('newDiscussion.wholeCity') }, ...districtOptions]}
          />
        )}
        <TextField
          id="f-tags"
          label={t('newDiscussion.tags')}
          hint={t('newDiscussion.tagsHint', { max: tagLimits.maxCount })}
          value={draft.tags}
          onChange={set('tags')}
          error={fieldMessage(error, 'tags')}
        />
        {suggestions.length && chosen.length < tagLimits.maxCount ? (
          <div className="tag-suggest">
            <p className="tag-suggest__title" id="tag-suggest-title">
              {t('newDiscussion.popularTags')}
            </p>
            <ul className="chips" aria-labelledby="tag-suggest-title">
              {suggestions.map((tag) => (
                <li key={tag}>
                  <button type="button" className="chip" aria-label={t('newDiscussion.addTag', { tag })} onClick={() => addTag(tag)}>
                    + {tag}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {official.length ? (
          <SelectField
            id="f-asOfficial"
            label={t('comment.asOfficial')}
            value={draft.asOfficial}
            onChange={set('asOfficial')}
            error={fieldMessage(error, 'asOfficial', codeFields)}
            options={[
              { value: '', label: t('comment.asMyself') },
              ...official.map((id) => {
                const d = departments.data?.find((x) => x.id === id);
                return { value: id, label: t('person.official', { department: d ? f.name(d) : id }) };
              }),
            ]}
          />
        ) : null}
        <button className="button" type="submit" disabled={busy}>
          {t('newDiscussion.submit')}
        </button>
      </form>
    </div>
  );
}
