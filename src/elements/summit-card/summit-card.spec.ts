import { choice, text, type Spec } from '../../internal/spec.js';

export const tag = 'cst-summit-card';

export const attributes = {
  /** Session id (`csc-2022-05-16`), date (`2022-05-16`) or `latest` (last held by the as-of date). */
  summit: text(),
  /** `full` (default): all that is known; `compact`: date, place, kind, chair, handover, counts. */
  variant: choice(['full', 'compact'], 'full'),
} satisfies Spec;
