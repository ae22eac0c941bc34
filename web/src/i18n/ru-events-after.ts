/** ru texts of what comes after an event (minutes, check-in) and of meetings opened on a poll, initiative or project. */
export const ruEventsAfter = {
  'eventsAfter.sourceLead.poll': 'Встреча по итогам опроса',
  'eventsAfter.sourceLead.initiative': 'Встреча по инициативе',
  'eventsAfter.sourceLead.crowd_project': 'Встреча по краудсорсинг-проекту',
  'eventsAfter.minutesTitle': 'Протокол',
  'eventsAfter.minutesPublished': 'Опубликован {{when}}',
  'eventsAfter.decisionsTitle': 'Решения',
  'eventsAfter.photosLabel': 'Фотографии',
  'eventsAfter.photoAlt': 'Фотография с мероприятия',
  'eventsAfter.checkedIn': 'Вы отмечены как присутствующий.',
  'eventsAfter.checkInLabel': 'Код у входа',
  'eventsAfter.checkInHint': 'Введите код, который показывает организатор, — вас отметят как присутствующего.',
  'eventsAfter.checkIn': 'Отметиться',
  'eventsAfter.meetingsTitle': 'Встречи по итогам',
  'eventsAfter.openMeeting': 'Открыть встречу по итогам',
} as const;
