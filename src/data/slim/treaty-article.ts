// Written by scripts/slim-data.js from data/ and the element folders.
import type { TreatyArticleData } from '../../elements/treaty-article/treaty-article.data.js';
import json from './treaty-article.json';
import { atHand, withTexts } from './types.js';

/** What <cst-treaty-article> shows, from the bundled data (its folder's `project`). */
export const treatyArticleData = withTexts(
  // The file is what `project` returned, in English.
  atHand(json as unknown as TreatyArticleData),
  { ru: () => import('./treaty-article.ru.json') },
);
