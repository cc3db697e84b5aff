import { html, nothing, type TemplateResult } from 'lit';
import type { TemplateOptions } from '../../internal/base.js';
import { formatDate } from '../../internal/format.js';
import { cite, fill } from '../../internal/markup.js';
import { strings } from './quote.strings.js';
import type { QuoteView } from './quote.view.js';

export interface QuoteOptions extends TemplateOptions {
  /** Called when the copy button is pressed. */
  onCopy?: () => void;
  /** What the status line says after a copy. */
  status?: 'copied' | 'copyFailed';
}

/** A quote as a figure: the words in a blockquote, the attribution in the caption. */
export function quoteTemplate(view: QuoteView, options: QuoteOptions): TemplateResult {
  const t = strings[view.lang];
  const { source, url } = view;
  return html`<div part="base" class="base ${view.variant}">
    <figure part="figure">
      <blockquote part="text" lang=${view.textLang} cite=${url ?? nothing}>
        <p>${view.text}</p>
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
          }<time part="date" datetime=${view.date}>${formatDate(view.date, view.lang)}</time></span
        >
        ${
          source
            ? html`<span part="source"
                >${fill(t.source, { source: cite(source, view.lang, url ? 'title' : 'publisher') })}</span
              >`
            : nothing
        }
        ${view.translation ? html`<span part="note">${t.translation}</span>` : nothing}
      </figcaption>
    </figure>
    ${
      options.static
        ? nothing
        : html`<div part="actions" class="actions">
            <button part="copy" type="button" @click=${options.onCopy}>${t.copy}</button>
            <span part="status" role="status" aria-live="polite"
              >${options.status ? t[options.status] : nothing}</span
            >
          </div>`
    }
  </div>`;
}
