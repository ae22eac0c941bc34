import type { Catalogue, Language } from '../../core/i18n/i18n.js';

/** Server messages of the city: districts, departments, the working-day calendar. */
export const cityMessages: Record<Language, Catalogue> = {
  en: {
    'error.department_not_found': 'There is no such department.',
    'error.outside_city': "This point is not inside any of the city's districts.",
    'error.calendar_day_not_found': 'This day is not listed in the calendar: it already is an ordinary weekday or weekend.',
    'field.name.lat': 'Latitude',
    'field.name.lon': 'Longitude',
    'field.name.year': 'Year',
    'field.name.day': 'Day',
    'field.calendar_day': '{field}: write a date as YYYY-MM-DD, e.g. 2027-01-08.',
    'field.calendar_kind': 'Kind of day: holiday, day_off_transferred, working_weekend or short_day.',
    'field.name.geometry': 'Boundaries',
    'field.calendar_working_weekend': 'Only a Saturday or a Sunday can be a working weekend.',
    'field.calendar_short_day': 'Only a weekday can be a shortened pre-holiday day.',
  },
  ru: {
    'error.department_not_found': 'Такого исполнителя нет.',
    'error.outside_city': 'Эта точка не входит ни в один район города.',
    'error.calendar_day_not_found': 'Этого дня в календаре нет: он и так обычный будний или выходной.',
    'field.name.lat': 'Широта',
    'field.name.lon': 'Долгота',
    'field.name.year': 'Год',
    'field.name.day': 'День',
    'field.calendar_day': '{field}: укажите дату в виде ГГГГ-ММ-ДД, например 2027-01-08.',
    'field.calendar_kind':
      'Вид дня: holiday (праздник), day_off_transferred (перенесённый выходной), working_weekend (рабочая суббота или воскресенье) или short_day (сокращённый день).',
    'field.name.geometry': 'Границы',
    'field.calendar_working_weekend': 'Рабочим выходным может быть только суббота или воскресенье.',
    'field.calendar_short_day': 'Сокращённым предпраздничным днём может быть только будний день.',
  },
};
