import { z } from 'zod';
import { fewerThanK } from './k-anonymity.js';

/** A published count of people in the API's schemas: exact from K on (and 0), else "< 10" (see k-anonymity.ts). */
export const publicCountSchema = z.union([z.number().int().min(0), z.literal(fewerThanK)]).meta({ id: 'PublicCount' });
