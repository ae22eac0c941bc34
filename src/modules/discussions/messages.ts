import type { Catalogue, Language } from '../../core/i18n/i18n.js';

/** Errors and field names of discussions. */
export const discussionsMessages: Record<Language, Catalogue> = {
  en: {
    'field.name.title': 'Title',
    'field.name.body': 'Text',
    'field.name.tags': 'Tags',
    'field.name.tag': 'Tag',
    // a neutral label: other forms name a field `kind` too (the calendar's kind of day, a poll question's kind)
    'field.name.kind': 'Kind',
    'field.name.asOfficial': 'On behalf of',
    'field.name.q': 'Search',
    'field.name.sort': 'Order',
    'field.name.district': 'District',
    'discussions.tag_invalid': 'Tag “{tag}”: use {minLength} to {maxLength} letters, digits, spaces or hyphens.',
    'discussions.too_many_tags': 'Add at most {max} tags.',
    'discussions.district_unknown': 'Choose a district from the list.',
    'error.discussion_not_found': 'There is no such discussion: it was removed, hidden by moderators, or the address is wrong.',
    'error.not_discussion_author': 'Only the author can edit this discussion.',
    'error.discussion_edit_closed': 'A discussion can be edited for 24 hours after it was opened; this time is over. Add a comment instead.',
    'error.discussion_not_public': 'This discussion is not public now (it is with the moderators), so it takes no comments.',
    'error.group_discussions_members_only': 'Only the community’s members see its discussions. Join the community to read them.',
  },
  ru: {
    'field.name.title': 'Заголовок',
    'field.name.body': 'Текст',
    'field.name.tags': 'Теги',
    'field.name.tag': 'Тег',
    'field.name.kind': 'Вид',
    'field.name.asOfficial': 'От имени',
    'field.name.q': 'Поиск',
    'field.name.sort': 'Порядок',
    'field.name.district': 'Район',
    'discussions.tag_invalid': 'Тег «{tag}»: от {minLength} до {maxLength} символов — буквы, цифры, пробелы или дефисы.',
    'discussions.too_many_tags': 'Добавьте не больше {max} тегов.',
    'discussions.district_unknown': 'Выберите район из списка.',
    'error.discussion_not_found': 'Такого обсуждения нет: оно удалено, скрыто модераторами или адрес неверен.',
    'error.not_discussion_author': 'Редактировать обсуждение может только его автор.',
    'error.discussion_edit_closed': 'Обсуждение можно редактировать в течение 24 часов после создания; это время прошло. Добавьте комментарий.',
    'error.discussion_not_public': 'Обсуждение сейчас не опубликовано (его проверяют модераторы), комментировать его нельзя.',
    'error.group_discussions_members_only': 'Обсуждения сообщества видят только его участники. Вступите в сообщество, чтобы их читать.',
  },
};
