import { afterLimits, parseSourceRef } from '@server/modules/events/domain/events.js';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { eventKinds, eventLimits as limits, type EventKind } from '@server/modules/events/domain/events.js';
import { api, ApiError } from '../../api/client.js';
import { useDepartments } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Me, Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { RadioGroup, SelectField, TextArea, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PhotoUpload } from '../../components/photo-upload.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { isCityAdministrator, officialDepartments } from '../../roles.js';
import { useSession } from '../../session.js';
import { useDraft } from '../../use-draft.js';
import { useSubmit } from '../../use-submit.js';
import { bodyOf, draftOf, emptyDraft, type EventDraft } from './event-form-draft.js';
import { EventPlaceFields, placeCodeFields } from './event-form-place.js';
import './events-organise.css';

type EventView = Schema<'EventView'>;

const targets = {
  kind: 'f-kind-meeting',
  title: 'f-title',
  description: 'f-description',
  departmentId: 'f-departmentId',
  groupId: 'f-departmentId',
  lat: 'f-map',
  lon: 'f-map',
  address: 'f-address',
  onlineUrl: 'f-onlineUrl',
  startsAt: 'f-startsAt',
  endsAt: 'f-endsAt',
  capacity: 'f-capacity',
  registrationOpensAt: 'f-registrationOpensAt',
  registrationClosesAt: 'f-registrationClosesAt',
  minAge: 'f-minAge',
  accessibility: 'f-accessibility',
  imageFileId: 'f-image',
  priorityDays: 'f-priorityDays',
};
// refusals that are not a field's, shown beside the field they are about
const codeFields = {
  ...placeCodeFields,
  not_event_department_official: 'departmentId',
  event_organiser_not_verified: 'departmentId',
  event_group_not_run: 'departmentId',
};
type OrganiserGroup = Schema<'EventGroup'>;
/** The organiser select's value for a group (departments' ids never start so). */
const groupValue = (id: string) => `group:${id}`;

/** The departments a person may organise for: an administrator's all, an official's own. */
function organisingDepartments(me: Me | null | undefined, all: Schema<'CityDepartment'>[]): Schema<'CityDepartment'>[] {
  if (isCityAdministrator(me)) return all;
  const mine = officialDepartments(me);
  return all.filter((d) => mine.includes(d.id));
}

/**
 * /events/new and /events/:id/edit — an event's details: kind, title, description, who organises it, the place (a
 * point on the map, or an online link), start and end on the city's clock, places, the registration window, a
 * minimum age and accessibility. An official organises for their department (public at once); whoever runs a group
 * on its behalf (`?group=<id>` picks it; a verified organisation's is public at once, another group's is checked); a
 * verified resident as themselves (a moderator looks first); others are told why they cannot and where to verify.
 */
export function EventFormPage() {
  const { id } = useParams();
  return id === undefined ? <NewEventPage /> : <EditEventPage id={id} />;
}

function FormLayout({ existing, children }: { existing?: EventView; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="narrow ev-form">
      <p>
        <Link className="back-link" to={existing ? `/events/${existing.id}` : '/events'}>
          {existing ? existing.title : t('eventsOrganise.backToEvents')}
        </Link>
      </p>
      <PageHeading>{existing ? t('eventsOrganise.editTitle') : t('eventsOrganise.newTitle')}</PageHeading>
      {children}
    </div>
  );
}

function NewEventPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  const departments = useDepartments();
  const groups = useApiQuery('/api/events/organisers/mine', me ? {} : null);
  useTitle(t('eventsOrganise.newTitle'));
  const mayForDepartment = isCityAdministrator(me) || officialDepartments(me).length > 0;
  const verified = me?.verification === 'verified';

  if (!groups.data && (groups.isPending || groups.isError) && me) return <QueryView query={groups}>{() => null}</QueryView>;
  const myGroups = groups.data?.items ?? [];
  if (!mayForDepartment && !verified && !myGroups.length) {
    return (
      <FormLayout>
        <Notice kind="warning" title={t('eventsOrganise.notVerifiedTitle')}>
          <p>{t('eventsOrganise.notVerifiedText')}</p>
          <p>
            <Link to="/profile/verification">{t('eventsOrganise.verifyLink')}</Link>
          </p>
        </Notice>
      </FormLayout>
    );
  }
  return (
    <FormLayout>
      <p className="lead">{t('eventsOrganise.lead')}</p>
      <QueryView query={departments}>
        {(all) => {
          const mine = organisingDepartments(me, all);
          return <NewEventFields departments={mine} groups={myGroups} asResident={verified} onSaved={(id) => void navigate(`/events/${id}`)} />;
        }}
      </QueryView>
    </FormLayout>
  );
}

