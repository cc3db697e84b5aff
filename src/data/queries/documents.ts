// Articles of documents and the passages to show.
import { fallbacks } from '../../internal/lang.js';
import type { ArticleRecord, DocumentRecord, Lang, TextBlock } from '../types.js';

/** An article of a document by number. */
export function findArticle<D extends Pick<DocumentRecord, 'id' | 'articles'>>(
  documents: readonly D[],
  documentId: string,
  number: number,
): { document: D; article: ArticleRecord } | undefined {
  const document = documents.find((d) => d.id === documentId);
  const article = document?.articles?.find((a) => a.number === number);
  return document && article ? { document, article } : undefined;
}

/** The article numbers a document holds, ascending. */
export function articleNumbers(document: Pick<DocumentRecord, 'articles'>): number[] {
  return (document.articles ?? []).map((a) => a.number).sort((a, b) => a - b);
}

/**
 * The text blocks of an article to show: every verbatim block, and of each run of one summary
 * written in several languages, the one in the reader's language (else its fallback's, then
 * English).
 */
export function choosePassages(blocks: readonly TextBlock[], lang: Lang): TextBlock[] {
  const chosen: TextBlock[] = [];
  let group: TextBlock[] = [];
  const order = fallbacks(lang);
  const flush = () => {
    const best = order.map((l) => group.find((b) => b.lang === l)).find(Boolean);
    if (group.length) chosen.push(best ?? group[0]!);
    group = [];
  };
  for (const block of blocks) {
    if (block.kind !== 'summary') {
      flush();
      chosen.push(block);
      continue;
    }
    const sameSummary =
      group.length > 0 &&
      group[0]!.source === block.source &&
      group.every((b) => b.lang !== block.lang);
    if (!sameSummary) flush();
    group.push(block);
  }
  flush();
  return chosen;
}
