import type { DatasetMeta } from '../types.js';
import json from './treaty-article.json';
import { atHand, withRussian, type CitedSource, type ShownDocument } from './types.js';

/**
 * What `<cst-treaty-article>` shows: the documents with articles and the sources they mention
 * (scripts/slim-data.js).
 */
export interface TreatyArticleData {
  meta: DatasetMeta;
  documents: ShownDocument[];
  sources: CitedSource[];
}

export const treatyArticleData = withRussian(
  atHand(json as TreatyArticleData),
  () => import('./treaty-article.ru.json'),
);
