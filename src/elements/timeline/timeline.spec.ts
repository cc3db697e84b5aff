import { date } from '../../internal/kinds/date.js';
import { tokens } from '../../internal/kinds/tokens.js';
import { choice, text, type Spec } from '../../internal/spec.js';

export const tag = 'cst-timeline';

export const attributes = {
  /** First year (`1999`, from its first day) or date (`1999-04-02`) shown. */
  from: date({ years: 'start' }),
  /** Last year (`2002`, to its last day) or date shown. */
  to: date({ years: 'end' }),
  /** A state's own history: its id (`am`), ISO code or any name or alias in any language. */
  state: text(),
  /**
   * Which events, separated by spaces or commas: any of `treaty membership sessions documents
   * operations` (default all).
   */
  kinds: tokens(['treaty', 'membership', 'sessions', 'documents', 'operations'], { commas: true }),
  /** Date (`YYYY-MM-DD`) the timeline holds for: nothing after it is shown. */
  'as-of': date(),
  /** `list` (default): every event with its details; `compact`: one line per event. */
  layout: choice(['list', 'compact'], 'list'),
} satisfies Spec;
