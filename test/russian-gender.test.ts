import { describe, expect, it } from 'vitest';
import { coreMessages } from '../src/core/i18n/core-messages.js';
import { modules } from '../src/modules.js';
import { ru as webRu } from '../web/src/i18n/ru.js';

// Russian past-tense verbs agree with the person's gender, which Gorod does not ask for. A text about a
// named person is worded so it needs none («Ответ на ваш комментарий. Анна: …», «новый соинициатор: …»)
// instead of the form-letter «ответил(а)».
const slashed = /[а-яё]\((а|ла|ась|ов|на|ое)\)/i;

function gendered(catalogue: Record<string, string>): string[] {
  return Object.entries(catalogue)
    .filter(([, text]) => slashed.test(text))
    .map(([key, text]) => `${key}: ${text}`);
}

describe('Russian texts without «(а)» gender forms', () => {
  it('the server’s messages (errors, notifications, e-mails) word a person’s action without a gender', () => {
    const server = [coreMessages.ru, ...modules.map((m) => m.messages?.ru ?? {})].flatMap(gendered);
    expect(server).toEqual([]);
  });

  it('the web app’s texts do too', () => {
    expect(gendered(webRu)).toEqual([]);
  });
});
