import { html } from 'lit';
import { articleNumbers, choosePassages, findArticle } from '../../data/queries/documents.js';
import { byId } from '../../data/queries/records.js';
import type { TreatyArticleData } from '../../data/slim/treaty-article.js';
import type { CitedSource, ShownDocument } from '../../data/slim/types.js';
import type { IsoDate, Lang, Localized, SourceId, TextBlock } from '../../data/types.js';
import type { ViewInput, ViewResult } from '../../internal/base.js';
import { clip, fillText, formatList } from '../../internal/format.js';
import { Notes } from '../../internal/citations.js';
import { fill, webUrl } from '../../internal/markup.js';
import { invalidValue, type Problem } from '../../internal/problems.js';
import { closestMatch } from '../../internal/suggest.js';
import { strings } from './treaty-article.strings.js';

/** Text in a known language: the UI language, or English when the data lacks a translation. */
export interface Text {
  text: string;
  lang: Lang;
}

export interface Passage {
  kind: TextBlock['kind'];
  text: Text;
  translation: boolean;
  verified: boolean;
  /** The source's web address, for the quoted wording's `cite`. */
  url?: string;
  /** The number of its source in the article's notes. */
  refs: number[];
}

export interface AmendmentView {
  title: Text;
  signed: IsoDate;
  inForce?: IsoDate;
}

export interface TreatyArticleView {
  lang: Lang;
  number: number;
  document: {
    title: Text;
    date: IsoDate;
    place?: Text;
    inForce?: IsoDate;
  };
  asOf: IsoDate;
  passages: Passage[];
  amendments: AmendmentView[];
  /** The passages' sources, each once, numbered as the passages cite them. */
  sources: CitedSource[];
}

/** Attributes and data to one article and what amended it. */
export function treatyArticleView({
  tag,
  attrs,
  data,
  lang,
  asOf,
}: ViewInput<TreatyArticleData>): ViewResult<TreatyArticleView> {
  const withArticles = data.documents.filter((d) => d.articles?.length);
  const asked = attrs.document ?? 'treaty';
  const wanted = String(asked).trim().toLowerCase();
  const document = withArticles.find((d) => d.id === wanted);
  if (!document) {
    const ids = withArticles.map((d) => d.id);
    // An id the data does not hold at all may still come with a provider's data.
    const unknown =
      /^[a-z0-9][a-z0-9-]*$/.test(wanted) && !data.documents.some((d) => d.id === wanted);
    return {
      problem: invalidValue(
        'document',
        asked,
        ids,
        undefined,
        unknown ? 'not-found' : 'invalid-value',
      ),
    };
  }

  const held = articleNumbers(document);
  const raw = attrs.article === null || attrs.article === undefined ? null : String(attrs.article);
  const number = raw !== null && /^\s*\d+\s*$/.test(raw) ? Number(raw) : undefined;
  const found = number === undefined ? undefined : findArticle([document], document.id, number);
  if (!found) {
    const problem = articleProblem(tag, raw, number, document, held);
    return number === undefined
      ? { problem }
      : { problem, notice: missingNotice(number, document, held, lang) };
  }

  const { article } = found;
  const amendments = (article.amendedBy ?? [])
    .map((id) => byId(document.amendments, id))
    .filter((a) => a !== undefined)
    .sort((a, b) => (a.signed < b.signed ? -1 : a.signed > b.signed ? 1 : 0))
    .map((a) => ({
      title: pick(a.title, lang),
      signed: a.signed,
      ...(a.inForce && { inForce: a.inForce }),
    }));

  const notes = new Notes();
  const passages = choosePassages(article.blocks, lang).map((block) => {
    const source = citedSource(block.source, data.sources);
    const url = webUrl(source.url);
    return {
      kind: block.kind,
      text: { text: block.text, lang: block.lang },
      translation: block.translation === true,
      verified: block.verified !== false,
      ...(url && { url }),
      refs: notes.cite([source]),
    };
  });
  return {
    view: {
      lang,
      number: article.number,
      document: {
        title: pick(document.title, lang),
        date: document.date,
        ...(document.place && { place: pick(document.place, lang) }),
        ...(document.inForce && { inForce: document.inForce }),
      },
      asOf,
      passages,
      amendments,
      sources: notes.sources,
    },
  };
}

