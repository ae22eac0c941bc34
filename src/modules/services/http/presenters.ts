import type { LifeRoleRow, ServiceRow } from '../db/queries.js';
import { usefulPercent } from '../domain/services.js';
import type { getService } from '../use-cases/catalogue.js';

/** A role as the catalogue shows it. */
export function presentRole(r: LifeRoleRow & { serviceCount?: number; mine?: boolean }) {
  return {
    id: r.id,
    key: r.key,
    nameRu: r.nameRu,
    nameEn: r.nameEn,
    icon: r.icon,
    descriptionRu: r.descriptionRu,
    descriptionEn: r.descriptionEn,
    position: r.position,
    sourceUrl: r.sourceUrl,
    serviceCount: r.serviceCount ?? 0,
    mine: r.mine ?? false,
    moderation: r.moderation,
  };
}

/** A service in a list: its title, the first words of its description, whether it can be got online, its marks. */
export function presentServiceSummary(s: ServiceRow) {
  return {
    id: s.id,
    key: s.key,
    title: s.title,
    titleEn: s.titleEn,
    excerpt: s.description.length > 200 ? `${s.description.slice(0, 199)}…` : s.description,
    demoText: s.demoText,
    online: s.onlineLink !== null,
    usefulCount: s.usefulCount,
    notUsefulCount: s.notUsefulCount,
  };
}

/** A service's page. */
export function presentServiceView({ row, roles, provider, proposer, mark }: Awaited<ReturnType<typeof getService>>) {
  return {
    ...presentServiceSummary(row),
    description: row.description,
    provider: provider
      ? { departmentId: provider.id, nameRu: provider.nameRu, nameEn: provider.nameEn }
      : row.providerName
        ? { departmentId: null, nameRu: row.providerName, nameEn: row.providerName }
        : null,
    onlineLink: row.onlineLink,
    inPerson: row.inPerson,
    phone: row.phone,
    documents: row.documents,
    price: row.price,
    timeLimit: row.timeLimit,
    whoMayApply: row.whoMayApply,
    sourceUrl: row.sourceUrl,
    roles: roles.map((r) => ({ key: r.key, nameRu: r.nameRu, nameEn: r.nameEn, icon: r.icon })),
    proposedBy: proposer ? { id: proposer.id, displayName: proposer.displayName } : null,
    moderation: row.moderation,
    commentCount: row.commentCount,
    mine: mark ? { useful: mark.useful, note: mark.note } : null,
  };
}

/** A service on the administrators' page, with its usefulness. */
export function presentAdminService(s: ServiceRow, roleKeys: string[]) {
  return {
    ...presentServiceSummary(s),
    moderation: s.moderation,
    usefulPercent: usefulPercent(s.usefulCount, s.notUsefulCount),
    proposed: s.proposedBy !== null,
    roles: roleKeys,
  };
}

/** A service for its edit form (its fields as administrators write them), with residents' notes, newest first, without names. */
export function presentAdminServiceView(row: ServiceRow, roles: LifeRoleRow[], notes: { useful: boolean; note: string | null; at: Date }[]) {
  return {
    service: {
      id: row.id,
      key: row.key,
      title: row.title,
      titleEn: row.titleEn,
      description: row.description,
      demoText: row.demoText,
      providerDepartmentId: row.providerDepartmentId,
      providerName: row.providerName,
      onlineLink: row.onlineLink,
      inPerson: row.inPerson,
      phone: row.phone,
      documents: row.documents,
      price: row.price,
      timeLimit: row.timeLimit,
      whoMayApply: row.whoMayApply,
      sourceUrl: row.sourceUrl,
      roles: roles.map((r) => r.key),
      moderation: row.moderation,
      usefulCount: row.usefulCount,
      notUsefulCount: row.notUsefulCount,
    },
    notes: notes.map((n) => ({ useful: n.useful, note: n.note ?? '', at: n.at.toISOString() })),
  };
}
