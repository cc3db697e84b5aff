import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'test-results/',
      'custom-elements.json',
      // Apps that install the packed package, each with its own tools (test/consumers/*.spec.js).
      'test/consumers/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Elements are defined through a guarded helper, which the rule cannot see.
      'wc/guard-define-call': 'off',
    },
  },
  {
    // An element class takes its attributes' property types from its spec by declaration
    // merging (`interface CstQuote extends Properties<…>`); Lit declares the properties.
    files: ['src/elements/*/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-declaration-merging': 'off',
      '@typescript-eslint/no-empty-object-type': 'off',
    },
  },
  {
    // What the HTML writer writes out as markup (snippets, the static export) must be a template
    // the library made: element templates use its own tags (src/internal/template.ts).
    files: ['src/elements/**/*.ts', 'src/internal/*.ts'],
    ignores: ['src/internal/template.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit',
              importNames: ['html', 'svg'],
              message: "Use html and svg from 'src/internal/template.ts'.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
