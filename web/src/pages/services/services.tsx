import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useSession } from '../../session.js';
import { NotFoundPage } from '../not-found.js';
import { RoleCards, roleName, ServiceList } from './services-bits.js';
import './services.css';

/** /services: the life roles, the reader's own first, each leading to its services; a link to propose one. */
export function ServicesPage() {
  const { t } = useTranslation();
  useTitle(t('services.title'));
  const { me } = useSession();
  const roles = useApiQuery('/api/services/roles', me === undefined ? null : undefined);
  return (
    <div className="services">
      <PageHeading>{t('services.title')}</PageHeading>
      <p className="lead">{t('services.intro')}</p>
      <QueryView query={roles}>
        {({ items }) => {
          const mine = items.filter((r) => r.mine);
          const other = items.filter((r) => !r.mine);
          return (
            <>
              {mine.length ? (
                <section className="section" aria-labelledby="services-mine">
                  <h2 id="services-mine">{t('services.mineTitle')}</h2>
                  <RoleCards roles={mine} labelledBy="services-mine" />
                </section>
              ) : (
                <p>
                  {t('services.chooseHint')} {me ? <Link to="/profile#life-roles-title">{t('services.chooseLink')}</Link> : null}
                </p>
              )}
              <section className="section" aria-labelledby="services-all">
                <h2 id="services-all">{mine.length ? t('services.otherTitle') : t('services.allTitle')}</h2>
                <RoleCards roles={other} labelledBy="services-all" />
              </section>
            </>
          );
        }}
      </QueryView>
      <p>
        <Link className="button button--secondary" to="/services/propose">
          {t('services.proposeLink')}
        </Link>
      </p>
    </div>
  );
}

/** /services/roles/:key: one role, its description and its services (or the portal's page when Gorod lists none). */
export function ServiceRolePage() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  const { me } = useSession();
  const role = useApiQuery('/api/services/roles/{key}', me === undefined ? null : { path: { key } });
  useTitle(role.data ? roleName(role.data.role) : t('services.title'));
  if (role.error?.status === 404 || role.error?.status === 400) return <NotFoundPage />;
  return (
    <div className="services">
      <p>
        <Link className="back-link" to="/services">
          {t('services.back')}
        </Link>
      </p>
      <QueryView query={role}>
        {({ role: r, services }) => (
          <>
            <PageHeading>
              <span aria-hidden="true">{r.icon} </span>
              {roleName(r)}
            </PageHeading>
            <p className="lead">{t('services.count', { count: services.length })}</p>
            {r.moderation !== 'visible' ? <Notice kind="warning">{t(r.moderation === 'held' ? 'services.held' : 'services.hidden')}</Notice> : null}
            {services.length ? <ServiceList items={services} /> : <p>{t('services.noServices')}</p>}
            {r.sourceUrl ? (
              <p>
                <a href={r.sourceUrl} target="_blank" rel="noopener noreferrer">
                  {t('services.portalLink')}
                </a>
              </p>
            ) : null}
          </>
        )}
      </QueryView>
    </div>
  );
}
