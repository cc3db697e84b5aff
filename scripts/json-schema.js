// Writes the publisher dataset schema as JSON Schema (dist/dataset.schema.json), from the same
// valibot schema the provider validates with: its descriptions become the JSON Schema's, and a
// field that refers to another record says which (the schema's `ref()` metadata).
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
const { PartialDatasetSchema, NOUNS } = await import(url);

/** The schema's metadata in JSON Schema's words: dates are `format: date`, refs a description. */
function overrideAction({ valibotAction, jsonSchema }) {
  if (valibotAction.type !== 'metadata') return undefined;
  // The metadata's keys were copied as they are: JSON Schema's `format` keeps only what it knows.
  const { format, ref } = valibotAction.metadata;
  const { ref: _ref, ...out } = jsonSchema;
  if (format === 'date') out.format = 'date';
  else if (format) delete out.format;
  if (ref) {
    const noun = NOUNS[ref];
    out.description =
      ref === 'amendments'
        ? `the id of one of the same document's amendments`
        : `the id of a ${noun}, of this file or of the bundled data`;
  }
  return out;
}

const schema = {
  title: 'cst-elements publisher dataset',
  description:
    'A file for <cst-provider src>: any of the collections meta, sources, states, people, sessions, documents, quotes, events.',
  ...toJsonSchema(PartialDatasetSchema, { errorMode: 'ignore', overrideAction }),
};
mkdirSync('dist', { recursive: true });
writeFileSync('dist/dataset.schema.json', JSON.stringify(schema, null, 2) + '\n');
console.log(`dist/dataset.schema.json: ${Object.keys(schema.properties).length} collections`);
