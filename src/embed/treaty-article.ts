/** `<cst-treaty-article>` as plain HTML: "Article N — document", then each passage with its source. */
import { documents } from '../data/bundled/documents.js';
import { sources } from '../data/bundled/sources.js';
import { byId, choosePassages, findArticle, localize } from '../data/queries.js';
import { strings } from '../elements/treaty-article/treaty-article.strings.js';
import { common } from '../internal/strings.js';
import {
  escapeAttribute,
  escapeHtml,
  fillHtml,
  fillText,
  langAttr,
  sourceHtml,
  webUrl,
} from './html.js';
import type { Writer } from './tags.js';

/** The article the attributes select, as the element selects it. */
function pick(attrs: Record<string, string>) {
  const wanted = (attrs.document ?? 'treaty').trim().toLowerCase();
  const document = documents.find((d) => d.id === wanted && d.articles?.length);
  const raw = attrs.article;
  if (!document || raw === undefined || !/^\s*\d+\s*$/.test(raw)) return undefined;
  return findArticle([document], document.id, Number(raw));
}

export const fallback: Writer = (attrs, lang) => {
  const found = pick(attrs);
  if (!found) return undefined;
  const { document, article } = found;
  const t = strings[lang];
  const c = common[lang];
  const docLang = document.title[lang] ? lang : 'en';
  const heading = escapeHtml(fillText(t.title, { n: String(article.number) }));
  const docTitle = escapeHtml(document.title[docLang]);
  const out = [
    `<p><strong>${heading}</strong> — ${
      docLang === lang ? docTitle : `<span${langAttr(docLang, lang)}>${docTitle}</span>`
    }</p>`,
  ];
  for (const block of choosePassages(article.blocks, lang)) {
    // Wording is quoted; a summary says it is one, as the element labels it.
    const labels = [
      block.kind === 'summary' ? c.summary : '',
      block.translation ? c.translation : '',
      block.verified === false ? c.unverified : '',
    ].filter(Boolean);
    const label = labels.length ? `<strong>${escapeHtml(labels.join(', '))}:</strong>` : '';
    const source = byId(sources, block.source);
    const cite = fillHtml(t.sourceLine, {
      label: escapeHtml(c.source),
      source: sourceHtml(source, block.source, lang),
    });
    const text = escapeHtml(block.text);
    const textLang = escapeAttribute(block.lang);
    if (block.kind === 'verbatim') {
      const url = webUrl(source?.url);
      if (label) out.push(`<p>${label}</p>`);
      out.push(
        `<blockquote${url ? ` cite="${escapeAttribute(url)}"` : ''} lang="${textLang}"><p>${text}</p></blockquote>`,
      );
    } else {
      out.push(`<p>${label} <span lang="${textLang}">${text}</span></p>`);
    }
    out.push(`<p>${cite}</p>`);
  }
  return out.join('\n');
};

/** "Article 4 — Collective Security Treaty". */
export const title: Writer = (attrs, lang) => {
  const found = pick(attrs);
  if (!found) return undefined;
  const { document, article } = found;
  return `${fillText(strings[lang].title, { n: String(article.number) })} — ${localize(document.title, lang)}`;
};
