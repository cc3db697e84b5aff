// Written by scripts/slim-data.js from data/quotes.json.

/** One loader per bundled quote: the quote, its speaker and the source it cites. */
export const quoteRecords: Record<string, () => Promise<{ default: unknown }>> = {
  'tokayev-2022-first-use': () => import('./quotes/tokayev-2022-first-use.json'),
  'tokayev-2022-united-front': () => import('./quotes/tokayev-2022-united-front.json'),
  'tokayev-2022-working-mechanism': () => import('./quotes/tokayev-2022-working-mechanism.json'),
  'tokayev-2022-afghanistan': () => import('./quotes/tokayev-2022-afghanistan.json'),
  'tokayev-2022-un-peacekeeping': () => import('./quotes/tokayev-2022-un-peacekeeping.json'),
  'tokayev-2022-main-task': () => import('./quotes/tokayev-2022-main-task.json'),
  'lukashenko-2022-collective-west': () => import('./quotes/lukashenko-2022-collective-west.json'),
  'lukashenko-2022-hybrid-war': () => import('./quotes/lukashenko-2022-hybrid-war.json'),
  'lukashenko-2022-defensive': () => import('./quotes/lukashenko-2022-defensive.json'),
  'zas-2022-peacekeeping-contingent': () => import('./quotes/zas-2022-peacekeeping-contingent.json'),
  'zas-2020-tasks-completed': () => import('./quotes/zas-2020-tasks-completed.json'),
  'zas-2020-medical-unit': () => import('./quotes/zas-2020-medical-unit.json'),
  'zas-2020-mercenary': () => import('./quotes/zas-2020-mercenary.json'),
  'putin-2020-great-victory': () => import('./quotes/putin-2020-great-victory.json'),
  'putin-2020-clear-signal': () => import('./quotes/putin-2020-clear-signal.json'),
  'putin-2020-historical-truth': () => import('./quotes/putin-2020-historical-truth.json'),
  'statement-2022-test-of-time': () => import('./quotes/statement-2022-test-of-time.json'),
  'statement-2022-kazakhstan-operation': () => import('./quotes/statement-2022-kazakhstan-operation.json'),
  'statement-2022-afghanistan-borders': () => import('./quotes/statement-2022-afghanistan-borders.json'),
  'statement-2022-nato-cooperation': () => import('./quotes/statement-2022-nato-cooperation.json'),
  'declaration-2020-effective-structure': () => import('./quotes/declaration-2020-effective-structure.json'),
  'declaration-2020-covid-aid': () => import('./quotes/declaration-2020-covid-aid.json'),
  'declaration-2020-not-against-third-countries': () => import('./quotes/declaration-2020-not-against-third-countries.json'),
  'statement-2020-just-world-order': () => import('./quotes/statement-2020-just-world-order.json'),
};
