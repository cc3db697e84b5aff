// Tailwind's base styles as a Tailwind site ships them, for the host-page tests
// (test/helpers/host-pages.ts). The preflight.css in the tailwindcss package is source: it calls
// `--theme()`, which only Tailwind's compiler resolves, so it is compiled here with the theme and
// the few utilities the test page uses.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compile } from 'tailwindcss';

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('tailwindcss/package.json'));

const INPUT = `@layer theme, base, components, utilities;
@import 'tailwindcss/theme.css' layer(theme);
@import 'tailwindcss/preflight.css' layer(base);
@import 'tailwindcss/utilities.css' layer(utilities);`;

let built;

/** The compiled CSS, with the utilities named in `classes`. */
export function tailwindCss(classes) {
  built ??= compile(INPUT, {
    base: root,
    async loadStylesheet(id) {
      const path = join(root, id.replace(/^tailwindcss\//, ''));
      return { path, base: root, content: await readFile(path, 'utf8') };
    },
  });
  return built.then((compiler) => compiler.build(classes));
}
