import type { Catalogue, Language } from '../../../core/i18n/i18n.js';

/** Answer ratings: refusals and what the department's officials hear of a "not fixed" (see domain/answer-ratings.ts). */
export const ratingMessages: Record<Language, Catalogue> = {
  en: {
    'field.name.outcome': 'Is the problem fixed?',
    'field.name.quality': 'Quality of the answer',
    'error.report_rating_not_participant': 'Only the resident who filed this report and those who said “me too” can rate its answer.',
    'error.report_rating_no_answer': 'This report has no published answer yet: you can rate it once the department’s answer is published.',
    'error.report_rating_exists': 'You have already rated this answer: each person rates it once.',
    'error.report_rating_note_required': 'Say what is still not fixed in at least {min} characters: the report goes back to the department with your words.',
    'error.report_rating_note_long': 'The note is too long: at most {max} characters.',
    'notification.report.department.not_fixed': 'A resident rated your answer to “{title}”: “not fixed” (the answer’s quality {quality} of 5).',
    'mail.notification.subject.report.department.not_fixed': '“Not fixed”: {title}',
  },
  ru: {
    'field.name.outcome': 'Проблема решена?',
    'field.name.quality': 'Качество ответа',
    'error.report_rating_not_participant': 'Оценить ответ могут только автор сообщения и жители, которые нажали «У меня тоже».',
    'error.report_rating_no_answer': 'У сообщения ещё нет опубликованного ответа: оценить его можно после публикации ответа исполнителя.',
    'error.report_rating_exists': 'Вы уже оценили этот ответ: каждый оценивает его один раз.',
    'error.report_rating_note_required': 'Напишите, что не исправлено, не короче {min} символов: сообщение вернётся исполнителю с вашими словами.',
    'error.report_rating_note_long': 'Комментарий слишком длинный: не больше {max} символов.',
    'notification.report.department.not_fixed': 'Житель оценил ваш ответ на «{title}»: «не исправлено» (качество ответа {quality} из 5).',
    'mail.notification.subject.report.department.not_fixed': '«Не исправлено»: {title}',
  },
};
