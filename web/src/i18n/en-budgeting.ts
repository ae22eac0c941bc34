// English texts of cycles, headings, proposals, expert review, admin cycles (helper C). Spread into en.ts.

export const enBudgeting = {
  'nav.budgeting': 'Your Budget',
};
