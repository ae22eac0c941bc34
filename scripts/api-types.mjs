#!/usr/bin/env node
// The web app's types of the API, generated from docs/openapi.json by openapi-typescript into
// web/src/api/schema.d.ts (committed, like the document itself). `npm run api` regenerates the
// document from the routes and then this file; `--check` (in `npm run check`) fails when the file
// is not what the document gives, so the web cannot keep types the server no longer has.
import fs from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const documentFile = new URL('../docs/openapi.json', import.meta.url);
const typesFile = new URL('../web/src/api/schema.d.ts', import.meta.url);
const header = `// Generated from docs/openapi.json by scripts/api-types.mjs (openapi-typescript): do not edit.
// Regenerate with \`npm run api\`; \`npm run check\` fails when this file is stale.
`;

const ast = await openapiTS(JSON.parse(fs.readFileSync(documentFile, 'utf8')), {
  // a field with a default may be left out of a request (answers list such fields as required themselves)
  defaultNonNullable: false,
  // `additionalProperties: false` objects take no other keys
  additionalProperties: false,
});
const text = header + astToString(ast);

if (process.argv.includes('--check')) {
  const current = fs.existsSync(typesFile) ? fs.readFileSync(typesFile, 'utf8') : '';
  if (current !== text) {
    process.stderr.write('web/src/api/schema.d.ts is stale: run `npm run api` and commit it.\n');
    process.exit(1);
  }
  process.stderr.write('web/src/api/schema.d.ts is current.\n');
} else {
  fs.mkdirSync(new URL('.', typesFile), { recursive: true });
  fs.writeFileSync(typesFile, text);
  process.stderr.write('Wrote web/src/api/schema.d.ts\n');
}
