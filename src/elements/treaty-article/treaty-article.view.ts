import { html } from '../../internal/template.js';
import { articleNumbers, choosePassages, findArticle } from '../../data/queries/documents.js';
import { byId, inLanguage, type Text } from '../../data/queries/records.js';
import type { CitedSource } from '../../data/project.js';
import type { TreatyArticleData } from './treaty-article.data.js';
import type { IsoDate, Lang, Localized, SourceId, TextBlock } from '../../data/types.js';
import type { ViewInput, ViewResult } from '../../internal/base.js';
import { clip, fillText, formatList } from '../../internal/format.js';
import { fill } from '../../internal/markup.js';
import { invalidValue, isProblem, type Problem } from '../../internal/problems.js';
import { given, read } from '../../internal/spec.js';
import { closestMatch } from '../../internal/suggest.js';
import { attributes } from './treaty-article.spec.js';
import { strings } from './treaty-article.strings.js';

export interface Passage {
  kind: TextBlock['kind'];
  text: Text;
  translation: boolean;
  /**
   * The wording as signed, which amendments have changed since: the years it was signed and
   * amended, for the label to say so.
   */
  asSigned?: { signed: string; amended?: string };
  verified: boolean;
  /** The source of the passage; only its id when the data lacks it. */
  source: CitedSource | SourceId;
}

export interface AmendmentView {
  title: Text;
  signed: IsoDate;
  inForce?: IsoDate;
}

/** A standing fact shown quietly under the article, with its sources. */
export interface AboutFact {
  /** Which string words it. */
  kind: 'registration' | 'organization';
  values: Record<string, Text>;
  sources: (CitedSource | SourceId)[];
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
  /** The Treaty's UN registration; the Organization's seat and working language, with its Charter. */
  about: AboutFact[];
  asOf: IsoDate;
  passages: Passage[];
  amendments: AmendmentView[];
}

/** Attributes and data to one article and what amended it. */
export function treatyArticleView({
  tag,
  attrs,
  data,
  lang,
  asOf,
}: ViewInput<TreatyArticleData>): ViewResult<TreatyArticleView> {
  const values = read(attributes, attrs);
  if (isProblem(values)) return { problem: values };
  const withArticles = data.documents.filter((d) => d.articles?.length);
  const asked = attrs.document ?? attributes.document.initial;
  const wanted = values.document;
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
  const raw = given(attrs, 'article') ? String(attrs.article) : null;
  const number = raw !== null && /^\s*\d+\s*$/.test(raw) ? Number(raw) : undefined;
  const found = number === undefined ? undefined : findArticle([document], document.id, number);
  if (!found) {
    const problem = articleProblem(tag, raw, number, document, held);
    return number === undefined
      ? { problem }
      : { problem, notice: missingNotice(number, document, held, lang) };
  }

  const { article } = found;
  const cited = (ids: readonly SourceId[]) => ids.map((id) => byId(data.sources, id) ?? id);
  const about: AboutFact[] = [];
  if (document.registration) {
    about.push({
      kind: 'registration',
      values: { number: { text: document.registration.number, lang } },
      sources: cited(document.registration.sources),
    });
  }
  const organization = data.meta.organization;
  if (document.id === 'charter' && organization) {
    about.push({
      kind: 'organization',
      values: {
        seat: pick(organization.headquarters, lang),
        language: pick(organization.workingLanguage, lang),
      },
      sources: cited(organization.sources),
    });
  }
  const amendedYear = (article.amendedBy ?? [])
    .map((id) => byId(document.amendments, id)?.signed)
    .filter((d) => d !== undefined)
    .sort()
    .at(-1)
    ?.slice(0, 4);
  const amendments = (article.amendedBy ?? [])
    .map((id) => byId(document.amendments, id))
    .filter((a) => a !== undefined)
    .sort((a, b) => (a.signed < b.signed ? -1 : a.signed > b.signed ? 1 : 0))
    .map((a) => ({
      title: pick(a.title, lang),
      signed: a.signed,
      ...(a.inForce && { inForce: a.inForce }),
    }));

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
      about,
      passages: choosePassages(article.blocks, lang).map((block) => ({
        kind: block.kind,
        text: { text: block.text, lang: block.lang },
        translation: block.translation === true,
        ...(block.asSigned && {
          asSigned: {
            signed: document.date.slice(0, 4),
            ...(amendedYear && { amended: amendedYear }),
          },
        }),
        verified: block.verified !== false,
        source: byId(data.sources, block.source) ?? block.source,
      })),
      amendments,
    },
  };
}

/** "Article 4 — Collective Security Treaty". */
export function treatyArticleTitle(view: TreatyArticleView): string {
  return `${fillText(strings[view.lang].title, { n: String(view.number) })} — ${view.document.title.text}`;
}

const pick = (text: Localized, lang: Lang): Text => inLanguage(text, lang);

/** The reader's notice for an article the document does not hold, with the range it does. */
function missingNotice(
  number: number,
  document: TreatyArticleData['documents'][number],
  held: number[],
  lang: Lang,
) {
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
  document: TreatyArticleData['documents'][number],
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
function isComplete(
  document: TreatyArticleData['documents'][number],
  held: readonly number[],
): boolean {
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
