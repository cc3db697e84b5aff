import type { PropertyValues } from 'lit';
import { quoteData } from '../../data/slim/quote.js';
import type { QuoteData } from './quote.data.js';
import { CstCopyEvent } from '../../events.js';
import baseStyles from '../../internal/base.styles.js';
import { CstElement, type Renderer } from '../../internal/base.js';
import { common } from '../../internal/strings.js';
import { litProperties, type Properties } from '../../internal/spec.js';
import { attributes } from './quote.spec.js';
import { strings } from './quote.strings.js';
import styles from './quote.styles.js';
import { quoteTemplate, type QuoteOptions } from './quote.template.js';
import { quoteTitle, quoteView, type QuoteView } from './quote.view.js';

// The attributes' properties, typed from the spec.
export interface CstQuote extends Properties<typeof attributes> {}

/**
 * A sourced quote from a CSTO leader or Council document: the words in a `<blockquote>`, a
 * caption naming who said them, their title at the time, the occasion and the date, and the line
 * of notes with the source. Three voices: `card` (a quotation mark, the words, a two-line
 * caption), `pull` (the words large, the longer the smaller, a one-line caption), `inline` (the
 * words in quotation marks, the attribution running on after them). A copy button copies the
 * quote with its attribution on one line.
 *
 * @summary A sourced, dated quote with speaker, occasion and a copy button.
 * @tagname cst-quote
 *
 * @csspart base - The frame around the figure, the notes and the copy button.
 * @csspart figure - The `<figure>` holding the quote and its caption.
 * @csspart text - The `<blockquote>` with the quoted words.
 * @csspart caption - The `<figcaption>`: speaker, title, occasion (card only), date.
 * @csspart speaker - The speaker's name, or the author of a Council document.
 * @csspart title - The speaker's title at the time.
 * @csspart event - The occasion.
 * @csspart context - What the words are about, after the title, when they would mislead alone.
 * @csspart date - The `<time>` of the words.
 * @csspart note - The note that the words are an English translation, on the line of notes.
 * @csspart actions - The row holding the copy button and its status.
 * @csspart copy - The copy button.
 * @csspart status - The live region announcing whether copying worked.
 *
 * @cssprop --cst-quote-text-size - Font size of the quoted words (default depends on the variant).
 * @cssprop --cst-quote-rule-color - Colour of the pull quote's rule and the card's quotation mark
 * (default: the accent colour).
 * @cssprop --cst-quote-min-block-size - Height reserved for the element (default: 8rem; inline 3rem).
 *
 * @event {CstCopyEvent} cst-copy - The quote was copied; `detail.text` is the copied line.
 */
export class CstQuote extends CstElement<QuoteData, QuoteView, QuoteOptions> {
  static override readonly attributes = attributes;

  static override properties = { ...litProperties(attributes), status: { state: true } };

  static override styles = [baseStyles, styles];

  static readonly renderer: Renderer<QuoteData, QuoteView, QuoteOptions> = {
    data: quoteData,
    strings: [strings, common],
    view: quoteView,
    template: quoteTemplate,
    title: quoteTitle,
  };

  private status: QuoteOptions['status'] = undefined;
  private copyText = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('quote') || changed.has('speaker') || changed.has('topic')) {
      this.status = undefined;
    }
    super.willUpdate(changed);
  }

  protected override renderView(view: QuoteView) {
    this.copyText = view.copyText;
    return super.renderView(view);
  }

  protected override templateOptions(): QuoteOptions {
    return { onCopy: () => void this.copy(), ...(this.status && { status: this.status }) };
  }

  private async copy(): Promise<void> {
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

declare global {
  interface HTMLElementTagNameMap {
    'cst-quote': CstQuote;
  }
}
