import type { Catalogue, Language } from '../../../core/i18n/i18n.js';

/** Server messages of the pabulib commands. */
export const pbMessages: Record<Language, Catalogue> = {
  en: {
    'error.pb_bad_option': '{option} must be one of: {allowed} (got “{value}”).',
    'error.pb_file_missing': 'The file {file} does not exist.',
    'error.pb_file_invalid': '{file} is not a valid pabulib .pb file: {details}',
  },
  ru: {
    'error.pb_bad_option': '{option} может быть только одним из: {allowed} (указано «{value}»).',
    'error.pb_file_missing': 'Файла {file} нет.',
    'error.pb_file_invalid': '{file} — не файл pabulib .pb: {details}',
  },
};
