// English texts of ballots, receipts, results and explanations (helper B). Spread into en.ts.

export const enBallots = {
  'ballot.title': 'Ballot',
};
