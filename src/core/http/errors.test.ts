import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addMessages } from '../i18n/i18n.js';
import { coreMessages } from '../i18n/core-messages.js';
import { zodFields } from './errors.js';

addMessages(coreMessages);
addMessages({
  en: { 'field.name.shade': 'Kind', 'test.field.shade': 'Kind of day: holiday or short_day.', 'test.field.code': 'The code is the digits from the SMS.' },
  ru: { 'field.name.shade': 'Вид', 'test.field.shade': 'Вид дня: holiday или short_day.', 'test.field.code': 'Код — это цифры из SMS.' },
});

const issuesOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error!.issues;

describe('field messages', () => {
  it('name the field by its label when the schema says nothing of its own', () => {
    const schema = z.object({ shade: z.string() });
    expect(zodFields('ru', issuesOf(schema, {}))).toEqual({ shade: 'Заполните поле «Вид».' });
  });

  it("use the schema's own message key, whatever the check that failed, so a field can name itself in its form", () => {
    const schema = z.object({
      shade: z.string({ error: 'test.field.shade' }).refine((v) => v === 'holiday' || v === 'short_day', { message: 'test.field.shade' }),
      code: z.string().regex(/^\d{4,8}$/, { message: 'test.field.code' }),
    });
    expect(zodFields('ru', issuesOf(schema, { code: '12a' }))).toEqual({ shade: 'Вид дня: holiday или short_day.', code: 'Код — это цифры из SMS.' });
    expect(zodFields('en', issuesOf(schema, { shade: 'party', code: '1234' }))).toEqual({ shade: 'Kind of day: holiday or short_day.' });
  });
});