function NewEventFields({
  departments,
  groups,
  asResident,
  onSaved,
}: {
  departments: Schema<'CityDepartment'>[];
  groups: OrganiserGroup[];
  asResident: boolean;
  onSaved(id: string): void;
}) {
  const [draft, setDraft, clearDraft] = useDraft<EventDraft>(
    'gorod.draft.event',
    emptyDraft(departments[0]?.id ?? '', groups[0] && !departments.length && !asResident ? groups[0].id : ''),
  );
  // a group's page links here with ?group=<id>: that group, when the person runs it (once, on arrival)
  const asked = groups.find((g) => g.id === new URLSearchParams(window.location.search).get('group'))?.id;
  useEffect(() => {
    if (asked) setDraft((d) => ({ ...d, departmentId: '', groupId: asked }));
  }, [asked, setDraft]);
  return (
    <EventFields
      draft={draft}
      setDraft={setDraft}
      clearDraft={clearDraft}
      departments={departments}
      groups={groups}
      asResident={asResident}
      existing={null}
      onSaved={onSaved}
    />
  );
}

function EditEventPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const loaded = useApiQuery('/api/events/{id}', { path: { id } });
  useTitle(loaded.data ? t('eventsOrganise.editTitleOf', { title: loaded.data.title }) : t('eventsOrganise.editTitle'));
  return (
    <QueryView query={loaded}>
      {(existing) => (
        <FormLayout existing={existing}>
          {!existing.isOrganiser ? (
            <Notice kind="warning" title={t('eventsOrganise.notOrganiser')} />
          ) : existing.status === 'cancelled' ? (
            <Notice kind="info" title={t('eventsOrganise.cancelledCannotEdit')} />
          ) : (
            <EditEventFields key={existing.id} existing={existing} onSaved={() => void navigate(`/events/${existing.id}`)} />
          )}
        </FormLayout>
      )}
    </QueryView>
  );
}

function EditEventFields({ existing, onSaved }: { existing: EventView; onSaved(id: string): void }) {
  const [draft, setDraft] = useState(() => draftOf(existing));
  return (
    <EventFields
      draft={draft}
      setDraft={setDraft}
      clearDraft={() => undefined}
      departments={[]}
      groups={[]}
      asResident={false}
      existing={existing}
      onSaved={onSaved}
    />
  );
}

/**
 * Who organises a new event: the official's department(s), a group the person runs, or the resident themselves
 * (held for moderation, as is an unverified group's event).
 */
