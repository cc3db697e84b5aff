import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { loadQuoteData, quoteData, quoteFailed, type QuoteData } from '../../data/slim/quote.js';
import { resolvePerson } from '../../data/aliases.js';
import { findQuote, quotesBySpeaker } from '../../data/queries/quotes.js';
import { roleOn } from '../../data/queries/people.js';
import { byId, localize } from '../../data/queries/records.js';
import type { CitedSource, ShownQuote } from '../../data/slim/types.js';
import type { Lang } from '../../data/types.js';
import baseStyles from '../../internal/base.styles.js';
import {
  CstElement,
  isProblem,
  type Env,
  type Problem,
  type Resolution,
} from '../../internal/base.js';
import { clip, formatDate } from '../../internal/format.js';
import { closestMatch } from '../../internal/suggest.js';
import { fill, fillText, webUrl } from '../../internal/templates.js';
import { CstCopyEvent } from '../../events.js';
import styles from './quote.styles.js';
import { strings } from './quote.strings.js';

const VARIANTS = ['card', 'pull', 'inline'] as const;
export type QuoteVariant = (typeof VARIANTS)[number];

/** The collections a quote shows: no sessions or documents, so a page with a quote stays small. */
type QuoteBundle = QuoteData;

interface QuoteView {
  variant: QuoteVariant;
  quote: ShownQuote;
  /** Speaker's display name, or the author of a Council document. */
  who: string;
  title: string;
  event: string;
  source?: CitedSource;
  /** The source's address, only when it is http(s). */
  url?: string;
  /** What the copy button copies. */
  copyText: string;
}

const NOTHING_SHOWN = 'nothing is shown';

/**
 * A sourced quote from a CSTO leader or Council document: the words in a `<blockquote>`, and a
 * caption naming who said them, their title at the time, the occasion, the date and the source.
 * A copy button copies the quote with its attribution on one line.
 *
 * @summary A sourced, dated quote with speaker, occasion and a copy button.
 * @tagname cst-quote
 *
 * @attr lang - UI language, `en` or `ru`; else the closest ancestor's `lang`, the provider's, or `en`.
 *
 * @slot - Fallback content shown before upgrade, without JavaScript, and when the element cannot render
 *
 * @csspart base - The box around the figure and the copy button (bordered in the `card` variant).
 * @csspart figure - The `<figure>` holding the quote and its caption.
 * @csspart text - The `<blockquote>` with the quoted words.
 * @csspart caption - The `<figcaption>`: speaker, title, event, date, source.
 * @csspart speaker - The speaker's name, or the author of a Council document.
 * @csspart title - The speaker's title at the time.
 * @csspart event - The occasion.
 * @csspart date - The `<time>` of the words.
 * @csspart source - The source line, linked when the source has an address.
 * @csspart note - The note that the words are an English translation.
 * @csspart actions - The row holding the copy button and its status.
 * @csspart copy - The copy button.
 * @csspart status - The live region announcing whether copying worked.
 * @csspart fallback - Wrapper of the fallback content or notice shown when the element cannot render.
 *
 * @cssprop --cst-color-text - Text colour (default: the page's).
 * @cssprop --cst-color-surface - Background (default: transparent; `theme` light/dark set one).
 * @cssprop --cst-color-muted - Caption and secondary text.
 * @cssprop --cst-color-border - Card border and inline rule.
 * @cssprop --cst-color-accent - Links and the pull-quote rule.
 * @cssprop --cst-radius - Corner radius of the card and button.
 * @cssprop --cst-space - Base spacing unit.
 * @cssprop --cst-font-family - Font (default: the page's).
 * @cssprop --cst-font-size - Font size (default: the page's).
 * @cssprop --cst-line-height - Line height.
 * @cssprop --cst-focus-color - Focus outline colour.
 * @cssprop --cst-quote-text-size - Font size of the quoted words (default depends on the variant).
 * @cssprop --cst-quote-rule-color - Colour of the pull-quote rule (default: the accent colour).
 * @cssprop --cst-quote-min-block-size - Height reserved for the element (default: 8rem; inline 3rem).
 *
 * @event cst-copy - The quote was copied; `detail.text` is the copied line.
 * @event cst-error - Bad input (`detail.code`: `missing-attribute`, `invalid-value`, `not-found`)
 * or a rendering failure (`render-failed`); the fallback content is shown instead.
 */
export class CstQuote extends CstElement<QuoteBundle, QuoteView> {
  static override styles = [baseStyles, styles];

