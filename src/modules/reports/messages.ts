import type { Catalogue, Language } from '../../core/i18n/i18n.js';
import { classifierMessages } from './messages/classifier.js';
import { reportNotificationMessages } from './messages/notifications.js';
import { open311Messages } from './messages/open311.js';
import { ratingMessages } from './messages/ratings.js';
import { reportsMessages as lifecycleMessages } from './messages/reports.js';
import { reportsReadinessMessages } from './readiness.js';

/** Server messages of the reports module (one file per part, merged). */
export const reportsMessages: Record<Language, Catalogue> = {
  en: {
    ...classifierMessages.en,
    ...lifecycleMessages.en,
    ...open311Messages.en,
    ...reportNotificationMessages.en,
    ...ratingMessages.en,
    ...reportsReadinessMessages.en,
  },
  ru: {
    ...classifierMessages.ru,
    ...lifecycleMessages.ru,
    ...open311Messages.ru,
    ...reportNotificationMessages.ru,
    ...ratingMessages.ru,
    ...reportsReadinessMessages.ru,
  },
};
