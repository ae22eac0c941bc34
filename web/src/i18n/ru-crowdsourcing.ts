/** ru texts of the crowdsourcing pages. */
export const ruCrowdsourcing = {
  'nav.crowdsourcing': 'Краудсорсинг',
} as const;
