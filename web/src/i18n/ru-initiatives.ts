/** ru texts of the initiatives pages. */
export const ruInitiatives = {
  'nav.initiatives': 'Инициативы',
} as const;
