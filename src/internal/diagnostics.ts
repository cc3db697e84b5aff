// Words a problem as the warning a page author reads: the value, the valid choices and the
// closest one. Elements load it only when they have a problem to report.
import { clip } from './format.js';
import type { Problem } from './problems.js';
import { closestMatch } from './suggest.js';

/** The choices, shortened to the first twelve. */
export function listChoices(choices: readonly string[]): string {
  return choices.length > 12
    ? `${choices.slice(0, 12).join(', ')} … (${choices.length} in all)`
    : choices.join(', ');
}

/** The warning for a problem of the element `<tag>`. */
export function describe(problem: Problem, tag: string): string {
  if (problem.message !== undefined) return problem.message;
  if (problem.code === 'render-failed') {
    return problem.unloaded !== undefined
      ? `<${tag}> could not load ${problem.unloaded}; its fallback content is shown.`
      : `<${tag}> could not render (${problem.error}); its fallback content is shown.`;
  }
  if (problem.code === 'invalid-date') {
    const form = problem.years
      ? 'a year or a date; write YYYY or YYYY-MM-DD, for example 1999 or 2002-10-07'
      : 'a date; write YYYY-MM-DD, for example 2022-05-16';
    // Written as a date already, but not a day of the calendar (2022-02-30).
    const what = /^\d{4}-\d{2}-\d{2}$/.test(String(problem.value).trim())
      ? 'a day of the calendar; check the month and the day'
      : form;
    return `<${tag}> ${problem.attribute}="${clip(String(problem.value))}" is not ${what}. Until it is fixed ${problem.what ?? 'nothing is shown'}.`;
  }
  const { attribute = '', choices = [], what = 'nothing is shown' } = problem;
  const listed = problem.lists
    ? Object.entries(problem.lists)
        .map(([name, list]) => `${name}: ${list.join(', ')}`)
        .join('; ')
    : `valid values: ${listChoices(choices)}${problem.choicesNote ? ` ${problem.choicesNote}` : ''}`;
  if (!('value' in problem)) {
    const needs = problem.lists ? `a ${attribute} attribute` : `the ${attribute} attribute`;
    return `<${tag}> needs ${needs}; ${listed}. Until then ${what}.`;
  }
  const text = String(problem.value);
  const kind = text.trim() === '' ? 'is empty' : 'is not valid';
  return `<${tag}> ${attribute}="${clip(text)}" ${kind}; ${listed}.${problem.hint ?? closest(text, problem)} Until it is fixed ${what}.`;
}

/** ` Did you mean "…"?`, or nothing when no choice is close. */
function closest(value: string, problem: Problem): string {
  const spellings = problem.spellings ?? [];
  const near = closestMatch(value, [...(problem.choices ?? []), ...spellings.map(([s]) => s)]);
  const choice = spellings.find(([s]) => s === near)?.[1] ?? near;
  return choice ? ` Did you mean "${choice}"?` : '';
}
