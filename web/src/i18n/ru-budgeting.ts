// Russian texts of cycles, headings, proposals, expert review, admin cycles (helper C). Spread into ru.ts.

export const ruBudgeting = {
  'nav.budgeting': 'Твой бюджет',
};
