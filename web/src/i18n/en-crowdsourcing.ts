/** en texts of the crowdsourcing pages. */
export const enCrowdsourcing = {
  'nav.crowdsourcing': 'Crowdsourcing',
} as const;
