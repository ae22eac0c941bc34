// Russian texts of implementation tracking and the budget for citizens (helper W). Spread into ru.ts.

export const ruWorks = {
  'nav.cityBudget': 'Бюджет города',
};