function OrganiserField({
  draft,
  setDraft,
  departments,
  groups,
  asResident,
  held,
  error,
}: {
  draft: EventDraft;
  setDraft(update: (d: EventDraft) => EventDraft): void;
  departments: Schema<'CityDepartment'>[];
  groups: OrganiserGroup[];
  asResident: boolean;
  /** It will wait for a moderator (said beside the choice). */
  held: boolean;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const options = [
    ...departments.map((d) => ({ value: d.id, label: f.name(d) })),
    ...groups.map((g) => ({ value: groupValue(g.id), label: t('eventsOrganise.forGroup', { name: g.name }) })),
    ...(asResident ? [{ value: '', label: t('eventsOrganise.asMyself') }] : []),
  ];
  const group = groups.find((g) => g.id === draft.groupId);
  const message = fieldMessage(error, 'departmentId', codeFields) ?? fieldMessage(error, 'groupId', codeFields);
  const choose = (v: string) =>
    setDraft((d) =>
      v.startsWith(groupValue('')) ? { ...d, departmentId: '', groupId: v.slice(groupValue('').length) } : { ...d, departmentId: v, groupId: '' },
    );
  return (
    <>
      {options.length > 1 ? (
        <SelectField
          id="f-departmentId"
          label={t('eventsOrganise.organiser')}
          hint={group ? t('eventsOrganise.groupHint') : t('eventsOrganise.organiserHint')}
          value={draft.groupId ? groupValue(draft.groupId) : draft.departmentId}
          onChange={choose}
          error={message}
          options={options}
        />
      ) : (
        <div className="field" id="f-departmentId" tabIndex={-1}>
          <p className="field__label">{t('eventsOrganise.organiser')}</p>
          <p>{options[0]?.label}</p>
          {message ? <p className="field__error">{message}</p> : null}
        </div>
      )}
      {held ? <Notice kind="info" title={t('eventsOrganise.heldNotice')} /> : null}
    </>
  );
}

function EventFields({
  draft,
  setDraft,
  clearDraft,
  departments,
  groups,
  asResident,
  existing,
  onSaved,
}: {
  draft: EventDraft;
  setDraft(update: (d: EventDraft) => EventDraft): void;
  clearDraft(): void;
  departments: Schema<'CityDepartment'>[];
  groups: OrganiserGroup[];
  asResident: boolean;
  existing: EventView | null;
  onSaved(id: string): void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { busy, error, setError, run } = useSubmit();
  useTitle(existing ? t('eventsOrganise.editTitleOf', { title: existing.title }) : t('eventsOrganise.newTitle'), !!error);
  const set =
    <K extends keyof EventDraft>(k: K) =>
    (v: EventDraft[K]) =>
      setDraft((d) => ({ ...d, [k]: v }));
  const people = existing ? existing.registeredCount + existing.waitlistCount : 0;
  // a resident's or an ordinary group's event waits for a moderator; a verified organisation's is public at once
  const held = draft.departmentId === '' && !groups.find((g) => g.id === draft.groupId)?.verified;
  // a meeting on a poll, an initiative or a project: opened from its page (?source=), or saved with one
  const source = existing ? existing.source : sourceOfPage();

  function send(e: FormEvent) {
    e.preventDefault();
    const body = bodyOf(draft, { timeRequired: t('eventsOrganise.timeRequired'), wholeNumber: t('eventsOrganise.wholeNumber') });
    if (body instanceof ApiError) return setError(body);
    void run(
      async () =>
        existing
          ? (await api.PUT('/api/events/{id}', { params: { path: { id: existing.id } }, body })).id
          : (
              await api.POST('/api/events', {
                body: { ...body, departmentId: draft.groupId ? null : draft.departmentId || null, groupId: draft.groupId || null, source: sourceOfPage() },
              })
            ).id,
      (id) => {
        if (!existing) clearDraft();
        void invalidate('/api/events', '/api/events/{id}', '/api/me/events');
        onSaved(id);
      },
      { leaving: true },
    );
  }

  return (
    <>
      <ErrorSummary error={error} targets={targets} codeFields={codeFields} />
      {existing && people > 0 ? (
        <Notice kind="warning" title={t('eventsOrganise.peopleWillBeTold', { count: people })}>
          <p>{t('eventsOrganise.capacityRule', { count: existing.registeredCount })}</p>
        </Notice>
      ) : null}
      {!existing && source ? <Notice kind="info" title={t(`eventsAfter.openingOn.${source.type}`)} /> : null}
      <form onSubmit={send} noValidate>
        <RadioGroup
          idPrefix="f-kind"
          legend={t('eventsOrganise.kind')}
          value={draft.kind}
          onChange={(v) => set('kind')(v as EventKind)}
          error={fieldMessage(error, 'kind')}
          options={eventKinds.map((k) => ({ value: k, label: t(`eventsOrganise.kind.${k}`) }))}
        />
        <TextField
          id="f-title"
          label={t('eventsOrganise.title')}
          hint={t('eventsOrganise.titleHint')}
          value={draft.title}
          onChange={set('title')}
          maxLength={limits.title.max}
          error={fieldMessage(error, 'title')}
        />
        <TextArea
          id="f-description"
          label={t('eventsOrganise.description')}
          hint={t('eventsOrganise.descriptionHint')}
          value={draft.description}
          onChange={set('description')}
          rows={8}
          maxLength={limits.description.max}
          error={fieldMessage(error, 'description')}
        />
        <PhotoUpload
          id="f-image"
          label={t('eventsAfter.image')}
          hint={t('eventsAfter.imageHint')}
          photos={draft.image}
          max={1}
          onChange={(update) => setDraft((d) => ({ ...d, image: update(d.image) }))}
          error={fieldMessage(error, 'imageFileId')}
        />
        {existing ? (
          <div className="field">
            <p className="field__label">{t('eventsOrganise.organiser')}</p>
            <p>
              {existing.departmentId ? <DepartmentName id={existing.departmentId} /> : existing.group ? existing.group.name : t('eventsOrganise.byResident')}
            </p>
          </div>
        ) : (
          <OrganiserField draft={draft} setDraft={setDraft} departments={departments} groups={groups} asResident={asResident} held={held} error={error} />
        )}

        <h2 className="ev-form__section">{t('eventsOrganise.whereTitle')}</h2>
        <EventPlaceFields draft={draft} setDraft={setDraft} error={error} />

        <h2 className="ev-form__section">{t('eventsOrganise.whenTitle')}</h2>
        <p className="field__hint">{t('eventsOrganise.cityClock')}</p>
        <div className="ev-form__pair">
          <TextField
            type="datetime-local"
            width="medium"
            id="f-startsAt"
            label={t('eventsOrganise.startsAt')}
            value={draft.startsAt}
            onChange={set('startsAt')}
            error={fieldMessage(error, 'startsAt')}
          />
          <TextField
            type="datetime-local"
            width="medium"
            id="f-endsAt"
            label={t('eventsOrganise.endsAt')}
            value={draft.endsAt}
            onChange={set('endsAt')}
            error={fieldMessage(error, 'endsAt')}
          />
        </div>

        <h2 className="ev-form__section">{t('eventsOrganise.registrationTitle')}</h2>
        <TextField
          id="f-capacity"
          type="number"
          width="short"
          label={t('eventsOrganise.capacity')}
          hint={existing ? t('eventsOrganise.capacityHintEdit', { count: existing.registeredCount }) : t('eventsOrganise.capacityHint')}
          value={draft.capacity}
          onChange={set('capacity')}
          min={String(limits.capacity.min)}
          error={fieldMessage(error, 'capacity')}
        />
        <div className="ev-form__pair">
          <TextField
            type="datetime-local"
            width="medium"
            id="f-registrationOpensAt"
            label={t('eventsOrganise.registrationOpensAt')}
            hint={t('eventsOrganise.registrationOpensHint')}
            value={draft.registrationOpensAt}
            onChange={set('registrationOpensAt')}
            error={fieldMessage(error, 'registrationOpensAt')}
          />
          <TextField
            type="datetime-local"
            width="medium"
            id="f-registrationClosesAt"
            label={t('eventsOrganise.registrationClosesAt')}
            hint={t('eventsOrganise.registrationClosesHint')}
            value={draft.registrationClosesAt}
            onChange={set('registrationClosesAt')}
            error={fieldMessage(error, 'registrationClosesAt')}
          />
        </div>
        {source ? (
          <TextField
            id="f-priorityDays"
            type="number"
            width="short"
            label={t('eventsAfter.priorityDays')}
            hint={t(`eventsAfter.priorityDaysHint.${source.type}`, { max: afterLimits.priorityDays.max })}
            value={draft.priorityDays}
            onChange={set('priorityDays')}
            min={String(afterLimits.priorityDays.min)}
            error={fieldMessage(error, 'priorityDays')}
          />
        ) : null}
        <TextField
          id="f-minAge"
          type="number"
          width="short"
          label={t('eventsOrganise.minAge')}
          hint={t('eventsOrganise.minAgeHint')}
          value={draft.minAge}
          onChange={set('minAge')}
          min="0"
          error={fieldMessage(error, 'minAge')}
        />
        <TextArea
          id="f-accessibility"
          label={t('eventsOrganise.accessibility')}
          hint={t('eventsOrganise.accessibilityHint')}
          value={draft.accessibility}
          onChange={set('accessibility')}
          rows={3}
          maxLength={limits.accessibility.max}
          error={fieldMessage(error, 'accessibility')}
        />
        {existing?.startsAt ? <p className="muted">{t('eventsOrganise.nowStarts', { when: f.dateTime(existing.startsAt) })}</p> : null}
        <button className="button" type="submit" disabled={busy}>
          {existing ? t('eventsOrganise.save') : held ? t('eventsOrganise.sendToModeration') : t('eventsOrganise.publish')}
        </button>
      </form>
    </>
  );
}

function DepartmentName({ id }: { id: string }) {
  const f = useFormat();
  const departments = useDepartments();
  const d = departments.data?.find((x) => x.id === id);
  return <>{d ? f.name(d) : id}</>;
}

/** A meeting opened from a poll's, an initiative's or a project's page: `/events/new?source=poll:<id>` names its source. */
function sourceOfPage() {
  return parseSourceRef(new URLSearchParams(window.location.search).get('source') ?? '');
}
