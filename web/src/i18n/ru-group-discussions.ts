/** ru texts of a community's discussions (its page's section, the discussion form and page inside a community). */
export const ruGroupDiscussions = {
  'groupDiscussions.title': 'Обсуждения',
  'groupDiscussions.membersOnly': 'Обсуждения этого сообщества видят только участники.',
  'groupDiscussions.start': 'Начать обсуждение',
  'groupDiscussions.none': 'В сообществе пока нет обсуждений.',
  'groupDiscussions.latest': 'Показаны {{n}} с последней активностью из {{total}}.',
  'groupDiscussions.group': 'Сообщество',
  'groupDiscussions.back': 'Назад в «{{name}}»',
  'groupDiscussions.in': 'В сообществе «{{name}}»',
  'groupDiscussions.inHintOpen': 'Читать могут все, комментируют участники сообщества.',
  'groupDiscussions.inHintMembers': 'Видят и комментируют только участники сообщества.',
};
