import type { Catalogue, Language } from '../../core/i18n/i18n.js';

/** Server messages of the verification module. */
export const verificationMessages: Record<Language, Catalogue> = {
  en: {
    'error.already_verified': 'Your account is already verified.',
    'error.identity_already_used':
      'This phone number or document already verified another account. One person may have one verified account; if that account is yours, sign in to it, or ask the city to revoke it.',
    'error.identity_held_after_deletion':
      'This phone number or document verified an account that was deleted while votes it took part in were still open. So that nobody votes twice, it can verify another account from {until} (city time).',
    'error.verification_method_disabled':
      'The city does not offer this way of verifying now. Choose another way on the verification page, or come to a verification desk in person.',
    'error.verification_not_verifier': 'Only verifiers of residents and administrators may verify people in person.',
    'error.verification_not_verifier_of_district': 'You verify residents of another district. Choose your district, or ask a city-wide verifier.',
    'error.verification_not_self': 'You cannot verify your own account: ask another verifier.',
    'error.verification_account_not_found':
      'There is no account with this number. Ask the person to open «Verification» in their profile and read the account number from there.',
    'error.verification_not_verified': 'This account is not verified, so there is nothing to revoke.',
    'error.verification_oidc_not_configured':
      'Sign-in through an identity provider is not configured on the server: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET first.',
    'error.verification_register_no_match':
      'The residents register has no entry with this document number and birth date. Check both and try again, or verify another way.',
    'error.verification_register_empty': 'The file has no usable rows: {details}',
    'error.verification_register_file': 'Cannot read {file}: {detail}.',
    'error.verification_sms_too_many': 'Too many codes were asked for: wait an hour and ask again.',
    'error.verification_sms_no_code': 'There is no valid code: it expired or was tried too many times. Ask for a new code.',
    'error.verification_sms_failed': 'The SMS could not be sent just now. Try again in a few minutes.',
    'error.verification_oidc_failed': 'Signing in at the identity provider did not succeed: {details}',
    'error.oidc_email_taken':
      'There is already an account with the e-mail the identity provider gave. Sign in to it with your password (or reset it), then verify it through the provider from Profile → Verification.',
    'error.oidc_email_unverified':
      'The identity provider did not give a confirmed e-mail address, which a new account needs. Confirm it at the provider, or register here with your e-mail.',
    'field.name.documentNumber': 'Document number',
    'field.name.birthDate': 'Birth date',
    'field.name.smsCode': 'Code from the SMS',
    'field.name.userId': 'Account number',
    'field.name.csv': 'CSV file',
    'field.name.method': 'Way of verifying',
    'field.name.enabled': 'Switched on',
    'field.name.replace': 'Replace the whole register',
    'field.name.returnTo': 'Page to return to',
    // what the identity provider sends back to the callback (a person never types these)
    'field.name.state': 'Sign-in state from the identity provider',
    'field.name.iss': 'Identity provider',
    'field.name.session_state': 'Session state from the identity provider',
    'field.name.error': 'Error from the identity provider',
    'field.name.error_description': 'Error description from the identity provider',
    'field.name.error_uri': 'Error page of the identity provider',
    'verification.field.document_length': 'A document number has 6 to 20 letters and digits.',
    'verification.field.document_characters': 'A document number has only letters and digits (spaces and dashes are fine).',
    'verification.field.birth_date_format': 'Write the birth date as a date, e.g. 1984-03-17.',
    'verification.field.birth_date_future': 'The birth date cannot be in the future.',
    'verification.field.birth_date_too_old': 'The birth date cannot be before 1900.',
    'verification.field.district_unknown': 'Choose a district from the list.',
    'verification.field.phone_invalid': 'Write a mobile number such as +7 999 123-45-67.',
    'verification.field.code_format': 'The code is the digits from the SMS.',
    'verification.field.code_wrong': 'The code is not right. Attempts left: {left}.',
    'verification.csv.header': 'The first line must name the columns {columns}; missing: {missing}.',
    'verification.csv.district': 'Unknown district «{district}».',
    'verification.csv.birth_date': '«{value}» is not a birth date (YYYY-MM-DD or DD.MM.YYYY).',
    'verification.csv.duplicate': 'The same document number as line {first}.',
    'verification.csv.unclosed_quote': 'A quoted field starting on this line is never closed (a missing "); nothing was imported.',
    'verification.csv.misplaced_quote':
      'A quote in the wrong place: a quoted field must end with its quote right before the separator or the end of the line; nothing was imported.',
    'verification.csv.line': 'Line {line}: {message}',
    'verification.sms.text': 'Gorod: your verification code is {code}. It is valid for {minutes} minutes. Do not tell it to anyone.',
  },
  ru: {
    'error.already_verified': 'Ваша учётная запись уже подтверждена.',
    'error.identity_already_used':
      'Этот номер телефона или документ уже подтвердил другую учётную запись. У одного человека может быть одна подтверждённая учётная запись; если она ваша, войдите в неё или попросите город отозвать подтверждение.',
    'error.identity_held_after_deletion':
      'Этот номер телефона или документ подтвердил учётную запись, удалённую, пока голосования с её участием ещё шли. Чтобы никто не проголосовал дважды, им можно подтвердить другую учётную запись с {until} (по местному времени).',
    'error.verification_method_disabled':
      'Сейчас город не предлагает этот способ подтверждения. Выберите другой способ на странице подтверждения или придите в пункт подтверждения лично.',
    'error.verification_not_verifier': 'Подтверждать жителей лично могут только проверяющие и администраторы.',
    'error.verification_not_verifier_of_district': 'Вы подтверждаете жителей другого района. Выберите свой район или обратитесь к общегородскому проверяющему.',
    'error.verification_not_self': 'Нельзя подтвердить свою учётную запись: обратитесь к другому проверяющему.',
    'error.verification_account_not_found':
      'Учётной записи с таким номером нет. Попросите человека открыть «Подтверждение» в профиле и прочитать номер оттуда.',
    'error.verification_not_verified': 'Эта учётная запись не подтверждена — отзывать нечего.',
    'error.verification_oidc_not_configured':
      'Вход через поставщика идентификации не настроен на сервере: сначала задайте OIDC_ISSUER, OIDC_CLIENT_ID и OIDC_CLIENT_SECRET.',
    'error.verification_register_no_match':
      'В реестре жителей нет записи с таким номером документа и датой рождения. Проверьте оба поля и попробуйте ещё раз или выберите другой способ.',
    'error.verification_register_empty': 'В файле нет пригодных строк: {details}',
    'error.verification_register_file': 'Не удаётся прочитать {file}: {detail}.',
    'error.verification_sms_too_many': 'Запрошено слишком много кодов: подождите час и запросите снова.',
    'error.verification_sms_no_code': 'Действующего кода нет: срок истёк или было слишком много попыток. Запросите новый код.',
    'error.verification_sms_failed': 'Не удалось отправить SMS. Попробуйте через несколько минут.',
    'error.verification_oidc_failed': 'Вход у поставщика идентификации не удался: {details}',
    'error.oidc_email_taken':
      'Учётная запись с почтой, полученной от поставщика идентификации, уже есть. Войдите в неё по паролю (или восстановите его), затем подтвердите её через поставщика в разделе «Профиль → Подтверждение».',
    'error.oidc_email_unverified':
      'Поставщик идентификации не сообщил подтверждённый адрес почты, а он нужен для новой учётной записи. Подтвердите его у поставщика или зарегистрируйтесь здесь по почте.',
    'field.name.documentNumber': 'Номер документа',
    'field.name.birthDate': 'Дата рождения',
    'field.name.smsCode': 'Код из SMS',
    'field.name.userId': 'Номер учётной записи',
    'field.name.csv': 'Файл CSV',
    'field.name.method': 'Способ подтверждения',
    'field.name.enabled': 'Включён',
    'field.name.replace': 'Заменить весь реестр',
    'field.name.returnTo': 'Страница возврата',
    'field.name.state': 'Состояние входа у поставщика идентификации',
    'field.name.iss': 'Поставщик идентификации',
    'field.name.session_state': 'Состояние сеанса у поставщика идентификации',
    'field.name.error': 'Ошибка поставщика идентификации',
    'field.name.error_description': 'Описание ошибки поставщика идентификации',
    'field.name.error_uri': 'Страница ошибки поставщика идентификации',
    'verification.field.document_length': 'В номере документа от 6 до 20 букв и цифр.',
    'verification.field.document_characters': 'В номере документа только буквы и цифры (пробелы и дефисы можно).',
    'verification.field.birth_date_format': 'Укажите дату рождения, например 1984-03-17.',
    'verification.field.birth_date_future': 'Дата рождения не может быть в будущем.',
    'verification.field.birth_date_too_old': 'Дата рождения не может быть раньше 1900 года.',
    'verification.field.district_unknown': 'Выберите район из списка.',
    'verification.field.phone_invalid': 'Укажите мобильный номер, например +7 999 123-45-67.',
    'verification.field.code_format': 'Код — это цифры из SMS.',
    'verification.field.code_wrong': 'Код неверный. Осталось попыток: {left}.',
    'verification.csv.header': 'В первой строке должны быть названия столбцов {columns}; нет: {missing}.',
    'verification.csv.district': 'Неизвестный район «{district}».',
    'verification.csv.birth_date': '«{value}» — не дата рождения (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ).',
    'verification.csv.duplicate': 'Тот же номер документа, что в строке {first}.',
    'verification.csv.unclosed_quote': 'Поле в кавычках, начатое в этой строке, нигде не закрыто (не хватает "); ничего не загружено.',
    'verification.csv.misplaced_quote':
      'Кавычка не на месте: поле в кавычках должно заканчиваться кавычкой прямо перед разделителем или концом строки; ничего не загружено.',
    'verification.csv.line': 'Строка {line}: {message}',
    'verification.sms.text': 'Город: ваш код подтверждения {code}. Он действует {minutes} мин. Никому его не сообщайте.',
  },
};
