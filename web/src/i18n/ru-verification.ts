// Russian texts of verified residents (helper V). Spread into ru.ts.

export const ruVerification = {
  'verification.title': 'Подтверждение жителя',
};
