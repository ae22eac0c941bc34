import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { useFormat } from '../../format.js';

type Group = Schema<'Group'>;

/**
 * What a verified organisation runs, on its page: its volunteering projects with shifts to come and the charity
 * causes it reports on. Its owner and admins (`canManage`) get the link to announce a project on its behalf. Other
 * groups show nothing; a section with nothing in it is left out for visitors.
 */
export function GroupWork({ g }: { g: Group }) {
  const { t } = useTranslation();
  const f = useFormat();
  const organisation = g.kind === 'organisation' && g.verified;
  const projects = useApiQuery('/api/volunteering/projects', organisation ? { query: { groupId: g.id } } : null);
  const causes = useApiQuery('/api/charity/causes', organisation ? { query: { groupId: g.id } } : null);
  if (!organisation) return null;
  const canManage = g.me.canManage;
  const projectItems = projects.data?.items ?? [];
  const causeItems = causes.data?.items ?? [];
  return (
    <>
      {projectItems.length || canManage ? (
        <section className="group-section" aria-labelledby="group-volunteering">
          <h2 id="group-volunteering">{t('groups.work.volunteering')}</h2>
          {canManage ? (
            <p>
              <Link className="button button--secondary" to={`/volunteering/new?group=${g.id}`}>
                {t('groups.work.newProject')}
              </Link>
            </p>
          ) : null}
          {projectItems.length ? (
            <ul className="group-list">
              {projectItems.map((p) => (
                <li key={p.id} className="group-card">
                  <div>
                    <Link to={`/volunteering/${p.id}`}>{p.title}</Link>
                    {p.nextShiftAt ? <p className="muted">{t('groups.work.nextShift', { when: f.dateTime(p.nextShiftAt) })}</p> : null}
                  </div>
                </li>
              ))}
            </ul>
          ) : projects.data ? (
            <p className="muted">{t('groups.work.volunteeringNone')}</p>
          ) : null}
        </section>
      ) : null}
      {causeItems.length ? (
        <section className="group-section" aria-labelledby="group-causes">
          <h2 id="group-causes">{t('groups.work.causes')}</h2>
          <ul className="group-list">
            {causeItems.map((c) => (
              <li key={c.id} className="group-card">
                <div>
                  <Link to={`/charity/${c.id}`}>{c.title}</Link>
                  <p className="muted">
                    {t('groups.work.collected', { collected: f.money(c.collectedRubles, 'RUB'), target: f.money(c.targetRubles, 'RUB') })}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
