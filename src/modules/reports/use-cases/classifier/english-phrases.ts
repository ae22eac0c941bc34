import { phraseBook, type PhraseBook } from '../../domain/classifier-english.js';
import { readClassifierEnglishFile } from './import-classifier.js';
import { classifierEnglishFile } from './seed-classifier.js';

let book: PhraseBook | null = null;

/**
 * The English of the classifier's help texts and season messages, from the translations shipped
 * in data/ and keyed by their Russian text (the tables keep one language for them): a text an
 * administrator rewrote has no English and is shown as written.
 */
export function classifierPhrases(): PhraseBook {
  book ??= phraseBook(readClassifierEnglishFile(classifierEnglishFile));
  return book;
}
