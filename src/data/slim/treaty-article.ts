import type { DatasetMeta, DocumentRecord, SourceRecord } from '../types.js';
import json from './treaty-article.json';

/**
 * What `<cst-treaty-article>` shows: the documents with articles, and their sources.
 */
export const treatyArticleData = json as unknown as {
  meta: DatasetMeta;
  documents: DocumentRecord[];
  sources: SourceRecord[];
};
