import type { Catalogue, Language } from '../../core/i18n/i18n.js';

/** Server messages of the charity module: field names and refusals. */
export const charityMessages: Record<Language, Catalogue> = {
  en: {
    'field.name.organisation': 'Beneficiary organisation',
    'field.name.inn': 'Taxpayer number (INN)',
    'field.name.ogrn': 'Registration number (OGRN)',
    'field.name.goal': 'Goal',
    'field.name.spending': 'What the money buys',
    'field.name.targetRubles': 'Target, rubles',
    'field.name.collectedRubles': 'Collected, rubles',
    'field.name.givingMethod': 'Way to give',
    'field.name.paymentUrl': 'Official payment page',
    'field.name.recipient': 'Recipient',
    'field.name.bankName': 'Bank',
    'field.name.bik': 'BIK',
    'field.name.account': 'Account',
    'field.name.correspondentAccount': 'Correspondent account',
    'field.name.bank': 'Bank details',
    'field.name.reportedOn': 'Report date',
    'error.cause_not_found': 'There is no such cause, or it is not approved yet. Check the link or find it in the list of causes.',
    'error.cause_closed': 'This cause is closed: it takes no more donations.',
    'error.cause_already_approved': 'This cause is already approved.',
    'error.cause_not_approved': 'This cause is not approved yet: approve it first.',
    'error.cause_inn_invalid':
      'This taxpayer number (INN) is not valid: it has 10 digits for an organisation (12 for a person) and its check digits do not match. Copy it from the organisation’s documents.',
    'error.cause_ogrn_invalid':
      'This registration number (OGRN) is not valid: 13 digits (15 for an entrepreneur) whose last digit checks the others. Copy it from the register extract, or leave it empty.',
    'error.cause_payment_url_required': 'Give the official payment page’s link, or choose bank details instead.',
    'error.cause_payment_url_not_https':
      'The payment page must be an https:// address with a domain name (no login, no IP address), so residents can check whose page it is.',
    'error.cause_one_way_to_give': 'A cause has one way to give: either the payment page or the bank details. Clear the other.',
    'error.cause_bank_required':
      'Give the beneficiary’s bank details (recipient, bank, BIK, account, correspondent account), or choose a payment page instead.',
    'error.cause_bik_invalid': 'This BIK is not valid: 9 digits beginning with 04. Copy it from the bank details.',
    'error.cause_account_invalid': 'This account number does not match the BIK (20 digits with a check digit). Copy both from the bank details again.',
    'error.cause_correspondent_account_invalid':
      'This correspondent account does not match the BIK (20 digits starting with 301 and ending in the BIK’s last three). Copy both again.',
    'error.cause_target_required': 'Give the amount the cause collects, in rubles (more than zero).',
    'error.cause_district_not_found': 'There is no such district. Choose one from the list.',
    'error.cause_reported_in_future': 'A report cannot be dated after today.',
  },
  ru: {
    'field.name.organisation': 'организация-получатель',
    'field.name.inn': 'ИНН',
    'field.name.ogrn': 'ОГРН',
    'field.name.goal': 'цель',
    'field.name.spending': 'на что пойдут деньги',
    'field.name.targetRubles': 'нужно собрать, ₽',
    'field.name.collectedRubles': 'собрано, ₽',
    'field.name.givingMethod': 'способ пожертвовать',
    'field.name.paymentUrl': 'официальная страница оплаты',
    'field.name.recipient': 'получатель',
    'field.name.bankName': 'банк',
    'field.name.bik': 'БИК',
    'field.name.account': 'расчётный счёт',
    'field.name.correspondentAccount': 'корреспондентский счёт',
    'field.name.bank': 'реквизиты',
    'field.name.reportedOn': 'дата отчёта',
    'error.cause_not_found': 'Такого сбора нет или он ещё не одобрен. Проверьте ссылку или найдите сбор в списке.',
    'error.cause_closed': 'Этот сбор закрыт: пожертвования больше не принимаются.',
    'error.cause_already_approved': 'Этот сбор уже одобрен.',
    'error.cause_not_approved': 'Этот сбор ещё не одобрен: сначала одобрите его.',
    'error.cause_inn_invalid':
      'ИНН указан неверно: у организации 10 цифр (у человека 12), и контрольные цифры не сходятся. Скопируйте его из документов организации.',
    'error.cause_ogrn_invalid':
      'ОГРН указан неверно: 13 цифр (у ИП 15), последняя проверяет остальные. Скопируйте его из выписки из реестра или оставьте поле пустым.',
    'error.cause_payment_url_required': 'Укажите ссылку на официальную страницу оплаты или выберите реквизиты.',
    'error.cause_payment_url_not_https':
      'Страница оплаты должна быть адресом https:// с доменным именем (без логина и IP-адреса), чтобы жители могли проверить, чья это страница.',
    'error.cause_one_way_to_give': 'У сбора один способ пожертвовать: страница оплаты или реквизиты. Очистите второе.',
    'error.cause_bank_required': 'Укажите реквизиты получателя (получатель, банк, БИК, счёт, корреспондентский счёт) или выберите страницу оплаты.',
    'error.cause_bik_invalid': 'БИК указан неверно: 9 цифр, начинается с 04. Скопируйте его из реквизитов.',
    'error.cause_account_invalid': 'Расчётный счёт не сходится с БИК (20 цифр с контрольной цифрой). Скопируйте оба из реквизитов ещё раз.',
    'error.cause_correspondent_account_invalid':
      'Корреспондентский счёт не сходится с БИК (20 цифр, начинается с 301 и кончается тремя последними цифрами БИК). Скопируйте оба ещё раз.',
    'error.cause_target_required': 'Укажите, сколько нужно собрать, в рублях (больше нуля).',
    'error.cause_district_not_found': 'Такого района нет. Выберите из списка.',
    'error.cause_reported_in_future': 'Отчёт не может быть датирован позже сегодняшнего дня.',
  },
};
