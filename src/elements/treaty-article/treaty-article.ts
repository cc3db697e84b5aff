import { html, isServer, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { treatyArticleData } from '../../data/slim/treaty-article.js';
import { articleNumbers, choosePassages, findArticle } from '../../data/queries/documents.js';
import { byId } from '../../data/queries/records.js';
import type { CitedSource, ShownDocument } from '../../data/slim/types.js';
import type { IsoDate, Lang, Localized, SourceId, TextBlock } from '../../data/types.js';
import { CstElement, type Env, type Problem, type Resolution } from '../../internal/base.js';
import { common } from '../../internal/strings.js';
import baseStyles from '../../internal/base.styles.js';
import { clip } from '../../internal/format.js';
import { time } from '../../internal/inline.js';
import { formatList } from '../../internal/lists.js';
import { closestMatch } from '../../internal/suggest.js';
import { fill, webUrl } from '../../internal/templates.js';
import styles from './treaty-article.styles.js';
import { strings } from './treaty-article.strings.js';

type Bundle = typeof treatyArticleData;

/** Text in a known language: the UI language, or English when the data lacks a translation. */
interface Text {
  text: string;
  lang: Lang;
}

interface Citation {
  title: string;
  lang: Lang;
  url?: string;
}

interface Passage {
  kind: TextBlock['kind'];
  text: Text;
  translation: boolean;
  verified: boolean;
  source: Citation;
}

interface AmendmentView {
  title: Text;
  signed: IsoDate;
  inForce?: IsoDate;
}

interface View {
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
}

/** What the notice says when the article number is not in the document. */
interface Missing {
  number: number;
  document: Localized;
  held: number[];
  complete: boolean;
}

/**
 * One article of the Collective Security Treaty or the CSTO Charter, with its wording where a
 * source holds it, summaries labelled as summaries, the document's date and place, the protocols
 * that amended the article, and a citation for every passage.
 *
 * @summary An article of the Collective Security Treaty or the CSTO Charter, sourced and dated.
 *
 * @tagname cst-treaty-article
 *
 * @attr lang - UI language (`en` or `ru`); else the closest ancestor's `lang`, else the provider's, else `en`.
 *
 * @slot - Fallback content shown before upgrade, without JavaScript, and when the element cannot render.
 *
 * @csspart card - The whole article.
 * @csspart header - Title, document name and dates.
 * @csspart title - "Article N".
 * @csspart document - The document's title.
 * @csspart meta - Date and place of signature and entry into force (a description list).
 * @csspart body - The text passages.
 * @csspart passage - One passage (also `verbatim` or `summary`).
 * @csspart verbatim - A passage quoting the wording (a figure with a blockquote).
 * @csspart summary - A passage summarising the article in the project's words.
 * @csspart label - A label on a passage: Summary, English translation, Unverified.
 * @csspart source - The citation under a passage.
 * @csspart amendments - The note on protocols that amended the article.
 * @csspart note - The note explaining what a summary is.
 * @csspart fallback - Wrapper of the fallback content or notice.
 *
 * @cssprop --cst-color-text - Text colour (default: inherited from the page).
 * @cssprop --cst-color-surface - Background (default: transparent).
 * @cssprop --cst-color-muted - Secondary text (default: derived from the text colour).
 * @cssprop --cst-color-border - Borders (default: derived from the text colour).
 * @cssprop --cst-color-accent - Links and the quote rule (default: the text colour).
 * @cssprop --cst-radius - Corner radius (default: 0.375rem).
 * @cssprop --cst-space - Base spacing (default: 1rem).
 * @cssprop --cst-font-family - Font (default: inherited).
 * @cssprop --cst-font-size - Font size (default: inherited).
 * @cssprop --cst-line-height - Line height (default: 1.5).
 * @cssprop --cst-focus-color - Focus outline (default: the accent colour).
 * @cssprop --cst-treaty-article-min-block-size - Height reserved before the content renders (default: 8rem).
 * @cssprop --cst-treaty-article-quote-rule - Colour of the rule beside quoted wording (default: the accent colour).
 *
 * @event cst-error - Bad input: `detail.code` is `missing-attribute` (no `article`),
 * `invalid-value` (unknown `document`, or `article` not a whole number), `not-found` (no such
 * article in the dataset; the message lists the valid numbers) or `render-failed`.
 */
export class CstTreatyArticle extends CstElement<Bundle, View> {
  static override styles = [baseStyles, styles];

  /** Which document: `treaty` (the Collective Security Treaty, default) or `charter` (the CSTO Charter). */
  @property() accessor document: string | null = 'treaty';

  /** The article number, e.g. `4`. */
  @property() accessor article: string | number | null = null;

  protected readonly bundle: Bundle = treatyArticleData;

  /** Set when the number is well formed but not in the document, so the notice can say so. */
  private missing?: Missing;

  protected resolve(env: Env<Bundle>): Resolution<View> {
    this.missing = undefined;
    const withArticles = env.data.documents.filter((d) => d.articles?.length);
    const wanted = (this.document ?? 'treaty').trim().toLowerCase();
    const document = withArticles.find((d) => d.id === wanted);
    if (!document) {
      const ids = withArticles.map((d) => d.id);
      // An id the data does not hold at all may still come with a provider's data.
      const unknown =
        /^[a-z0-9][a-z0-9-]*$/.test(wanted) && !env.data.documents.some((d) => d.id === wanted);
      const code = unknown ? 'not-found' : 'invalid-value';
      return {
        problem: this.invalid('document', this.document ?? 'treaty', ids, undefined, code),
      };
    }

    const held = articleNumbers(document);
    const raw = this.article === null ? null : String(this.article);
    const number = raw !== null && /^\s*\d+\s*$/.test(raw) ? Number(raw) : undefined;
    const found = number === undefined ? undefined : findArticle([document], document.id, number);
    if (!found) {
      if (number !== undefined) {
        this.missing = {
          number,
          document: document.title,
          held,
          complete: isComplete(document, held),
        };
      }
      return { problem: this.articleProblem(raw, number, document, held) };
    }

    const { article } = found;
    const amendments = (article.amendedBy ?? [])
      .map((id) => byId(document.amendments, id))
      .filter((a) => a !== undefined)
      .sort((a, b) => (a.signed < b.signed ? -1 : a.signed > b.signed ? 1 : 0))
      .map((a) => ({
        title: pick(a.title, env.lang),
        signed: a.signed,
        ...(a.inForce && { inForce: a.inForce }),
      }));

    return {
      view: {
        number: article.number,
        document: {
          title: pick(document.title, env.lang),
          date: document.date,
          ...(document.place && { place: pick(document.place, env.lang) }),
          ...(document.inForce && { inForce: document.inForce }),
        },
        asOf: env.asOf,
        passages: choosePassages(article.blocks, env.lang).map((block) => ({
          kind: block.kind,
          text: { text: block.text, lang: block.lang },
          translation: block.translation === true,
          verified: block.verified !== false,
          source: cite(env.data.sources, block.source),
        })),
        amendments,
      },
    };
  }

  protected renderView(view: View, env: Env<Bundle>): TemplateResult {
    const t = strings[env.lang];
    const { document } = view;
    const hasSummary = view.passages.some((p) => p.kind === 'summary');
    return html`<article part="card" class="card" lang=${env.lang} aria-labelledby="title document">
      <header part="header" class="header">
        <p part="title" class="title" id="title">${fill(t.title, { n: view.number })}</p>
        <p part="document" class="document" id="document" lang=${document.title.lang}>
          ${document.title.text}
        </p>
        <dl part="meta" class="meta">
          <div>
            <dt>${t.signed}</dt>
            <dd>
              ${
                document.place
                  ? fill(t.signedAt, {
                      place: html`<span lang=${document.place.lang}>${document.place.text}</span>`,
                      date: time(document.date, env.lang),
                    })
                  : time(document.date, env.lang)
              }
            </dd>
          </div>
          ${
            document.inForce
              ? html`<div>
                  <dt>${document.inForce <= view.asOf ? t.inForceSince : t.entryIntoForce}</dt>
                  <dd>${time(document.inForce, env.lang)}</dd>
                </div>`
              : nothing
          }
        </dl>
      </header>
      <div part="body" class="body">${view.passages.map((p) => this.renderPassage(p, env))}</div>
      ${view.amendments.length ? this.renderAmendments(view, env) : nothing}
      ${hasSummary ? html`<p part="note" class="note">${common[env.lang].summaryNote}</p>` : nothing}
    </article>`;
  }

  private renderPassage(passage: Passage, env: Env<Bundle>): TemplateResult {
    const labels = [
      passage.kind === 'summary' ? { text: common[env.lang].summary, kind: 'summary' } : undefined,
      passage.translation ? { text: common[env.lang].translation, kind: 'translation' } : undefined,
      passage.verified ? undefined : { text: common[env.lang].unverified, kind: 'unverified' },
    ].filter((l) => l !== undefined);
    const labelList = labels.length
      ? html`<p class="labels">
          ${labels.map((l) => html`<span part="label" class=${`label label-${l.kind}`}>${l.text}</span>`)}
        </p>`
      : nothing;
    const source = html`<p part="source" class="source">
      ${fill(strings[env.lang].sourceLine, {
        label: common[env.lang].source,
        source: citation(passage.source),
      })}
    </p>`;
    const state = passage.verified ? '' : ' unverified';

    if (passage.kind === 'verbatim') {
      return html`<figure part="passage verbatim" class=${`passage verbatim${state}`}>
        ${labelList}
        <blockquote lang=${passage.text.lang} cite=${passage.source.url ?? nothing}>
          <p>${passage.text.text}</p>
        </blockquote>
        <figcaption>${source}</figcaption>
      </figure>`;
    }
    return html`<div part="passage summary" class=${`passage summary${state}`}>
      ${labelList}
      <p class="text" lang=${passage.text.lang}>${passage.text.text}</p>
      ${source}
    </div>`;
  }

  private renderAmendments(view: View, env: Env<Bundle>): TemplateResult {
    const t = strings[env.lang];
    return html`<div part="amendments" class="amendments" role="note">
      <p class="amended-by">${t.amendedBy}</p>
      <ul>
        ${view.amendments.map((a) => {
          const dates = [fill(t.amendmentSigned, { date: time(a.signed, env.lang) })];
          if (a.inForce) {
            const pattern = a.inForce <= view.asOf ? t.amendmentInForce : t.amendmentEntry;
            dates.push(fill(pattern, { date: time(a.inForce, env.lang) }));
          }
          return html`<li>
            ${fill(t.amendment, {
              title: html`<cite lang=${a.title.lang}>${a.title.text}</cite>`,
              dates: joinParts(dates, t.separator),
            })}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  /** The range notice in place of the neutral one, unless the publisher gave fallback content. */
  protected override renderFallback(): TemplateResult {
    const missing = this.missing;
    if (!missing || (!isServer && this.hasFallbackContent())) return super.renderFallback();
    const lang = this.resolvedLang();
    const t = strings[lang];
    const title = pick(missing.document, lang);
    const document = html`<span lang=${title.lang}>${title.text}</span>`;
    const range = formatList(ranges(missing.held), lang);
    return html`<div part="fallback" class="fallback" lang=${lang}>
      <p class="notice" role="note">
        ${fill(t.noArticle, { n: missing.number })}
        ${fill(missing.complete ? t.range : t.held, { document, range })}
      </p>
    </div>`;
  }

  /** A problem for an `article` value, naming the numbers the document holds. */
  private articleProblem(
    raw: string | null,
    number: number | undefined,
    document: ShownDocument,
    held: number[],
  ): Problem {
    const tag = this.localName;
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
}

function pick(text: Localized, lang: Lang): Text {
  return text[lang] ? { text: text[lang], lang } : { text: text.en, lang: 'en' };
}

function cite(all: readonly CitedSource[], id: SourceId): Citation {
  const source = byId(all, id);
  if (!source) return { title: id, lang: 'en' };
  const url = webUrl(source.url);
  return { title: source.title, lang: source.lang, ...(url && { url }) };
}

function citation(source: Citation): TemplateResult {
  return html`<cite lang=${source.lang}
    >${source.url ? html`<a href=${source.url}>${source.title}</a>` : source.title}</cite
  >`;
}

function joinParts(parts: readonly unknown[], separator: string): unknown[] {
  return parts.flatMap((part, i) => (i ? [separator, part] : [part]));
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

declare global {
  interface HTMLElementTagNameMap {
    'cst-treaty-article': CstTreatyArticle;
  }
}
