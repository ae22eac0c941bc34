import type { Catalogue, Language } from '../../core/i18n/i18n.js';

/** Server messages of participation statistics: the population form and file. */
export const statisticsMessages: Record<Language, Catalogue> = {
  en: {
    'field.name.population': 'Population',
    'error.population_invalid#one': 'The population file has {count} problem, on line {line}. Fix that line and load the file again: nothing was changed.',
    'error.population_invalid#other':
      'The population file has {count} problems; the first is on line {line}. Fix the lines listed and load the file again: nothing was changed.',
    'error.population_invalid_figure': 'Check the population figure.',
    'error.representativeness_kind_unknown': 'There is no such kind of result.',
    'statistics.csv.population_negative': 'The population “{value}” is negative: write the number of residents, e.g. 152179.',
    'statistics.csv.population_not_number': 'The population “{value}” is not a whole number: write digits only, e.g. 152179.',
    'statistics.csv.population_zero': 'The population is 0: write the number of residents, or leave the district out.',
    'statistics.csv.year': 'The year “{value}” is not a year: write four digits, e.g. 2024.',
    'statistics.csv.source': 'The source is empty: say who published the figure and where it was read.',
    'statistics.csv.twice': 'The district “{district}” is already listed on an earlier line.',
    'statistics.csv.district': 'There is no district “{value}”: write its id or its name as on the districts page.',
    'statistics.csv.columns': 'The line has {got} columns instead of {expected} (a comma inside a text needs quotes).',
    'statistics.csv.header': 'The first line must name the columns: {columns}',
    'statistics.csv.empty': 'The file lists no district: the first line names the columns ({columns}), then one line per district.',
    'statistics.csv.unclosed_quote': 'A quote opened on this line is never closed.',
    'statistics.csv.misplaced_quote': 'A quote on this line is in the wrong place (text after a closing quote).',
  },
  ru: {
    'field.name.population': 'Численность населения',
    'error.population_invalid':
      'В файле с населением ошибок: {count}; первая — в строке {line}. Исправьте указанные строки и загрузите файл снова: ничего не изменено.',
    'error.population_invalid_figure': 'Проверьте численность населения.',
    'error.representativeness_kind_unknown': 'Такого вида итогов нет.',
    'statistics.csv.population_negative': 'Население «{value}» отрицательное: укажите число жителей, например 152179.',
    'statistics.csv.population_not_number': 'Население «{value}» не целое число: пишите только цифры, например 152179.',
    'statistics.csv.population_zero': 'Население равно 0: укажите число жителей или уберите район из файла.',
    'statistics.csv.year': 'Год «{value}» указан неверно: четыре цифры, например 2024.',
    'statistics.csv.source': 'Не указан источник: кто опубликовал число и где оно прочитано.',
    'statistics.csv.twice': 'Район «{district}» уже указан в строке выше.',
    'statistics.csv.district': 'Района «{value}» нет: укажите его код или название, как на странице районов.',
    'statistics.csv.columns': 'В строке {got} столбцов вместо {expected} (запятую внутри текста заключите в кавычки).',
    'statistics.csv.header': 'Первая строка должна называть столбцы: {columns}',
    'statistics.csv.empty': 'В файле нет ни одного района: первая строка называет столбцы ({columns}), дальше — по строке на район.',
    'statistics.csv.unclosed_quote': 'Кавычка, открытая в этой строке, не закрыта.',
    'statistics.csv.misplaced_quote': 'Кавычка в этой строке стоит не на месте (текст после закрывающей кавычки).',
  },
};
