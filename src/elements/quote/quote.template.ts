import { nothing, type TemplateResult } from 'lit';
import { html } from '../../internal/template.js';
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

/**
 * A quote as a figure: the words in a blockquote; a two-line caption with a monogram (who and
 * their title; the occasion and date); beneath, lined up with the words, one quiet line with the
 * source and the copy button.
 */
export function quoteTemplate(view: QuoteView, options: QuoteOptions): TemplateResult {
  const t = strings[view.lang];
  const { source, url, variant } = view;
  return html`<div part="base" class="base ${variant} ${variant === 'card' ? 'box' : 'plain'}">
    <figure part="figure">
      <blockquote
        part="text"
        class="text ${view.length}"
        lang=${view.textLang}
        cite=${url ?? nothing}
      >
        <p>${view.text}</p>
      </blockquote>
      <figcaption part="caption" class="caption">
        ${
          // Without styles the monogram would read as letters before the name, and the two lines
          // as one: HTML that runs no script leaves it out and breaks the line.
          options.static
            ? nothing
            : html`<span part="monogram" class="monogram" aria-hidden="true"
                >${view.initials}</span
              >`
        }
        <span class="lines">
          <span class="who"
            ><span part="speaker" class="speaker">${view.who}</span>${
              view.title ? html`, <span part="title">${view.title}</span>` : nothing
            }${view.context ? html`, <span part="context">${view.context}</span>` : nothing}</span
          >${options.static ? html`<br />` : nothing}
          <span class="when muted"
            >${view.event ? html`<span part="event">${view.event}</span> · ` : nothing}<time
              part="date"
              datetime=${view.date}
              >${formatDate(view.date, view.lang)}</time
            ></span
          >
        </span>
      </figcaption>
    </figure>
    <div class="footer">
      ${
        source
          ? html`<span part="source" class="source"
              >${fill(t.source, {
                source: cite(source, view.lang, url ? 'title' : 'publisher', {
                  unknownPublisher: t.unknownPublisher,
                }),
              })}${
                view.translation ? html`<span part="note"> · ${t.translation}</span>` : nothing
              }</span
            >`
          : nothing
      }
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
