/**
 * The sections of expenditures in the Russian budget classification (разделы классификации расходов,
 * 0100–1400) with plain-language explanations for residents. Pure data.
 */
export interface BudgetSection {
  /** Two digits, e.g. `05`; lines carry `0500` (the section) or `0501` (a subsection). */
  section: string;
  nameRu: string;
  nameEn: string;
  explanationRu: string;
  explanationEn: string;
}

export const budgetSections: readonly BudgetSection[] = [
  {
    section: '01',
    nameRu: 'Общегосударственные вопросы',
    nameEn: 'General government',
    explanationRu: 'Работа городского правительства, законодательного собрания, районных администраций, выборы и резервные фонды.',
    explanationEn: 'Running the city government, the legislative assembly and district administrations, elections and reserve funds.',
  },
  {
    section: '02',
    nameRu: 'Национальная оборона',
    nameEn: 'National defence',
    explanationRu: 'Небольшие расходы города на мобилизационную подготовку; армию оплачивает федеральный бюджет.',
    explanationEn: 'The city’s small share of mobilisation readiness; the army itself is paid for by the federal budget.',
  },
  {
    section: '03',
    nameRu: 'Национальная безопасность и правоохранительная деятельность',
    nameEn: 'National security and law enforcement',
    explanationRu: 'Пожарная охрана, спасатели, гражданская оборона, защита от наводнений и чрезвычайных ситуаций.',
    explanationEn: 'Fire brigades, rescue services, civil defence, flood and emergency protection.',
  },
  {
    section: '04',
    nameRu: 'Национальная экономика',
    nameEn: 'National economy',
    explanationRu: 'Дороги, мосты и общественный транспорт, поддержка бизнеса, сельского хозяйства и туризма.',
    explanationEn: 'Roads, bridges and public transport, support for business, farming and tourism.',
  },
  {
    section: '05',
    nameRu: 'Жилищно-коммунальное хозяйство',
    nameEn: 'Housing and utilities',
    explanationRu: 'Капитальный ремонт домов, водоснабжение, отопление, освещение улиц, дворы, парки и уборка.',
    explanationEn: 'Major repairs of buildings, water, heating, street lighting, courtyards, parks and cleaning.',
  },
  {
    section: '06',
    nameRu: 'Охрана окружающей среды',
    nameEn: 'Environmental protection',
    explanationRu: 'Чистый воздух и вода, особо охраняемые природные территории, обращение с отходами.',
    explanationEn: 'Clean air and water, protected nature areas, waste management.',
  },
  {
    section: '07',
    nameRu: 'Образование',
    nameEn: 'Education',
    explanationRu: 'Детские сады, школы, колледжи, кружки и летний отдых детей; прежде всего — зарплаты учителей и воспитателей.',
    explanationEn: 'Kindergartens, schools, colleges, clubs and children’s summer holidays — above all, teachers’ salaries.',
  },
  {
    section: '08',
    nameRu: 'Культура, кинематография',
    nameEn: 'Culture and cinema',
    explanationRu: 'Театры, музеи, библиотеки, городские праздники и сохранение памятников.',
    explanationEn: 'Theatres, museums, libraries, city festivals and the care of historic monuments.',
  },
  {
    section: '09',
    nameRu: 'Здравоохранение',
    nameEn: 'Health care',
    explanationRu: 'Больницы, поликлиники, скорая помощь и лекарства для льготников (в дополнение к ОМС).',
    explanationEn: 'Hospitals, clinics, ambulances and medicines for those entitled to them (on top of compulsory health insurance).',
  },
  {
    section: '10',
    nameRu: 'Социальная политика',
    nameEn: 'Social policy',
    explanationRu: 'Пособия семьям с детьми, пенсионерам и людям с инвалидностью, льготный проезд, социальное обслуживание.',
    explanationEn: 'Benefits for families with children, pensioners and people with disabilities, concession fares, social care.',
  },
  {
    section: '11',
    nameRu: 'Физическая культура и спорт',
    nameEn: 'Physical culture and sport',
    explanationRu: 'Стадионы, бассейны, спортивные школы и площадки, городские соревнования.',
    explanationEn: 'Stadiums, swimming pools, sports schools and grounds, city competitions.',
  },
  {
    section: '12',
    nameRu: 'Средства массовой информации',
    nameEn: 'Mass media',
    explanationRu: 'Городские телеканал, радио и газеты, информирование жителей.',
    explanationEn: 'The city’s TV channel, radio and newspapers, information for residents.',
  },
  {
    section: '13',
    nameRu: 'Обслуживание государственного долга',
    nameEn: 'Public debt service',
    explanationRu: 'Проценты по займам города — плата за деньги, взятые в долг раньше.',
    explanationEn: 'Interest on the city’s loans — the price of money borrowed earlier.',
  },
  {
    section: '14',
    nameRu: 'Межбюджетные трансферты общего характера',
    nameEn: 'General transfers to other budgets',
    explanationRu: 'Деньги, которые город передаёт бюджетам муниципальных образований внутри города.',
    explanationEn: 'Money the city passes on to the budgets of its municipal formations.',
  },
];

export const sectionOf = (code: string): BudgetSection | undefined => budgetSections.find((s) => s.section === code.slice(0, 2));

/** An expenditure code: a section or subsection, `0100`–`1499` with a known section. */
export const isExpenditureCode = (code: string): boolean => /^\d{4}$/.test(code) && sectionOf(code) !== undefined;

/** A revenue code: the digits of a revenue group of the classification (e.g. `10100` taxes on profit and income). */
export const isRevenueCode = (code: string): boolean => /^\d{3,20}$/.test(code);
