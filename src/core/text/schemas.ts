import { z } from 'zod';
import { cleanLine, cleanName, cleanText } from './text.js';

/**
 * Input schemas for text people type, cleaned by the one rule (text.ts) before the length limits are checked, so
 * the limits count what is stored. Every module's input schemas build their text fields from these.
 */
export const lineSchema = (min: number, max: number) => z.string().overwrite(cleanLine).min(min).max(max);
export const nameSchema = (min: number, max: number) => z.string().overwrite(cleanName).min(min).max(max);
export const textSchema = (min: number, max: number) => z.string().overwrite(cleanText).min(min).max(max);
