import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { unattachableImage } from '../../../core/files/files.js';
import { fieldError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { findDistrict } from '../../city/index.js';
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

/**
 * A verified resident creates a group and becomes its owner (its first member). A building or neighbourhood group
 * needs a district (400 otherwise); an organisation or a public figure's page needs its registration number and is
 * `pending` until an administrator verifies it (only its creator sees it meanwhile). 401/403 from the policy.
 */
export async function createGroup(ctx: ModuleContext, actor: Actor, input: GroupInput): Promise<GroupRow> {
  authorize(actor, canCreateGroup(actor));
  if ((input.kind === 'building' || input.kind === 'neighbourhood') && !input.districtId) throw fieldError('districtId', 'error.group_district_required');
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
        districtId: input.districtId ?? null,
        address: input.kind === 'building' ? (input.address ?? '') : '',
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
