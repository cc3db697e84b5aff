// Written by scripts/slim-data.js from data/ and the element folders.

/** One loader per bundled record of <cst-quote> chosen by id: its own file. */
export const parts: Record<string, () => Promise<{ default: unknown }>> = {
  'tokayev-2022-first-use': () => import('./quote/tokayev-2022-first-use.json'),
  'tokayev-2022-united-front': () => import('./quote/tokayev-2022-united-front.json'),
  'tokayev-2022-working-mechanism': () => import('./quote/tokayev-2022-working-mechanism.json'),
  'tokayev-2022-afghanistan': () => import('./quote/tokayev-2022-afghanistan.json'),
  'tokayev-2022-un-peacekeeping': () => import('./quote/tokayev-2022-un-peacekeeping.json'),
  'tokayev-2022-main-task': () => import('./quote/tokayev-2022-main-task.json'),
  'lukashenko-2022-collective-west': () => import('./quote/lukashenko-2022-collective-west.json'),
  'lukashenko-2022-hybrid-war': () => import('./quote/lukashenko-2022-hybrid-war.json'),
  'lukashenko-2022-defensive': () => import('./quote/lukashenko-2022-defensive.json'),
  'zas-2022-peacekeeping-contingent': () => import('./quote/zas-2022-peacekeeping-contingent.json'),
  'zas-2020-tasks-completed': () => import('./quote/zas-2020-tasks-completed.json'),
  'zas-2020-medical-unit': () => import('./quote/zas-2020-medical-unit.json'),
  'zas-2020-mercenary': () => import('./quote/zas-2020-mercenary.json'),
  'putin-2020-great-victory': () => import('./quote/putin-2020-great-victory.json'),
  'putin-2020-clear-signal': () => import('./quote/putin-2020-clear-signal.json'),
  'putin-2020-historical-truth': () => import('./quote/putin-2020-historical-truth.json'),
  'statement-2022-test-of-time': () => import('./quote/statement-2022-test-of-time.json'),
  'statement-2022-kazakhstan-operation': () =>
    import('./quote/statement-2022-kazakhstan-operation.json'),
  'statement-2022-afghanistan-borders': () =>
    import('./quote/statement-2022-afghanistan-borders.json'),
  'statement-2022-nato-cooperation': () => import('./quote/statement-2022-nato-cooperation.json'),
  'declaration-2020-effective-structure': () =>
    import('./quote/declaration-2020-effective-structure.json'),
  'declaration-2020-covid-aid': () => import('./quote/declaration-2020-covid-aid.json'),
  'declaration-2020-not-against-third-countries': () =>
    import('./quote/declaration-2020-not-against-third-countries.json'),
  'statement-2020-just-world-order': () => import('./quote/statement-2020-just-world-order.json'),
};
