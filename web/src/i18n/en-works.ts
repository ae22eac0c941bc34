// English texts of implementation tracking and the budget for citizens (helper W). Spread into en.ts.

export const enWorks = {
  'nav.cityBudget': 'City budget',
};
