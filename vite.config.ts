import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = (path: string) => resolve(import.meta.dirname, path);

/** One entry per define module, so `cst-elements/quote.js` loads only `<cst-quote>`. */
const defineEntries = Object.fromEntries(
  readdirSync(here('src/define')).map((file) => [
    file.replace(/\.ts$/, ''),
    here(`src/define/${file}`),
  ]),
);

export default defineConfig(({ command }) =>
  command === 'serve'
    ? // `npm start`: the demo pages, importing the library from source.
      { root: here('demo'), server: { fs: { allow: [here('.')] } } }
    : {
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          target: 'es2022',
          minify: false,
          lib: {
            entry: {
              index: here('src/index.ts'),
              data: here('src/data/index.ts'),
              ...defineEntries,
            },
            formats: ['es'],
          },
          rolldownOptions: {
            external: [/^lit(\/|$)/, /^@lit\//],
            output: { chunkFileNames: 'chunks/[name]-[hash].js' },
          },
        },
      },
);
