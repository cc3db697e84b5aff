import assert from 'node:assert/strict';
import { LANGS } from '../../src/locales/index.js';
import { describe, it } from 'node:test';
import { describe as describeProblem } from '../../src/internal/diagnostics.js';
import {
  DEFAULT_TIMEOUT,
  inside,
  optionMessage,
  readOptions,
  readProvider,
  readSurroundings,
  readTimeout,
} from '../../src/internal/input.js';

/** The one reading of a provider's attributes and of the options that stand for them. */
describe('reading what a provider gives', () => {
  it('takes the values a provider takes', () => {
    assert.deepEqual(readProvider({ lang: 'ru-RU', 'as-of': ' 2022-05-16 ', mode: 'Replace' }), {
      lang: 'ru',
      asOf: '2022-05-16',
      mode: 'replace',
      timeout: DEFAULT_TIMEOUT,
      problems: [],
    });
    // lang is an HTML attribute: a language the library does not ship means English.
    assert.equal(readProvider({ lang: 'de' }).lang, 'en');
    assert.equal(readProvider({}).lang, undefined);
  });

  it('reads a wait in milliseconds or with a unit, up to ten minutes', () => {
    const cases: [unknown, number][] = [
      [10000, 10000],
      ['10000', 10000],
      ['2500ms', 2500],
      ['10s', 10000],
      [' 1.5 s ', 1500],
      ['600s', 600000],
      [null, DEFAULT_TIMEOUT],
    ];
    for (const [value, ms] of cases) assert.equal(readTimeout(value), ms, String(value));
    for (const value of ['abc', '0', '-5', '', '10 seconds', '601s', NaN, Infinity, '1e3']) {
      const problem = readTimeout(value);
      assert.equal(typeof problem, 'object', String(value));
      assert.match(
        describeProblem(problem as never, 'cst-provider'),
        /^<cst-provider> timeout=".*" is (not valid|empty); valid values: 10000, 10s \(ms or s, up to 10 minutes\)/,
      );
    }
  });

  it('refuses a date that is not a day of the calendar, and says which it is', () => {
    for (const value of ['2022-02-30', '2024-13-45', 'banana', '16/05/2022']) {
      const { asOf, problems } = readProvider({ 'as-of': value });
      assert.equal(asOf, undefined);
      assert.equal(problems.length, 1);
      const message = describeProblem(problems[0]!, 'cst-provider');
      assert.match(
        message,
        /^\d{4}-\d{2}-\d{2}$/.test(value)
          ? /is not a day of the calendar; check the month and the day\. Until it is fixed the dataset's date is used\.$/
          : /is not a date; write YYYY-MM-DD/,
      );
    }
  });

  it('holds options to the languages the library ships, naming the choices', () => {
    assert.equal(readOptions({ lang: 'ru-RU' }).lang, 'ru');
    const { problems } = readOptions({ lang: 'xx' });
    assert.equal(
      optionMessage(problems[0]!, '--lang'),
      `--lang "xx" is not valid; valid values: ${LANGS.join(', ')}`,
    );
  });

  it('lays an inner provider over an outer one', () => {
    const outer = inside({ layers: [] }, { lang: 'ru', asOf: '2020-01-01' });
    const layer = { data: { quotes: [] }, mode: 'merge' as const };
    assert.deepEqual(inside(outer, { asOf: '2023-01-01' }, [layer]), {
      lang: 'ru',
      asOf: '2023-01-01',
      layers: [layer],
    });
  });

  it('checks data as the provider does: refused, or used with a warning about its ids', async () => {
    const refused = await readSurroundings({ data: { quotes: [{ id: 'x' }] } });
    assert.deepEqual(refused.around.layers, []);
    assert.match(refused.refused[0]!, /^data was not used \(src-schema: quotes\.0\.text: /);
    const quote = {
      text: 'Words.',
      lang: 'en',
      date: '2022-05-16',
      topics: [],
      source: 'seed-002',
      sources: ['seed-002'],
    };
    const warned = await readSurroundings({
      asOf: '2022-05-16',
      data: { quotes: [{ ...quote, id: 'q', speaker: 'nobody' }] },
    });
    assert.equal(warned.around.layers.length, 1);
    assert.equal(warned.around.asOf, '2022-05-16');
    assert.deepEqual(warned.refused, []);
    assert.match(warned.warnings[0]!, /\$\.quotes\[0\]\.speaker: no person has the id "nobody"/);
  });
});
