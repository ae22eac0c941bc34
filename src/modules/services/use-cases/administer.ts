import { appendAudit } from '../../../core/audit/audit.js';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { allRoles, feedbackNotes, findRole, findService, roleKeysByService, rolesOfService, servicesByUsefulness } from '../db/queries.js';
import type { RoleFields, ServiceFields } from '../domain/services.js';
import { canAdministerServices } from '../policy.js';
import { lifeRoleType, serviceType } from './catalogue.js';
import { saveRole, saveService } from './save-catalogue.js';

/** Every service (any moderation state) with its marks, least useful first among those marked, and every role: the administrators' page. */
export async function adminCatalogue(ctx: ModuleContext, actor: Actor) {
  authorize(actor, canAdministerServices(actor));
  const db = ctx.database.db;
  const [services, roles, roleKeys] = await Promise.all([servicesByUsefulness(db), allRoles(db), roleKeysByService(db)]);
  return { services, roles, roleKeys };
}

/** One service for its edit form (any state), with its roles' keys and residents' latest notes (no names). */
export async function adminService(ctx: ModuleContext, actor: Actor, id: string) {
  authorize(actor, canAdministerServices(actor));
  const db = ctx.database.db;
  const row = await findService(db, id);
  if (!row) throw new AppError(404, 'service_not_found');
  const [roles, notes] = await Promise.all([rolesOfService(db, row.id, { all: true }), feedbackNotes(db, row.id, 100)]);
  return { row, roles, notes };
}

/**
 * Administrators add a service, or change one (`id`: its key stays), public at once and audited. 400 naming the field
 * when it gives no way to get it, two providers, or a role or department that is not there; 409 when a new service's
 * key is taken; 404 for an unknown id.
 */
export async function saveServiceAsAdmin(ctx: ModuleContext, actor: Actor, fields: ServiceFields, id: string | null, now = new Date()) {
  authorize(actor, canAdministerServices(actor));
  const db = ctx.database.db;
  if (id) {
    const before = await findService(db, id);
    if (!before) throw new AppError(404, 'service_not_found');
    fields = { ...fields, key: before.key };
  } else if (await findService(db, fields.key)) throw new AppError(409, 'service_key_taken');
  return db.transaction(async (tx) => {
    const { row, created } = await saveService(tx, fields, { proposedBy: null, held: false, now });
    await appendAudit(tx, {
      actorId: actor.userId,
      action: created ? 'services.service_created' : 'services.service_changed',
      subjectType: serviceType,
      subjectId: row.id,
      data: { title: row.title, key: row.key, roles: fields.roles },
    });
    return row;
  });
}

/** Administrators add a life role or change one (`id`: its key stays), public at once and audited; 409 for a taken key, 404 for an unknown id. */
export async function saveRoleAsAdmin(ctx: ModuleContext, actor: Actor, fields: RoleFields, id: string | null, now = new Date()) {
  authorize(actor, canAdministerServices(actor));
  const db = ctx.database.db;
  if (id) {
    const before = await findRole(db, id);
    if (!before) throw new AppError(404, 'service_role_not_found');
    fields = { ...fields, key: before.key };
  } else if (await findRole(db, fields.key)) throw new AppError(409, 'service_key_taken');
  return db.transaction(async (tx) => {
    const { row, created } = await saveRole(tx, fields, { proposedBy: null, held: false, now });
    await appendAudit(tx, {
      actorId: actor.userId,
      action: created ? 'services.role_created' : 'services.role_changed',
      subjectType: lifeRoleType,
      subjectId: row.id,
      data: { name: row.nameRu, key: row.key },
    });
    return row;
  });
}
