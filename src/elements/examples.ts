// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.
import type { Example } from '../internal/examples.js';
import type { PickerName } from '../embed/pickers.js';
import { examples as provider } from './provider/provider.examples.js';
import { examples as fact, pickers as factPickers } from './fact/fact.examples.js';
import { examples as memberList } from './member-list/member-list.examples.js';
import { examples as memberMap } from './member-map/member-map.examples.js';
import { examples as quote, pickers as quotePickers } from './quote/quote.examples.js';
import {
  examples as summitCard,
  pickers as summitCardPickers,
} from './summit-card/summit-card.examples.js';
import { examples as timeline, pickers as timelinePickers } from './timeline/timeline.examples.js';
import {
  examples as treatyArticle,
  pickers as treatyArticlePickers,
} from './treaty-article/treaty-article.examples.js';

/** Each element's examples (its folder's `<name>.examples.ts`), by tag. */
export const EXAMPLES: Readonly<Record<string, readonly Example[]>> = {
  'cst-provider': provider,
  'cst-fact': fact,
  'cst-member-list': memberList,
  'cst-member-map': memberMap,
  'cst-quote': quote,
  'cst-summit-card': summitCard,
  'cst-timeline': timeline,
  'cst-treaty-article': treatyArticle,
};

/** The data picker each attribute uses (`pickers` in `<name>.examples.ts`), by tag. */
export const PICKERS: Readonly<Record<string, Readonly<Record<string, PickerName>>>> = {
  'cst-fact': factPickers,
  'cst-quote': quotePickers,
  'cst-summit-card': summitCardPickers,
  'cst-timeline': timelinePickers,
  'cst-treaty-article': treatyArticlePickers,
};