  /** Id of the quote to show, e.g. `tokayev-2022-first-use`. Wins over `speaker` and `topic`. */
  @property() accessor quote: string | null = null;

  /** Person id or any spelling of the name (`tokayev`, `Токаев`); shows their most recent quote. */
  @property() accessor speaker: string | null = null;

  /** Topic tag (`peacekeeping`); narrows the speaker's quotes, or alone picks the latest on it. */
  @property() accessor topic: string | null = null;

  /** Presentation: `card` (default, bordered), `pull` (large, with a rule) or `inline` (compact). */
  @property({ reflect: true }) accessor variant: 'card' | 'pull' | 'inline' = 'card';

  @state() private accessor status: 'copied' | 'copyFailed' | undefined = undefined;

  /** Loads the data of the quotes already in `root`, before the element is defined there. */
  static prepare(root: ParentNode): Promise<unknown> {
    return Promise.all(
      Array.from(root.querySelectorAll('cst-quote'), (el) =>
        loadQuoteData(el.getAttribute('quote')?.trim() || null),
      ),
    );
  }

  protected get bundle(): QuoteBundle {
    return quoteData();
  }

  protected override dataReady(): Promise<unknown> | undefined {
    // Publisher records may point at any bundled one: with publisher data, everything loads.
    const byId = this.context.layers.length ? null : this.quote?.trim();
    return loadQuoteData(byId || null);
  }

