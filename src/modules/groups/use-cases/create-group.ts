import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { unattachableImage } from '../../../core/files/files.js';
import { fieldError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import type { Executor } from '../../../core/db/client.js';
import { findDistrict, pointInCity } from '../../city/index.js';
import { groupMembers, groups } from '../db/schema.js';
import type { GroupRow } from '../db/queries.js';
import { initialStatus, type GroupKind, type MemberListVisibility, type MembershipMode } from '../domain/groups.js';
import { canCreateGroup } from '../policy.js';

/** What a group's creator or admins fill in (every field of the form). */
export interface GroupInput {
  kind: GroupKind;
  name: string;
  description: string;
  districtId?: string | null | undefined;
  address?: string | undefined;
  /** A building group's point (WGS84): both or neither; null clears it. */
  lat?: number | null | undefined;
  lon?: number | null | undefined;
  imageFileId?: string | null | undefined;
  rules?: string | undefined;
  membership?: MembershipMode | undefined;
  memberListVisibility?: MemberListVisibility | undefined;
  memberCap?: number | null | undefined;
  registrationNumber?: string | null | undefined;
  officeHours?: string | undefined;
  responsibilities?: string | undefined;
}

/** Checks the district (known) and the image (the person's own recent upload, or the one already shown); 400 naming the field. */
export async function checkGroupInput(ctx: ModuleContext, uploaderId: string, input: Partial<GroupInput>, keptImage: string | null): Promise<void> {
  const db = ctx.database.db;
  if (input.districtId && !(await findDistrict(db, input.districtId))) throw fieldError('districtId', 'error.group_district_unknown');
  if (input.imageFileId) {
    const bad = await unattachableImage(db, uploaderId, [{ field: 'imageFileId', fileId: input.imageFileId }], new Set(keptImage ? [keptImage] : []));
    if (bad) throw fieldError(bad, 'error.group_image_unknown');
  }
}

/** Where a building group is, as stored: its point and the district it lies in. */
type GroupPlace = { lat: number | null; lon: number | null; districtId: string | null };

/**
 * A building group's point checked against its district (400 naming `lat` or `lon`): both coordinates or neither
 * (`group_point_incomplete`), inside the city's districts as an event's place (`group_point_outside_city`), and in the
 * district chosen (`group_point_other_district`); with no district chosen it is the point's. `current` is the group's
 * place when it is edited (a district changed alone is checked against the point kept). Returns the columns to
 * store; empty when nothing about the place changes.
 */
export async function checkedPlace(db: Executor, input: Partial<GroupInput>, current: GroupPlace | null): Promise<Partial<GroupPlace>> {
  if (input.lat === undefined && input.lon === undefined && input.districtId === undefined) return {};
  const lat = input.lat !== undefined ? input.lat : (current?.lat ?? null);
  const lon = input.lon !== undefined ? input.lon : (current?.lon ?? null);
  if ((lat === null) !== (lon === null)) throw fieldError(lat === null ? 'lat' : 'lon', 'error.group_point_incomplete');
  if (lat === null || lon === null) return { lat: null, lon: null };
  const at = await pointInCity(db, lon, lat);
  if (at.outside) throw fieldError('lat', 'error.group_point_outside_city');
  const chosen = input.districtId !== undefined ? input.districtId : (current?.districtId ?? null);
  if (chosen && at.districtId && chosen !== at.districtId) throw fieldError('lat', 'error.group_point_other_district');
  return { lat, lon, ...(!chosen && at.districtId ? { districtId: at.districtId } : {}) };
}

/**
 * A verified resident creates a group and becomes its owner (its first member). A building or neighbourhood group
 * needs a district (400 otherwise; a building's point on the map gives it, see `checkedPlace`); an organisation or a public figure's page needs its registration number and is
 * `pending` until an administrator verifies it (only its creator sees it meanwhile). 401/403 from the policy.
 */
export async function createGroup(ctx: ModuleContext, actor: Actor, input: GroupInput): Promise<GroupRow> {
  authorize(actor, canCreateGroup(actor));
  const place = input.kind === 'building' ? await checkedPlace(ctx.database.db, input, null) : {};
  const districtId = input.districtId ?? place.districtId ?? null;
  if ((input.kind === 'building' || input.kind === 'neighbourhood') && !districtId) throw fieldError('districtId', 'error.group_district_required');
  if ((input.kind === 'organisation' || input.kind === 'public_figure') && !input.registrationNumber)
    throw fieldError('registrationNumber', 'error.group_registration_required');
  await checkGroupInput(ctx, actor.userId, input, null);
  return ctx.database.db.transaction(async (tx) => {
    const now = new Date();
    const [row] = await tx
      .insert(groups)
      .values({
        kind: input.kind,
        name: input.name,
        description: input.description,
        districtId,
        address: input.kind === 'building' ? (input.address ?? '') : '',
        lat: place.lat ?? null,
        lon: place.lon ?? null,
        imageFileId: input.imageFileId ?? null,
        rules: input.rules ?? '',
        membership: input.membership ?? 'open',
        memberListVisibility: input.memberListVisibility ?? 'members',
        memberCap: input.memberCap ?? null,
        registrationNumber: input.registrationNumber ?? null,
        officeHours: input.kind === 'public_figure' ? (input.officeHours ?? '') : '',
        responsibilities: input.kind === 'public_figure' ? (input.responsibilities ?? '') : '',
        status: initialStatus(input.kind),
        createdBy: actor.userId,
        memberCount: 1,
      })
      .returning();
    await tx.insert(groupMembers).values({ groupId: row!.id, userId: actor.userId, role: 'owner', state: 'member', joinedAt: now });
    return row!;
  });
}
