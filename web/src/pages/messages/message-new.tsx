import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { messageLimits } from '@server/modules/messages/domain/rules.js';
import { api } from '../../api/client.js';
import { useWorkingDepartments } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { RadioGroup, SelectField, TextArea, TextField } from '../../components/fields.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { PeoplePicker } from './people-picker.js';

type Whom = 'people' | 'department';

/**
 * Writing a first message: to a person (`?to=<their id>`, as a public figure's page links), or, chosen here, to people
 * one already writes with (several: a group chat with a name) or to a department (a request its officials answer).
 */
export function NewMessagePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const to = params.get('to') ?? '';
  const person = useApiQuery('/api/people/{id}', to ? { path: { id: to } } : null);
  const departments = useWorkingDepartments();
  const [whom, setWhom] = useState<Whom>('people');
  const [picked, setPicked] = useState<string[]>([]);
  const [department, setDepartment] = useState('');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const { busy, error, submit } = useSubmit();
  useTitle(t('messages.newTitle'), !!error);
  const body = () => {
    if (to) return { recipientIds: [to], text };
    if (whom === 'department') return { toDepartment: department, text };
    return { recipientIds: picked, ...(picked.length > 1 && title.trim() ? { title: title.trim() } : {}), text };
  };
  const send = submit(
    () => api.POST('/api/messages', { body: body() }),
    (r) => {
      void invalidate('/api/messages');
      void navigate(`/messages/${r.conversationId}`);
    },
    { leaving: true },
  );
  return (
    <div className="narrow">
      <p>
        <Link className="back-link" to="/messages">
          {t('messages.back')}
        </Link>
      </p>
      <ErrorSummary error={error} targets={{ text: 'f-text', recipientIds: to ? 'f-text' : 'f-whom-people', toDepartment: 'f-department', title: 'f-title' }} />
      <PageHeading>{t('messages.newTitle')}</PageHeading>
      {person.data ? <p className="lead">{t('messages.to', { name: person.data.displayName })}</p> : null}
      <form onSubmit={send as (e: FormEvent) => void} noValidate>
        {to ? null : (
          <>
            <RadioGroup
              idPrefix="f-whom"
              legend={t('messages.whom')}
              value={whom}
              onChange={(v) => setWhom(v as Whom)}
              options={[
                { value: 'people', label: t('messages.whom.people') },
                { value: 'department', label: t('messages.whom.department') },
              ]}
            />
            {whom === 'department' ? (
              <SelectField
                id="f-department"
                label={t('messages.department')}
                hint={t('messages.departmentHint')}
                value={department}
                onChange={setDepartment}
                error={fieldMessage(error, 'toDepartment')}
                options={[{ value: '', label: t('messages.chooseDepartment') }, ...(departments.data ?? []).map((d) => ({ value: d.id, label: f.name(d) }))]}
              />
            ) : (
              <>
                <PeoplePicker
                  idPrefix="f-people"
                  legend={t('messages.people')}
                  empty={t('messages.noPeople')}
                  picked={picked}
                  onChange={setPicked}
                  error={fieldMessage(error, 'recipientIds')}
                />
                {picked.length > 1 ? (
                  <TextField
                    id="f-title"
                    label={t('messages.chatTitle')}
                    value={title}
                    onChange={setTitle}
                    maxLength={messageLimits.title}
                    error={fieldMessage(error, 'title')}
                  />
                ) : null}
              </>
            )}
          </>
        )}
        {to || whom === 'people' ? <p className="muted">{t('messages.newHint')}</p> : null}
        <TextArea
          id="f-text"
          label={t('messages.write')}
          value={text}
          onChange={setText}
          rows={5}
          maxLength={messageLimits.text}
          error={fieldMessage(error, 'text')}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('messages.send')}
        </button>
      </form>
    </div>
  );
}
