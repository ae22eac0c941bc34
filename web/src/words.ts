import type { TFunction } from 'i18next';
import type { Department, District, Role, RoleGrant, ScopeType, VerificationLevel } from './api/types.js';

// The words for the codes the API uses (docs/GLOSSARY.md), in the current language.

export function roleName(t: TFunction, role: Role): string {
  return t(`role.${role}`);
}

export function scopeTypeName(t: TFunction, scopeType: ScopeType): string {
  return t(`scopeType.${scopeType}`);
}

export function verificationName(t: TFunction, level: VerificationLevel): string {
  return t(`verification.${level}`);
}

/** "Official — Housing Committee", "Administrator — whole city". */
export function grantName(
  t: TFunction,
  grant: Pick<RoleGrant, 'role' | 'scopeType' | 'scopeId'>,
  lookup: { departments: Department[]; districts: District[]; name: (x: Department | District) => string },
): string {
  return t('grant.label', { role: roleName(t, grant.role), scope: scopeName(t, grant, lookup) });
}

export function scopeName(
  t: TFunction,
  grant: Pick<RoleGrant, 'scopeType' | 'scopeId'>,
  lookup: { departments: Department[]; districts: District[]; name: (x: Department | District) => string },
): string {
  if (grant.scopeType === 'city') return t('scopeType.city');
  const list: (Department | District)[] = grant.scopeType === 'department' ? lookup.departments : lookup.districts;
  const found = list.find((x) => x.id === grant.scopeId);
  return found ? lookup.name(found) : (grant.scopeId ?? '');
}
