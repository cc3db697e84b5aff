import { choice, text, type Spec } from '../../internal/spec.js';

export const tag = 'cst-quote';

export const attributes = {
  /** Id of the quote to show, e.g. `tokayev-2022-first-use`. Wins over `speaker` and `topic`. */
  quote: text(),
  /** Person id or any spelling of the name (`tokayev`, `Токаев`); shows their most recent quote. */
  speaker: text(),
  /** Topic tag (`peacekeeping`); narrows the speaker's quotes, or alone picks the latest on it. */
  topic: text(),
  /**
   * Voice: `card` (default: a quotation mark and a two-line caption), `pull` (large type after a
   * rule) or `inline` (in quotation marks, attribution after).
   */
  variant: choice(['card', 'pull', 'inline'], 'card'),
} satisfies Spec;
