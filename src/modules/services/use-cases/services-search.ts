import type { SearchKind } from '../../../core/module/search.js';
import { searchIdsAfter } from '../../../core/search/pages.js';
import { findRolesByIdOrKey, findServices } from '../db/queries.js';
import { lifeRoles, services } from '../db/schema.js';
import { lifeRoleType, rolePath, servicePath, serviceType } from './catalogue.js';

/** Services in the site-wide search: public ones, by title (both languages) and what they give, need and whom they serve. */
export const serviceSearch: SearchKind = {
  kind: serviceType,
  ids: (db, after, limit) => searchIdsAfter(db, services, services.id, after, limit),
  async documents(db, ids) {
    return (await findServices(db, ids)).map((row) => ({
      id: row.id,
      title: row.title,
      titleEn: row.titleEn,
      body: [row.description, row.whoMayApply, row.providerName, ...row.documents].filter(Boolean).join(' '),
      districtId: null,
      // a public service can be applied for
      status: 'open' as const,
      date: row.createdAt,
      path: servicePath(row.id),
      visible: row.moderation === 'visible',
    }));
  },
};

/** Life roles in the site-wide search: «Я родитель» finds the role's page with its services. */
export const lifeRoleSearch: SearchKind = {
  kind: lifeRoleType,
  ids: (db, after, limit) => searchIdsAfter(db, lifeRoles, lifeRoles.id, after, limit),
  async documents(db, ids) {
    return (await findRolesByIdOrKey(db, ids)).map((row) => ({
      id: row.id,
      title: row.nameRu,
      titleEn: row.nameEn,
      body: `${row.descriptionRu} ${row.descriptionEn}`,
      districtId: null,
      status: 'open' as const,
      date: row.createdAt,
      path: rolePath(row.key),
      visible: row.moderation === 'visible',
    }));
  },
};
