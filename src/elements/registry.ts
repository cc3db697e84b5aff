// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.
import * as provider from './provider/provider.spec.js';
import * as fact from './fact/fact.spec.js';
import * as memberList from './member-list/member-list.spec.js';
import * as memberMap from './member-map/member-map.spec.js';
import * as quote from './quote/quote.spec.js';
import * as summitCard from './summit-card/summit-card.spec.js';
import * as timeline from './timeline/timeline.spec.js';
import * as treatyArticle from './treaty-article/treaty-article.spec.js';
import { LOADERS } from './loaders.js';

/** Each element's spec (its folder's `<name>.spec.ts`), with the loader of its class. */
export const SPECS = [
  { ...provider, load: LOADERS['cst-provider']! },
  { ...fact, load: LOADERS['cst-fact']! },
  { ...memberList, load: LOADERS['cst-member-list']! },
  { ...memberMap, load: LOADERS['cst-member-map']! },
  { ...quote, load: LOADERS['cst-quote']! },
  { ...summitCard, load: LOADERS['cst-summit-card']! },
  { ...timeline, load: LOADERS['cst-timeline']! },
  { ...treatyArticle, load: LOADERS['cst-treaty-article']! },
] as const;
