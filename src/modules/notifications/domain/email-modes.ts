/** How notifications reach a person by e-mail: each at once, a daily digest, or not at all (in-app only). */
export const emailModes = ['immediate', 'digest', 'off'] as const;
export type EmailMode = (typeof emailModes)[number];
