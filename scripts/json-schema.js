// Writes the publisher dataset schema as JSON Schema (dist/dataset.schema.json), from the same
// valibot schema the provider validates with.
import { toJsonSchema } from '@valibot/to-json-schema';
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';

const { outputFiles } = await build({
  entryPoints: ['src/data/schema.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const url = `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`;
const { PartialDatasetSchema } = await import(url);

const schema = {
  title: 'cst-elements publisher dataset',
  description:
    'A file for <cst-provider src>: any of the collections meta, sources, states, people, sessions, documents, quotes, events.',
  ...toJsonSchema(PartialDatasetSchema, { errorMode: 'ignore' }),
};
mkdirSync('dist', { recursive: true });
writeFileSync('dist/dataset.schema.json', JSON.stringify(schema, null, 2) + '\n');
console.log(`dist/dataset.schema.json: ${Object.keys(schema.properties).length} collections`);
