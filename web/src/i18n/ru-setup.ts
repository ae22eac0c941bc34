// Russian texts of the city's setup checklist (/admin/setup). Spread into ru.ts.

export const ruSetup = {
  'setup.title': 'Настройка города',
  'setup.lead':
    'Что нужно городу, чтобы жители могли им пользоваться. Каждая строка проверяется по действующей базе; последняя пробует подать сообщение от начала до конца, ничего не сохраняя.',
  'setup.ready': 'Житель может подать здесь сообщение.',
  'setup.notReady': 'Жители пока не могут подавать сообщения: выполните пункты с пометкой «нужно».',
  'setup.state.ok': 'Готово',
  'setup.state.missing': 'Нужно',
  'setup.state.advice': 'Совет',
  'setup.fix': 'Перейти',
  'setup.recheck': 'Проверить снова',
  'setup.complete': 'Завершить настройку',
  'setup.completed': 'Настройка завершена {{at}}. К этому списку можно вернуться в любое время.',
  'setup.banner': 'Город ещё не настроен.',
  'setup.bannerLink': 'Продолжить настройку',
};
