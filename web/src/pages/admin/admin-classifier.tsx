import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { TextField } from '../../components/fields.js';
import { Tag } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useNamed } from '../../components/report-bits.js';
import { AdminNav } from './admin-nav.js';
import { GroupEditor } from './admin-classifier-group.js';
import { ReasonEditor } from './admin-classifier-reason.js';

type ClassifierTree = Schema<'ClassifierTree'>;
type Reason = Schema<'ClassifierReason'>;

/**
 * The classifier for administrators: the tree object → category → problem type (archived ones
 * too), searchable; choose a problem type to edit everything about it — texts, deadlines in
 * working days, photo required, extra fields, season, verified accounts only, archived. Every
 * change is audited by the server.
 */
export function AdminClassifierPage() {
  const { t } = useTranslation();
  useTitle(t('adminClassifier.title'));
  const [params, setParams] = useSearchParams();
  const chosen = Number(params.get('reason')) || null;
  const chosenObject = Number(params.get('object')) || null;
  const chosenCategory = Number(params.get('category')) || null;
  const tree = useApiQuery('/api/classifier', { query: { all: '1' } });
  const [filter, setFilter] = useState('');

  return (
    <>
      <AdminNav />
      <PageHeading>{t('adminClassifier.title')}</PageHeading>
      <p className="lead">{t('adminClassifier.lead')}</p>
      <QueryView query={tree}>
        {(data) => (
          <ClassifierSplit
            tree={data}
            filter={filter}
            onFilter={setFilter}
            chosen={{ reason: chosen, object: chosenObject, category: chosenCategory }}
            onClose={() => setParams({})}
          />
        )}
      </QueryView>
    </>
  );
}

/** The tree beside the editor of what is chosen in it (a problem type, a category or an object). */
function ClassifierSplit({
  tree,
  filter,
  onFilter,
  chosen: { reason: chosen, object: chosenObject, category: chosenCategory },
  onClose,
}: {
  tree: ClassifierTree;
  filter: string;
  onFilter(v: string): void;
  chosen: { reason: number | null; object: number | null; category: number | null };
  onClose(): void;
}) {
  const { t } = useTranslation();
  const named = useNamed();
  const needle = filter.trim().toLowerCase();
  const matches = (r: Reason) =>
    !needle || r.nameRu.toLowerCase().includes(needle) || (r.nameEn ?? '').toLowerCase().includes(needle) || String(r.id) === needle;
  const objects = tree.objects;
  const found = objects.flatMap((o) => o.categories.flatMap((c) => c.reasons.map((r) => ({ o, c, r })))).find((x) => x.r.id === chosen);
  const groupObject = objects.find((o) => o.id === chosenObject);
  const groupCategory = objects.flatMap((o) => o.categories.map((c) => ({ o, c }))).find((x) => x.c.id === chosenCategory);

  return (
    <div className="admin-split">
      <section className="admin-split__list" aria-labelledby="tree-title">
        <h2 id="tree-title">{t('adminClassifier.tree')}</h2>
        <TextField id="f-filter" type="search" label={t('adminClassifier.filter')} hint={t('adminClassifier.filterHint')} value={filter} onChange={onFilter} />
        <ul className="tree">
          {objects.map((o) => {
            const cats = o.categories.map((c) => ({ c, reasons: c.reasons.filter(matches) })).filter((x) => x.reasons.length);
            if (!cats.length) return null;
            return (
              <li key={o.id}>
                <details open={!!needle || found?.o.id === o.id}>
                  <summary>
                    {named(o)} {o.archived ? <Tag kind="neutral">{t('adminClassifier.archived')}</Tag> : null}{' '}
                    <Link to={`?object=${o.id}`} className="tree__edit">
                      {t('adminClassifier.editGroup')}
                    </Link>
                  </summary>
                  <ul>
                    {cats.map(({ c, reasons }) => (
                      <li key={c.id}>
                        <details open={!!needle || found?.c.id === c.id}>
                          <summary>
                            {named(c)} {c.archived ? <Tag kind="neutral">{t('adminClassifier.archived')}</Tag> : null}{' '}
                            <Link to={`?category=${c.id}`} className="tree__edit">
                              {t('adminClassifier.editGroup')}
                            </Link>
                          </summary>
                          <ul className="tree__reasons">
                            {reasons.map((r) => (
                              <li key={r.id}>
                                <Link to={`?reason=${r.id}`} aria-current={r.id === chosen ? 'true' : undefined}>
                                  {named(r)}
                                </Link>
                                {r.archived ? (
                                  <>
                                    {' '}
                                    <Tag kind="neutral">{t('adminClassifier.archived')}</Tag>
                                  </>
                                ) : null}
                              </li>
                            ))}
                          </ul>
                        </details>
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            );
          })}
        </ul>
      </section>
      <section className="admin-split__edit" aria-labelledby="edit-title">
        {groupObject ? (
          <GroupEditor key={`o${groupObject.id}`} kind="object" group={groupObject} path="" onClose={onClose} />
        ) : groupCategory ? (
          <GroupEditor key={`c${groupCategory.c.id}`} kind="category" group={groupCategory.c} path={named(groupCategory.o)} onClose={onClose} />
        ) : found ? (
          <ReasonEditor key={found.r.id} reason={found.r} path={`${named(found.o)} → ${named(found.c)}`} onClose={onClose} />
        ) : (
          <>
            <h2 id="edit-title">{t('adminClassifier.editTitle')}</h2>
            <p className="muted">{chosen ? t('adminClassifier.notFound') : t('adminClassifier.choose')}</p>
          </>
        )}
      </section>
    </div>
  );
}
