/**
 * The demo catalogue's words, written for Gorod: each gu.spb.ru life situation (data/spb_gu_life_situations.csv) read
 * as a life role a resident recognises, and plain-language descriptions of the services residents ask for most. The
 * services' titles, ids and links are the portal's own (data/spb_gu_life_situation_services.csv); every description
 * here is marked as written for the demo (`demoText`), and the page says so.
 */
export interface DemoRole {
  situationId: string;
  key: string;
  nameRu: string;
  nameEn: string;
  icon: string;
  descriptionRu: string;
  descriptionEn: string;
}

export const demoRoles: DemoRole[] = [
  {
    situationId: '190057',
    key: 'parent',
    nameRu: 'Я родитель',
    nameEn: 'I am a parent',
    icon: '👶',
    descriptionRu: 'Рождение ребёнка, детский сад, пособия и документы для детей.',
    descriptionEn: 'A new baby, kindergarten, benefits and documents for children.',
  },
  {
    situationId: '190087',
    key: 'pensioner',
    nameRu: 'Я выхожу на пенсию',
    nameEn: 'I am retiring',
    icon: '🧓',
    descriptionRu: 'Пенсия, льготы и документы пенсионера.',
    descriptionEn: 'Pension, benefits and a pensioner’s documents.',
  },
  {
    situationId: '740477',
    key: 'svo',
    nameRu: 'Участник СВО и семья участника',
    nameEn: 'Veterans of the special military operation and their families',
    icon: '🎖️',
    descriptionRu: 'Меры поддержки участникам специальной военной операции и членам их семей.',
    descriptionEn: 'Support for those who served in the special military operation and their families.',
  },
  {
    situationId: '190097',
    key: 'name-change',
    nameRu: 'Я меняю имя или фамилию',
    nameEn: 'I am changing my name',
    icon: '✍️',
    descriptionRu: 'Новое имя или фамилия: какие документы заменить.',
    descriptionEn: 'A new name or surname: which documents to replace.',
  },
  {
    situationId: '190101',
    key: 'moving',
    nameRu: 'Я переезжаю',
    nameEn: 'I am moving home',
    icon: '📦',
    descriptionRu: 'Смена места жительства: регистрация, полис, школа и сад на новом месте.',
    descriptionEn: 'A new address: registration, health insurance, school and kindergarten.',
  },
  {
    situationId: '190099',
    key: 'home-buyer',
    nameRu: 'Я покупаю жильё',
    nameEn: 'I am buying a home',
    icon: '🏠',
    descriptionRu: 'Покупка квартиры или дома, жилищные программы.',
    descriptionEn: 'Buying a flat or a house, housing programmes.',
  },
  {
    situationId: '190093',
    key: 'entrepreneur',
    nameRu: 'Я открываю своё дело',
    nameEn: 'I am starting a business',
    icon: '💼',
    descriptionRu: 'Регистрация бизнеса, разрешения и поддержка предпринимателей.',
    descriptionEn: 'Registering a business, permits and support for entrepreneurs.',
  },
  {
    situationId: '190091',
    key: 'house-builder',
    nameRu: 'Я строю свой дом',
    nameEn: 'I am building my own house',
    icon: '🧱',
    descriptionRu: 'Индивидуальное жилищное строительство: участок и разрешения.',
    descriptionEn: 'Building a private house: the plot and the permits.',
  },
  {
    situationId: '753191',
    key: 'investor',
    nameRu: 'Я строю: инвестиционный проект',
    nameEn: 'I am building: an investment project',
    icon: '🏗️',
    descriptionRu: 'Строительство и инвестиции: разрешения и согласования.',
    descriptionEn: 'Construction and investment: permits and approvals.',
  },
  {
    situationId: '741043',
    key: 'disability',
    nameRu: 'У меня инвалидность',
    nameEn: 'I have a disability',
    icon: '♿',
    descriptionRu: 'Услуги и льготы для взрослых с инвалидностью.',
    descriptionEn: 'Services and benefits for adults with a disability.',
  },
  {
    situationId: '741045',
    key: 'child-disability',
    nameRu: 'У моего ребёнка инвалидность',
    nameEn: 'My child has a disability',
    icon: '🧒',
    descriptionRu: 'Услуги и льготы для детей с инвалидностью и их семей.',
    descriptionEn: 'Services and benefits for children with a disability and their families.',
  },
  {
    situationId: '190089',
    key: 'lost-documents',
    nameRu: 'У меня пропали документы',
    nameEn: 'I lost my documents',
    icon: '📄',
    descriptionRu: 'Как восстановить паспорт, полис и другие документы.',
    descriptionEn: 'How to replace a passport, a health insurance policy and other documents.',
  },
  {
    situationId: '190095',
    key: 'bereavement',
    nameRu: 'Умер близкий человек',
    nameEn: 'Someone close to me has died',
    icon: '🕯️',
    descriptionRu: 'Что оформить после смерти близкого человека.',
    descriptionEn: 'What to arrange after the death of someone close.',
  },
];

