import type { DatasetMeta } from '../types.js';
import json from './treaty-article.json';
import type { CitedSource, ShownDocument } from './types.js';

/**
 * What `<cst-treaty-article>` shows: the documents with articles and the sources they mention
 * (scripts/slim-data.js).
 */
export const treatyArticleData = json as {
  meta: DatasetMeta;
  documents: ShownDocument[];
  sources: CitedSource[];
};
