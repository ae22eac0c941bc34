#!/usr/bin/env node
// `npm run check`: docs/openapi.json must be a valid OpenAPI 3.1 document (a real validator, not only fresh).
import fs from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';

const doc = JSON.parse(fs.readFileSync(new URL('../docs/openapi.json', import.meta.url), 'utf8'));
try {
  await SwaggerParser.validate(doc);
} catch (err) {
  process.stderr.write(`docs/openapi.json is not a valid OpenAPI document:\n${err.message}\n`);
  process.exit(1);
}
process.stderr.write('docs/openapi.json is valid OpenAPI.\n');