/** "Article 4 — Collective Security Treaty". */
export function treatyArticleTitle(view: TreatyArticleView): string {
  return `${fillText(strings[view.lang].title, { n: String(view.number) })} — ${view.document.title.text}`;
}

/** A passage's source; one the data lacks is named by its id. */
function citedSource(id: SourceId, sources: readonly CitedSource[]): CitedSource {
  return byId(sources, id) ?? { id, title: id, publisher: null, date: null, lang: 'en' };
}

function pick(text: Localized, lang: Lang): Text {
  return text[lang] ? { text: text[lang], lang } : { text: text.en, lang: 'en' };
}

/** The reader's notice for an article the document does not hold, with the range it does. */
function missingNotice(number: number, document: ShownDocument, held: number[], lang: Lang) {
  const t = strings[lang];
  const title = pick(document.title, lang);
  const name = html`<span lang=${title.lang}>${title.text}</span>`;
  const range = formatList(ranges(held), lang);
  return html`<p class="notice" role="note" lang=${lang}>
    ${fill(t.noArticle, { n: number })}
    ${fill(isComplete(document, held) ? t.range : t.held, { document: name, range })}
  </p>`;
}

/** A problem for an `article` value, naming the numbers the document holds. */
function articleProblem(
  tag: string,
  raw: string | null,
  number: number | undefined,
  document: ShownDocument,
  held: number[],
): Problem {
  const listed = ranges(held).join(', ');
  const what = isComplete(document, held)
    ? `the articles of the ${document.title.en}`
    : `the articles of the ${document.title.en} that the dataset holds`;
  const valid = `valid values: ${listed}, ${what}`;
  if (raw === null) {
    return {
      code: 'missing-attribute',
      message: `<${tag}> needs an article attribute; ${valid}. Until then nothing is shown.`,
    };
  }
  const kind =
    raw.trim() === ''
      ? 'is empty'
      : number === undefined
        ? 'is not an article number'
        : document.articleCount !== undefined && number > document.articleCount
          ? 'is out of range'
          : 'is not in the dataset';
  const near = nearestNumber(raw, held);
  const hint = near === undefined ? '' : ` Did you mean "${near}"?`;
  return {
    code: number === undefined ? 'invalid-value' : 'not-found',
    message: `<${tag}> article="${clip(raw)}" ${kind}; ${valid}.${hint} Until it is fixed nothing is shown.`,
  };
}

/** True when the dataset holds every article of the document (as far as its count is known). */
function isComplete(document: ShownDocument, held: readonly number[]): boolean {
  const count = document.articleCount;
  return count !== undefined && held.length === count && held.every((n, i) => n === i + 1);
}

/** `[1, 2, 3, 13, 19, 21]` → `['1–3', '13', '19', '21']`. */
function ranges(numbers: readonly number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    if (j - i >= 2) out.push(`${numbers[i]}–${numbers[j]}`);
    else for (let k = i; k <= j; k++) out.push(String(numbers[k]));
    i = j + 1;
  }
  return out;
}

/** The held number closest to a numeric-looking value (`12` → 11, `4.5` → 4), else by spelling. */
function nearestNumber(raw: string, held: readonly number[]): number | undefined {
  const value = Number.parseFloat(raw);
  if (Number.isFinite(value) && /^\s*[-+]?[\d.]+\s*$/.test(raw)) {
    let best: number | undefined;
    for (const n of held) {
      if (best === undefined || Math.abs(n - value) < Math.abs(best - value)) best = n;
    }
    return best;
  }
  const near = closestMatch(raw, held.map(String));
  return near === undefined ? undefined : Number(near);
}
