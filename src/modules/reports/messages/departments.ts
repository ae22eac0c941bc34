import type { Catalogue, Language } from '../../../core/i18n/i18n.js';

/** Server messages of reports: departments created, retired, merged, deleted and imported by administrators. */
export const departmentMessages: Record<Language, Catalogue> = {
  en: {
    'error.department_already_retired': 'This department is retired already.',
    'error.department_retire_in_use':
      'The department cannot be retired: {rules} routing rules and {reports} open reports still point at it. Change the rules and finish the reports, or merge it into another department instead.',
    'error.department_not_retired': 'This department is not retired.',
    'error.department_merged_cannot_restore': 'This department was merged into “{into}”: its reports and rules live there now, so it cannot come back.',
    'error.department_has_open_reports': 'The department cannot be deleted: {count} open reports are with it. Merge it into another department instead.',
    'error.department_in_use':
      'The department cannot be deleted: it has {reports} reports, {rules} routing rules, {roles} staff roles and {other} other records. Retire it or merge it into another department instead.',
    'error.department_merge_into_itself': 'Choose another department to merge into.',
    'error.department_already_merged': 'This department was merged into “{into}” already.',
    'error.department_merge_into_retired': 'The department “{into}” is retired: choose a working department to merge into.',
    'error.departments_file_missing': 'The file {file} does not exist.',
    'error.departments_file_unreadable': 'The file {file} cannot be read ({detail}).',
    'error.departments_csv_unclosed_quote': 'The file is not CSV: a quote opened on line {line} is never closed. Nothing was imported.',
    'error.departments_csv_misplaced_quote':
      'The file is not CSV: a quote on line {line} is in the wrong place (text right after a closing quote). Nothing was imported.',
    'error.departments_csv_empty': 'The file is empty: the first line must name the columns (id, name_ru, name_en, kind…).',
    'error.departments_csv_unknown_column':
      'Line {line}: unknown column “{column}”. The columns are id, name_ru, name_en, kind, district, phone, email, address, website. Nothing was imported.',
    'error.departments_csv_missing_columns': 'Line {line}: the required columns {columns} are missing. Nothing was imported.',
    'error.departments_csv_field_count': '{found} cells instead of {expected}: check the commas and quotes on this line.',
    'error.departments_csv_duplicate_id': 'the id “{id}” is already on line {first}.',
    'error.departments_csv_unknown_district': 'there is no district “{district}” (use the district’s id).',
    'error.departments_csv_line': 'line {line}: {message}',
    'error.departments_csv_invalid': 'The file has {count} problems, so nothing was imported:\n{details}',
    'field.department_kind': '{field}: choose one of district_administration, city_committee, management_company, utility, other.',
    'field.department_id': 'A department’s id: lower-case Latin letters, digits and dashes (e.g. roads-committee), up to 64.',
    'field.department_id_taken': 'A department with this id exists already; choose another or leave it empty.',
    'field.routing_retired_department': '{field}: this department is retired; choose a working one.',
    'field.name.kind': 'Kind',
    'field.name.intoId': 'Merge into',
    'field.name.csv': 'CSV file',
    'field.name.dryRun': 'Dry run',
    'field.name.retired': 'Retired ones',
  },
  ru: {
    'error.department_already_retired': 'Этот исполнитель уже выведен из работы.',
    'error.department_retire_in_use':
      'Исполнителя нельзя вывести из работы: на него указывают правила маршрутизации ({rules}) и открытые сообщения ({reports}). Измените правила и завершите сообщения или объедините его с другим исполнителем.',
    'error.department_not_retired': 'Этот исполнитель работает.',
    'error.department_merged_cannot_restore': 'Этот исполнитель объединён с «{into}»: его сообщения и правила теперь там, вернуть его нельзя.',
    'error.department_has_open_reports': 'Исполнителя нельзя удалить: у него открытых сообщений — {count}. Объедините его с другим исполнителем.',
    'error.department_in_use':
      'Исполнителя нельзя удалить: сообщений — {reports}, правил маршрутизации — {rules}, ролей сотрудников — {roles}, других записей — {other}. Выведите его из работы или объедините с другим.',
    'error.department_merge_into_itself': 'Выберите другого исполнителя для объединения.',
    'error.department_already_merged': 'Этот исполнитель уже объединён с «{into}».',
    'error.department_merge_into_retired': 'Исполнитель «{into}» выведен из работы: выберите действующего.',
    'error.departments_file_missing': 'Файла {file} нет.',
    'error.departments_file_unreadable': 'Файл {file} не читается ({detail}).',
    'error.departments_csv_unclosed_quote': 'Это не CSV: кавычка, открытая в строке {line}, не закрыта. Ничего не загружено.',
    'error.departments_csv_misplaced_quote':
      'Это не CSV: кавычка в строке {line} стоит не на месте (текст сразу после закрывающей кавычки). Ничего не загружено.',
    'error.departments_csv_empty': 'Файл пуст: первая строка должна называть столбцы (id, name_ru, name_en, kind…).',
    'error.departments_csv_unknown_column':
      'Строка {line}: неизвестный столбец «{column}». Столбцы: id, name_ru, name_en, kind, district, phone, email, address, website. Ничего не загружено.',
    'error.departments_csv_missing_columns': 'Строка {line}: нет обязательных столбцов {columns}. Ничего не загружено.',
    'error.departments_csv_field_count': 'ячеек {found} вместо {expected}: проверьте запятые и кавычки в этой строке.',
    'error.departments_csv_duplicate_id': 'id «{id}» уже есть в строке {first}.',
    'error.departments_csv_unknown_district': 'района «{district}» нет (укажите id района).',
    'error.departments_csv_line': 'строка {line}: {message}',
    'error.departments_csv_invalid': 'В файле проблем: {count}, поэтому ничего не загружено:\n{details}',
    'field.department_kind': '{field}: выберите district_administration, city_committee, management_company, utility или other.',
    'field.department_id': 'Идентификатор исполнителя: строчные латинские буквы, цифры и дефисы (например, roads-committee), до 64 символов.',
    'field.department_id_taken': 'Исполнитель с таким идентификатором уже есть; выберите другой или оставьте поле пустым.',
    'field.routing_retired_department': '{field}: этот исполнитель выведен из работы; выберите действующего.',
    'field.name.kind': 'Вид',
    'field.name.intoId': 'С кем объединить',
    'field.name.csv': 'Файл CSV',
    'field.name.dryRun': 'Пробный импорт',
    'field.name.retired': 'Выведенные из работы',
  },
};