/** What the demo says of a service beyond its title: written for the demo (check with the portal before relying on it). */
export interface DemoServiceText {
  titleEn: string;
  description: string;
  inPerson?: string;
  documents?: string[];
  price?: string;
  timeLimit?: string;
  whoMayApply?: string;
}

/** Hand-written demo descriptions of the services a new parent meets first, by gu.spb.ru service id. */
export const demoServiceTexts: Record<string, DemoServiceText> = {
  '188351': {
    titleEn: 'Enrolling children in state kindergartens',
    description:
      'Демо-описание. Ребёнка ставят на учёт для зачисления в государственный детский сад: родитель подаёт заявление, выбирает до трёх садов рядом с домом и желаемую дату начала посещения. Когда подходит очередь, районная комиссия направляет ребёнка в сад, и родителю приходит уведомление.',
    inPerson: 'В любом МФЦ Санкт-Петербурга',
    documents: [
      'Паспорт родителя',
      'Свидетельство о рождении ребёнка',
      'Документ о регистрации ребёнка по месту жительства или пребывания в Санкт-Петербурге',
      'Документ о праве на льготу, если она есть',
    ],
    price: 'Бесплатно',
    timeLimit: 'Постановка на учёт — в день подачи заявления; направление в сад — по очереди',
    whoMayApply: 'Родители или законные представители ребёнка от рождения до 7 лет',
  },
  '187841': {
    titleEn: 'Registering a birth',
    description:
      'Демо-описание. Рождение ребёнка регистрирует орган ЗАГС: родители получают свидетельство о рождении — первый документ ребёнка, с которым оформляют всё остальное.',
    inPerson: 'В отделе ЗАГС или в МФЦ',
    documents: ['Медицинское свидетельство о рождении', 'Паспорта родителей', 'Свидетельство о браке, если родители в браке'],
    price: 'Бесплатно',
    timeLimit: 'Заявить о рождении нужно не позднее месяца со дня рождения ребёнка',
    whoMayApply: 'Родители ребёнка или один из них',
  },
  '188449': {
    titleEn: 'Issuing compulsory health insurance policies (OMS)',
    description:
      'Демо-описание. Полис ОМС нужен, чтобы ребёнка бесплатно лечили в поликлиниках и больницах. Его оформляют в страховой медицинской организации.',
    inPerson: 'В страховой медицинской организации или в МФЦ',
    documents: ['Свидетельство о рождении ребёнка', 'Паспорт родителя', 'СНИЛС ребёнка, если он уже есть'],
    price: 'Бесплатно',
    whoMayApply: 'Родитель или законный представитель ребёнка',
  },
  '188861': {
    titleEn: 'Issuing a pension insurance number (SNILS)',
    description: 'Демо-описание. СНИЛС — номер лицевого счёта в Социальном фонде; он нужен для пособий, записи к врачу и многих других услуг.',
    inPerson: 'В клиентской службе Социального фонда или в МФЦ',
    documents: ['Свидетельство о рождении ребёнка', 'Паспорт родителя'],
    price: 'Бесплатно',
    whoMayApply: 'Родитель или законный представитель ребёнка',
  },
  '188907': {
    titleEn: 'Registering residents at a place of stay or residence',
    description: 'Демо-описание. Регистрация по месту жительства или пребывания: её спрашивают при записи в детский сад, школу и поликлинику.',
    inPerson: 'В МФЦ',
    documents: ['Паспорт', 'Свидетельство о рождении ребёнка', 'Документ о праве на жильё или согласие собственника'],
    price: 'Бесплатно',
    whoMayApply: 'Граждане России и родители детей до 14 лет',
  },
};

/** What the demo says of every other service: a pointer to the portal's own page, labelled as written for the demo. */
export const genericDemoDescription = (situation: string, pack: string) =>
  `Демо-описание. Услуга из жизненной ситуации «${situation}» (${pack.charAt(0).toLowerCase()}${pack.slice(1)}) портала государственных услуг Санкт-Петербурга. Порядок, сроки и документы — на странице услуги на портале.`;
