import { nothing, type TemplateResult } from 'lit';
import { html } from '../../internal/template.js';
import type { TemplateOptions } from '../../internal/base.js';
import { notes } from '../../internal/citations.js';
import { formatDate } from '../../internal/format.js';
import { SEPARATOR } from '../../internal/markup.js';
import { strings } from './quote.strings.js';
import type { QuoteView } from './quote.view.js';

export interface QuoteOptions extends TemplateOptions {
  /** Called when the copy button is pressed. */
  onCopy?: () => void;
  /** What the status line says after a copy. */
  status?: 'copied' | 'copyFailed';
}

/**
 * A quote as a figure, in one of three voices. The card: a quotation mark, the words, a two-line
 * caption (who and their title; the occasion and date). The pull quote: the words large (the
 * longer, the smaller), after a rule, with a one-line caption. The inline quote: the words in
 * quotation marks, running in the text, the attribution after them. Each ends with the line of
 * notes for its source and the copy button.
 */
export function quoteTemplate(view: QuoteView, options: QuoteOptions): TemplateResult {
  const t = strings[view.lang];
  const { url, variant } = view;
  const date = html`<time part="date" datetime=${view.date}
    >${formatDate(view.date, view.lang)}</time
  >`;
  // What the data has only in another language is marked with it, for screen readers.
  const { langs } = view;
  const speaker = html`<span part="speaker" class="speaker" lang=${langs.who ?? nothing}
      >${view.who}</span
    >${
      view.title
        ? html`, <span part="title" lang=${langs.title ?? nothing}>${view.title}</span>`
        : nothing
    }${
      view.context
        ? html`, <span part="context" lang=${langs.context ?? nothing}>${view.context}</span>`
        : nothing
    }`;
  const caption =
    variant === 'card'
      ? html`<span class="who">${speaker}</span>${options.static ? html`<br />` : nothing}
          <span class="when muted"
            >${
              view.event
                ? html`<span part="event" lang=${langs.event ?? nothing}>${view.event}</span
                    >${SEPARATOR}`
                : nothing
            }${date}</span
          >`
      : html`<span class="who">— ${speaker}</span><span class="when">, ${date}</span>`;
  return html`<div part="base" class="base frame ${variant}">
    <figure part="figure">
      ${
        // The quotation mark is drawn by the styles: HTML that runs no script leaves it out.
        variant === 'card' && !options.static
          ? html`<span class="mark" aria-hidden="true" lang=${view.textLang}></span>`
          : nothing
      }
      <blockquote
        part="text"
        class="text ${view.length}"
        lang=${view.textLang}
        cite=${url ?? nothing}
      >
        <p>${view.text}</p>
      </blockquote>
      <figcaption part="caption" class="caption">${caption}</figcaption>
    </figure>
    <div class="foot">
      ${notes(view.source ? [view.source] : [], view.lang, {
        ...options,
        after: view.translation ? html`<span part="note">${t.translation}</span>` : undefined,
      })}
      ${
        options.static
          ? nothing
          : html`<span part="actions" class="actions">
              <button part="copy" class="button" type="button" @click=${options.onCopy}>
                ${t.copy}
              </button>
              <span part="status" role="status" aria-live="polite"
                >${options.status ? t[options.status] : nothing}</span
              >
            </span>`
      }
    </div>
  </div>`;
}
