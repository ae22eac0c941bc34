// Russian texts of ballots, receipts, results and explanations (helper B). Spread into ru.ts.

export const ruBallots = {
  'ballot.title': 'Бюллетень',
};
