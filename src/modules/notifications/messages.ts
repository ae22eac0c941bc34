import type { Catalogue, Language } from '../../core/i18n/i18n.js';

/** Notification sentences, mail texts and errors of the notifications module. */
export const notificationsMessages: Record<Language, Catalogue> = {
  en: {
    'field.name.emailMode': 'E-mail notifications',
    'field.name.ids': 'Notifications',
    'field.name.List-Unsubscribe': 'One-click unsubscribe',
    'error.follow_target_not_found': 'There is nothing to follow here: it was removed, hidden or never existed. Check the address.',
    'error.unsubscribe_link_invalid':
      'This unsubscribe link is not valid: it may be cut short. Open the link from the latest e-mail, or change notification settings in your profile.',
    'error.unsubscribe_token_missing': 'The unsubscribe link has no code. Open the link from the e-mail again.',
    'notification.reason': ' Reason: {reason}',
    'notification.generic': 'News about “{title}”.',
    'notification.audit.checkpoint':
      'The audit log published a signed checkpoint: {entries} entries, the last one’s hash {hash} (key {keyId}). Keep it, or check your copy of the log against it.',
    'mail.notification.subject.audit.checkpoint': 'A signed checkpoint of the audit log on {city}',
    'mail.notification.subject': 'News on {city}',
    'mail.notification.text': 'Hello, {name}!\n\n{text}\n\nOpen: {link}\n\n-- \n{footer}',
    'mail.notification.footer':
      'You get this mail because you follow this on {city} or it concerns something you wrote.\nHow often we write (every time, a daily digest, never): {settings}\nUnsubscribe from all notification mail: {unsubscribe}\n',
    'mail.digest.subject#one': '{count} new notification on {city}',
    'mail.digest.subject#other': '{count} new notifications on {city}',
    'mail.digest.text': 'Hello, {name}!\n\nWhat happened on {city} since the last digest:\n\n{items}\n\n-- \n{footer}',
    'mail.digest.more#one': '…and {count} more: {link}',
    'mail.digest.more#other': '…and {count} more: {link}',
  },
  ru: {
    'field.name.emailMode': 'Уведомления по почте',
    'field.name.ids': 'Уведомления',
    'field.name.List-Unsubscribe': 'Отписка в один клик',
    'error.follow_target_not_found': 'Здесь не на что подписаться: запись удалена, скрыта или не существовала. Проверьте адрес.',
    'error.unsubscribe_link_invalid':
      'Ссылка для отписки недействительна: возможно, она скопирована не полностью. Откройте ссылку из последнего письма или измените настройки уведомлений в профиле.',
    'error.unsubscribe_token_missing': 'В ссылке для отписки нет кода. Откройте ссылку из письма ещё раз.',
    'notification.reason': ' Причина: {reason}',
    'notification.generic': 'Новости о «{title}».',
    'notification.audit.checkpoint':
      'В журнале действий опубликована подписанная контрольная точка: записей — {entries}, хеш последней — {hash} (ключ {keyId}). Сохраните её или сверьте с ней свою копию журнала.',
    'mail.notification.subject.audit.checkpoint': 'Подписанная контрольная точка журнала действий портала {city}',
    'mail.notification.subject': 'Новости на портале {city}',
    'mail.notification.text': 'Здравствуйте, {name}!\n\n{text}\n\nОткрыть: {link}\n\n-- \n{footer}',
    'mail.notification.footer':
      'Вы получили это письмо, потому что подписаны на эту запись на портале {city} или она касается того, что вы написали.\nКак часто писать (сразу, раз в день, никогда): {settings}\nОтписаться от всех писем с уведомлениями: {unsubscribe}\n',
    'mail.digest.subject#one': '{count} новое уведомление на портале {city}',
    'mail.digest.subject#few': '{count} новых уведомления на портале {city}',
    'mail.digest.subject#many': '{count} новых уведомлений на портале {city}',
    'mail.digest.subject#other': '{count} нового уведомления на портале {city}',
    'mail.digest.text': 'Здравствуйте, {name}!\n\nЧто произошло на портале {city} после прошлой сводки:\n\n{items}\n\n-- \n{footer}',
    'mail.digest.more#one': '…и ещё {count}: {link}',
    'mail.digest.more#few': '…и ещё {count}: {link}',
    'mail.digest.more#many': '…и ещё {count}: {link}',
    'mail.digest.more#other': '…и ещё {count}: {link}',
  },
};
