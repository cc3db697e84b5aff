import { citations, citedIn, metaOf } from '../../data/project.js';
import type { Dataset } from '../../data/types.js';

/**
 * What `<cst-treaty-article>` shows: the documents that hold articles, without the lists of
 * sources of the document, its dates and its amendments (not shown), and the sources their
 * articles cite.
 */
export function project(data: Dataset) {
  const withArticles = data.documents.filter((d) => d.articles?.length);
  const documents = withArticles.map(
    ({
      kind: _kind,
      sources: _sources,
      dateSources: _dateSources,
      inForceSources: _inForceSources,
      amendments,
      ...document
    }) => ({
      ...document,
      ...(amendments && {
        amendments: amendments.map(({ sources: _amendmentSources, ...a }) => a),
      }),
    }),
  );
  // The Organization's seat and working language go with its Charter.
  const organization = data.meta.organization;
  return {
    meta: { ...metaOf(data), ...(organization && { organization }) },
    documents,
    sources: citations(data, citedIn([withArticles, organization ?? []])),
  };
}

export type TreatyArticleData = ReturnType<typeof project>;
