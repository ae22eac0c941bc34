/** en texts of the initiatives pages. */
export const enInitiatives = {
  'nav.initiatives': 'Initiatives',
} as const;
