import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { CommentThread } from '../../components/comment-thread.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextArea } from '../../components/fields.js';
import { FlagButton } from '../../components/flag-dialog.js';
import { FollowButton } from '../../components/follow-button.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { PlainText } from '../../components/plain-text.js';
import { QueryView } from '../../components/query-view.js';
import { ShareButton } from '../../components/share-button.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { useSession } from '../../session.js';
import { useSubmit } from '../../use-submit.js';
import { NotFoundPage } from '../not-found.js';
import { roleName, serviceTitle } from './services-bits.js';
import './services.css';

type ServiceView = Schema<'ServiceView'>;

/** /services/:id: what the service gives, how to get it, the documents and terms, its roles, and «was this useful?». */
export function ServicePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useSession();
  const service = useApiQuery('/api/services/{id}', me === undefined ? null : { path: { id } });
  useTitle(service.data ? serviceTitle(service.data) : t('services.title'));
  if (service.error?.status === 404 || service.error?.status === 400) return <NotFoundPage />;
  return (
    <div className="services">
      {service.error && !service.data ? <PageHeading>{t('services.title')}</PageHeading> : null}
      <QueryView query={service}>{(s) => <ServiceArticle s={s} key={s.id} />}</QueryView>
    </div>
  );
}

function ServiceArticle({ s }: { s: ServiceView }) {
  const { t } = useTranslation();
  const isPublic = s.moderation === 'visible';
  const first = s.roles[0];
  return (
    <>
      <p>
        <Link className="back-link" to={first ? `/services/roles/${first.key}` : '/services'}>
          {first ? roleName(first) : t('services.back')}
        </Link>
      </p>
      <article aria-labelledby="service-title" className="service">
        <PageHeading id="service-title">{serviceTitle(s)}</PageHeading>
        {s.moderation !== 'visible' ? <Notice kind="warning">{t(s.moderation === 'held' ? 'services.held' : 'services.hidden')}</Notice> : null}
        {s.demoText ? (
          <Notice kind="info" title={t('services.demoLabel')}>
            <p>{t('services.demo')}</p>
          </Notice>
        ) : null}
        <PlainText text={s.description} />
        <section aria-labelledby="service-how" className="service__how">
          <h2 id="service-how">{t('services.howTitle')}</h2>
          <ul className="service__ways">
            {s.onlineLink ? (
              <li>
                <a className="button" href={s.onlineLink} target="_blank" rel="noopener noreferrer">
                  {t('services.applyOnline')}
                </a>
              </li>
            ) : null}
            {s.inPerson ? (
              <li>
                <strong>{t('services.inPerson')}:</strong> {s.inPerson}
              </li>
            ) : null}
            {s.phone ? (
              <li>
                <strong>{t('services.byPhone')}:</strong> <a href={`tel:${s.phone.replace(/[^+\d]/g, '')}`}>{s.phone}</a>
              </li>
            ) : null}
          </ul>
        </section>
        <section aria-labelledby="service-documents">
          <h2 id="service-documents">{t('services.documents')}</h2>
          {s.documents.length ? (
            <ul>
              {s.documents.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : (
            <p>{t('services.noDocuments')}</p>
          )}
        </section>
        <dl className="service__facts">
          {s.provider ? <Fact term={t('services.provider')}>{currentLanguage() === 'en' ? s.provider.nameEn : s.provider.nameRu}</Fact> : null}
          {s.price ? <Fact term={t('services.price')}>{s.price}</Fact> : null}
          {s.timeLimit ? <Fact term={t('services.timeLimit')}>{s.timeLimit}</Fact> : null}
          {s.whoMayApply ? <Fact term={t('services.whoMayApply')}>{s.whoMayApply}</Fact> : null}
          {s.roles.length ? (
            <Fact term={t('services.roles')}>
              {s.roles.map((r, i) => (
                <span key={r.key}>
                  {i ? ', ' : ''}
                  <Link to={`/services/roles/${r.key}`}>{roleName(r)}</Link>
                </span>
              ))}
            </Fact>
          ) : null}
          {s.sourceUrl ? (
            <Fact term={t('services.source')}>
              <a href={s.sourceUrl} target="_blank" rel="noopener noreferrer">
                {new URL(s.sourceUrl).host}
              </a>
            </Fact>
          ) : null}
        </dl>
        {s.proposedBy ? (
          <p>
            <Link to={`/people/${s.proposedBy.id}`}>{t('services.proposedBy', { name: s.proposedBy.displayName })}</Link>
          </p>
        ) : null}
        {isPublic ? <Usefulness s={s} /> : null}
        {isPublic ? (
          <div className="entity-actions" role="group">
            <FollowButton entityType="service" entityId={s.id} />
            <ShareButton title={s.title} path={`/services/${s.id}`} />
            <FlagButton entityType="service" entityId={s.id} />
          </div>
        ) : null}
      </article>
      {isPublic ? <CommentThread hostType="service" hostId={s.id} /> : null}
    </>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** «Was this useful?»: two buttons and an optional note; the reader's own answer is shown and can be changed. */
function Usefulness({ s }: { s: ServiceView }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [note, setNote] = useState(s.mine?.note ?? '');
  const [done, setDone] = useState(false);
  const { busy, error, run } = useSubmit();
  const mark = (useful: boolean) =>
    run(
      () => api.PUT('/api/services/{id}/mark', { params: { path: { id: s.id } }, body: { useful, note: note.trim() || null } }),
      async () => {
        setDone(true);
        await invalidate('/api/services/{id}');
      },
    );
  return (
    <section aria-labelledby="service-useful" className="service__useful">
      <h2 id="service-useful">{t('services.usefulTitle')}</h2>
      <p className="muted">{t('services.markCounts', { useful: s.usefulCount, notUseful: s.notUsefulCount })}</p>
      {!me ? (
        <p>
          <Link to={`/login?next=${encodeURIComponent(`/services/${s.id}`)}`}>{t('services.signInToMark')}</Link>
        </p>
      ) : (
        <>
          {done ? <Notice kind="success">{t('services.marked')}</Notice> : null}
          {s.mine ? <p>{t(s.mine.useful ? 'services.markedUseful' : 'services.markedNotUseful')}</p> : null}
          <ErrorSummary error={error} targets={{ note: 'f-note' }} id="useful-errors" />
          <TextArea
            id="f-note"
            label={t('services.noteLabel')}
            hint={t('services.noteHint')}
            value={note}
            onChange={setNote}
            rows={3}
            maxLength={1000}
            error={fieldMessage(error, 'note')}
          />
          <div className="service__marks" role="group" aria-labelledby="service-useful">
            <button className="button" type="button" disabled={busy} aria-pressed={s.mine?.useful === true} onClick={() => void mark(true)}>
              {t('services.useful')}
            </button>
            <button className="button button--secondary" type="button" disabled={busy} aria-pressed={s.mine?.useful === false} onClick={() => void mark(false)}>
              {t('services.notUseful')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
