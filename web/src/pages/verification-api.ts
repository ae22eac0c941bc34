// The verification API as the web pages use it (server: src/modules/verification/http).
import { api } from '../api.js';

export type VerificationMethod = 'sms' | 'register' | 'in_person' | 'oidc';
export const verificationMethods: readonly VerificationMethod[] = ['sms', 'register', 'in_person', 'oidc'];
export type AgeBand = 'under-18' | '18-24' | '25-34' | '35-44' | '45-54' | '55-64' | '65+';

/** GET /api/verification/me: never the document, phone or birth date. */
export interface MyVerification {
  accountId: string;
  verified: boolean;
  method: VerificationMethod | null;
  districtId: string | null;
  ageBand: AgeBand | null;
  verifiedAt: string | null;
  revoked: { at: string; reason: string | null } | null;
  methods: VerificationMethod[];
}

export interface DeskAccount {
  id: string;
  displayName: string;
  verified: boolean;
}

export interface MethodSetting {
  method: VerificationMethod;
  enabled: boolean;
  configured: boolean;
  delivery: 'provider' | 'files' | null;
  updatedAt: string | null;
}

export interface VerificationItem {
  id: string;
  user: { id: string; displayName: string };
  method: VerificationMethod;
  districtId: string | null;
  ageBand: AgeBand | null;
  verifiedAt: string;
  verifiedBy: { id: string; displayName: string } | null;
  revokedAt: string | null;
  revokeReason: string | null;
}

export interface VerificationStats {
  active: number;
  revoked: number;
  byMethod: { method: VerificationMethod; count: number }[];
  byDistrict: { districtId: string | null; count: number }[];
  register: { entries: number; lastImportedAt: string | null };
}

export interface RegisterImport {
  lines: number;
  imported: number;
  problems: { line: number; message: string }[];
  entries: number;
}

/** GET /api/verification/methods (anyone): the ways the city offers now and the identity provider's name. */
export interface OfferedMethods {
  methods: VerificationMethod[];
  oidcName: string | null;
}

export const getOfferedMethods = () => api<OfferedMethods>('GET', '/api/verification/methods');
export const getMyVerification = () => api<MyVerification>('GET', '/api/verification/me');
export const requestSmsCode = (phone: string) => api<{ sentTo: string; expiresAt: string }>('POST', '/api/verification/sms/code', { phone });
export const confirmSmsCode = (body: { smsCode: string; districtId: string; birthDate: string }) => api<null>('POST', '/api/verification/sms/confirm', body);
export const matchRegister = (body: { documentNumber: string; birthDate: string }) => api<null>('POST', '/api/verification/register', body);
export const deskAccount = (userId: string) => api<DeskAccount>('GET', `/api/verification/accounts/${encodeURIComponent(userId)}`);
export const verifyInPerson = (body: { userId: string; documentNumber: string; districtId: string; birthDate: string }) =>
  api<DeskAccount>('POST', '/api/verification/in-person', body);
export const getMethodSettings = () => api<{ items: MethodSetting[] }>('GET', '/api/admin/verification/methods').then((r) => r.items);
export const setMethodEnabled = (method: VerificationMethod, enabled: boolean) =>
  api<{ items: MethodSetting[] }>('PUT', `/api/admin/verification/methods/${method}`, { enabled }).then((r) => r.items);
export const getVerificationStats = () => api<VerificationStats>('GET', '/api/admin/verification/stats');
export const listVerifications = (query: string) => api<{ items: VerificationItem[]; total: number }>('GET', `/api/admin/verification?${query}`);
export const revokeVerification = (userId: string, reason: string) => api<null>('POST', `/api/admin/verification/${userId}/revoke`, { reason });
export const importRegister = (csv: string, replace: boolean) => api<RegisterImport>('POST', '/api/admin/verification/register', { csv, replace });

/** Where the browser goes to sign in (or sign up) with the identity provider (a full navigation, not a fetch). */
export const oidcSignInHref = (returnTo: string) => `/api/verification/oidc/signin?returnTo=${encodeURIComponent(returnTo)}`;

/** Where the browser goes to verify at the identity provider (a full navigation, not a fetch). */
export const oidcStartHref = (returnTo: string) => `/api/verification/oidc/start?returnTo=${encodeURIComponent(returnTo)}`;
