import type { Catalogue, Language } from '../../core/i18n/i18n.js';

/** Server messages of the social-performance monitor. */
export const monitorMessages: Record<Language, Catalogue> = {
  en: {
    'field.name.usefulness': 'How useful',
    'field.name.recommend': 'Would you recommend',
    'field.name.community': 'Sense of community',
    'field.name.dismissed': 'Not now',
    'error.monitor_survey_empty': 'Answer at least one question, or choose “Not now”.',
    'error.monitor_survey_answered': 'You have already answered the survey this quarter ({period}). Thank you!',
  },
  ru: {
    'field.name.usefulness': 'Насколько полезно',
    'field.name.recommend': 'Порекомендуете ли',
    'field.name.community': 'Чувство общности',
    'field.name.dismissed': 'Не сейчас',
    'error.monitor_survey_empty': 'Ответьте хотя бы на один вопрос или нажмите «Не сейчас».',
    'error.monitor_survey_answered': 'Вы уже ответили на опрос в этом квартале ({period}). Спасибо!',
  },
};