  private copyText = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('quote') || changed.has('speaker') || changed.has('topic')) {
      this.status = undefined;
    }
    super.willUpdate(changed);
  }

  protected resolve(env: Env<QuoteBundle>): Resolution<QuoteView> {
    const variant = this.variant ?? 'card';
    if (!(VARIANTS as readonly string[]).includes(variant)) {
      return { problem: this.invalid('variant', variant, VARIANTS, NOTHING_SHOWN) };
    }
    const quote = this.pick(env.data);
    if (isProblem(quote)) return { problem: quote };

    const { lang } = env;
    const t = strings[lang];
    const person = byId(env.data.people, quote.speaker);
    const who = person
      ? localize(person.name, lang)
      : localize(quote.author, lang) || quote.speaker;
    const title = localize(quote.title ?? (person && roleOn(person, quote.date)?.title), lang);
    const event = localize(quote.event, lang);
    const source = byId(env.data.sources, quote.source);
    // The same test as every other element: an http(s) address without spaces, else no link.
    const url = webUrl(source?.url);
    const cited = source && (source.title || source.publisher || '');
    const attribution = [
      who,
      title,
      event,
      formatDate(quote.date, lang),
      cited && url ? fillText(t.copySource, { title: cited, url }) : cited,
    ].filter(Boolean);
    const copyText = fillText(t.copyText, {
      text: quote.text,
      attribution: attribution.join(t.separator),
    });
    return {
      view: { variant, quote, who: who ?? '', title, event, source, url, copyText },
    };
  }

  protected renderView(view: QuoteView, env: Env<QuoteBundle>): TemplateResult {
    const { lang } = env;
    const t = strings[lang];
    const { quote, source, url } = view;
    this.copyText = view.copyText;
    return html`<div part="base" class="base ${view.variant}">
      <figure part="figure">
        <blockquote part="text" lang=${quote.lang} cite=${url ?? nothing}>
          <p>${quote.text}</p>
        </blockquote>
        <figcaption part="caption">
          <span class="who"
            ><span part="speaker">${view.who}</span>${
              view.title ? html`${t.separator}<span part="title">${view.title}</span>` : nothing
            }</span
          >
          <span class="when"
            >${
              view.event ? html`<span part="event">${view.event}</span>${t.separator}` : nothing
            }<time part="date" datetime=${quote.date}>${formatDate(quote.date, lang)}</time></span
          >
          ${
            source
              ? html`<span part="source"
                  >${fill(t.source, { source: renderSource(source, url, lang) })}</span
                >`
              : nothing
          }
          ${quote.translation ? html`<span part="note">${t.translation}</span>` : nothing}
        </figcaption>
      </figure>
      <div part="actions" class="actions">
        <button part="copy" type="button" @click=${this.onCopy}>${t.copy}</button>
        <span part="status" role="status" aria-live="polite"
          >${this.status ? t[this.status] : nothing}</span
        >
      </div>
    </div>`;
  }

  /** The quote the attributes ask for, or the problem that explains why there is none. */
  private pick(data: QuoteBundle): ShownQuote | Problem {
    const given = (value: string | null) => (value?.trim() ? value.trim() : null);
    const [quote, speaker, topic] = [given(this.quote), given(this.speaker), given(this.topic)];
    const found = findQuote(data, { quote, speaker, topic });
    if (found) return found;
    if (quote && quoteFailed(quote)) {
      return {
        code: 'render-failed',
        message: `<${this.localName}> could not load quote "${quote}"; its fallback content is shown.`,
      };
    }

    const ids = data.quotes.map((q) => q.id);
    const topicsOf = (list: readonly ShownQuote[]) =>
      [...new Set(list.flatMap((q) => q.topics))].sort();
    if (quote) return this.invalid('quote', this.quote, ids, NOTHING_SHOWN, 'not-found');
    if (speaker) {
      const own = quotesBySpeaker(data, speaker);
      if (!own.length) return this.unknownSpeaker(speaker, data);
      const name = resolvePerson(data.people, speaker)!.name.en;
      return this.invalid(
        'topic',
        this.topic,
        topicsOf(own),
        `${NOTHING_SHOWN} (the topics listed are those of ${name}'s quotes)`,
        'not-found',
      );
    }
    if (topic)
      return this.invalid('topic', this.topic, topicsOf(data.quotes), NOTHING_SHOWN, 'not-found');

    // Nothing selects a quote: report the first attribute given empty, else the missing one.
    const empty = (['quote', 'speaker', 'topic'] as const).find((a) => this[a] !== null);
    if (empty) {
      const choices = { quote: ids, speaker: speakerNames(data), topic: topicsOf(data.quotes) };
      return this.invalid(empty, this[empty], choices[empty], NOTHING_SHOWN);
    }
    return {
      code: 'missing-attribute',
      message: `<${this.localName}> needs a quote, speaker or topic attribute; speakers: ${speakerNames(data).join(', ')}; topics: ${topicsOf(data.quotes).join(', ')}. Until then ${NOTHING_SHOWN}.`,
    };
  }

  /**
   * Like `invalid()`, but the closest match is sought among every spelling of every speaker's
   * name (`Tokaev` → Kassym-Jomart Tokayev), and a known person without quotes is named as such.
   */
  private unknownSpeaker(value: string, data: QuoteBundle): Problem {
    const speakers = data.people.filter((p) => data.quotes.some((q) => q.speaker === p.id));
    const names = speakers.map((p) => p.name.en).sort();
    const known = resolvePerson(data.people, value);
    let hint = '';
    if (known) {
      hint = ` ${known.name.en} has no quotes in the data.`;
    } else {
      const spellings = speakers.flatMap((p) => [p.id, p.name.en, p.name.ru, ...p.aliases]);
      const near = closestMatch(value, spellings);
      const person =
        near && speakers.find((p) => [p.id, p.name.en, p.name.ru, ...p.aliases].includes(near));
      if (person) hint = ` Did you mean "${person.name.en}"?`;
    }
    return {
      code: 'not-found',
      message: `<${this.localName}> speaker="${clip(this.speaker ?? value)}" is not valid; valid values: ${names.join(', ')} (a person id or any spelling of the name).${hint} Until it is fixed ${NOTHING_SHOWN}.`,
    };
  }

  private async onCopy(): Promise<void> {
    const text = this.copyText;
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      // No clipboard access (insecure page, permission denied, old browser): say so below.
    }
    // Emptied first so that a second copy is announced again.
    this.status = undefined;
    await this.updateComplete;
    this.status = ok ? 'copied' : 'copyFailed';
    if (ok) this.dispatchEvent(new CstCopyEvent(text));
  }
}

/** The source as a link when it has an address, else as a plain citation with its publisher. */
function renderSource(source: CitedSource, url: string | undefined, lang: Lang): TemplateResult {
  const foreign = source.lang !== lang ? source.lang : nothing;
  const title = source.title || source.publisher || '';
  if (url) return html`<a href=${url} lang=${foreign}>${title}</a>`;
  const work = html`<cite>${title}</cite>`;
  return html`<span lang=${foreign}
    >${
      source.publisher && source.title
        ? fill(strings[lang].work, { title: work, publisher: source.publisher })
        : work
    }</span
  >`;
}

/** Display names (English) of the people who have quotes, for messages. */
function speakerNames(data: QuoteBundle): string[] {
  return data.people
    .filter((p) => data.quotes.some((q) => q.speaker === p.id))
    .map((p) => p.name.en)
    .sort();
}

declare global {
  interface HTMLElementTagNameMap {
    'cst-quote': CstQuote;
  }
}
