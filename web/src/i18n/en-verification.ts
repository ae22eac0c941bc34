// English texts of verified residents (helper V). Spread into en.ts.

export const enVerification = {
  'verification.title': 'Resident verification',
};
