import { nothing, type TemplateResult } from 'lit';
import { html } from '../../internal/template.js';
import type { Lang } from '../../data/types.js';
import type { TemplateOptions } from '../../internal/base.js';
import { fillText } from '../../internal/format.js';
import { cite, fill, time, webUrl } from '../../internal/markup.js';
import { common } from '../../internal/strings.js';
import { strings } from './treaty-article.strings.js';
import type { Passage, TreatyArticleView } from './treaty-article.view.js';

/**
 * An article: its number as the title, the document and its dates beneath, then each passage
 * under the label that says what it is (the wording, a translation, our summary), with its
 * source, and what amended it.
 */
export function treatyArticleTemplate(
  view: TreatyArticleView,
  _options: TemplateOptions,
): TemplateResult {
  const { lang, document } = view;
  const t = strings[lang];
  const hasWording = view.passages.some((p) => p.kind === 'verbatim');
  const place = document.place
    ? html`<span lang=${document.place.lang}>${document.place.text}</span>`
    : undefined;
  const signed = place
    ? fill(t.signed, { place, date: time(document.date, lang) })
    : fill(t.signedOn, { date: time(document.date, lang) });
  const inForce = document.inForce
    ? fill(document.inForce <= view.asOf ? t.inForceSince : t.entryIntoForce, {
        date: time(document.inForce, lang),
      })
    : undefined;
  return html`<article part="card" class="card box" lang=${lang} aria-labelledby="title document">
    <header part="header" class="header">
      <p part="title" class="title" id="title">${fill(t.title, { n: view.number })}</p>
      <p part="document" class="document" id="document" lang=${document.title.lang}>
        ${document.title.text}
      </p>
      <p part="meta" class="meta muted">${signed}${inForce ? html` · ${inForce}` : nothing}</p>
    </header>
    <div part="body" class="body">${view.passages.map((p) => passage(p, lang, hasWording))}</div>
    ${view.amendments.length ? amendments(view) : nothing} ${about(view)}
  </article>`;
}

function passage(passage: Passage, lang: Lang, hasWording: boolean): TemplateResult {
  const c = common[lang];
  const label =
    passage.kind === 'summary'
      ? hasWording
        ? c.summaryOfText
        : c.summary
      : passage.asSigned
        ? fillText(
            passage.asSigned.amended ? c.translationAsSigned : c.translationAsSignedOnly,
            passage.asSigned,
          )
        : passage.translation
          ? c.translation
          : c.wording;
  const labels = html`<p class="labels">
    <span part="label" class="heading">${label}</span>${
      passage.verified
        ? nothing
        : html` <span part="label" class="label warn">${c.unverified}</span>`
    }
  </p>`;
  const cited = typeof passage.source === 'string' ? passage.source : cite(passage.source, lang);
  const source = html`<p part="source" class="source footer">
    ${fill(c.source, { source: cited })}
  </p>`;
  const state = passage.verified ? '' : ' unverified';
  const url = typeof passage.source === 'string' ? undefined : webUrl(passage.source.url);

  if (passage.kind === 'verbatim') {
    return html`<figure part="passage verbatim" class=${`passage verbatim${state}`}>
      ${labels}
      <blockquote lang=${passage.text.lang} cite=${url ?? nothing}>
        <p>${passage.text.text}</p>
      </blockquote>
      <figcaption>${source}</figcaption>
    </figure>`;
  }
  return html`<div part="passage summary" class=${`passage summary${state}`}>
    ${labels}
    <p class="text" lang=${passage.text.lang}>${passage.text.text}</p>
    ${source}
  </div>`;
}

function amendments(view: TreatyArticleView): TemplateResult {
  const { lang } = view;
  const t = strings[lang];
  return html`<section part="amendments" class="amendments" aria-labelledby="amendments">
    <h3 class="heading" id="amendments">${t.amendedBy}</h3>
    <ul role="list">
      ${view.amendments.map((a) => {
        const dates = [fill(t.amendmentSigned, { date: time(a.signed, lang) })];
        if (a.inForce) {
          const pattern = a.inForce <= view.asOf ? t.amendmentInForce : t.amendmentEntry;
          dates.push(fill(pattern, { date: time(a.inForce, lang) }));
        }
        return html`<li>
          ${fill(t.amendment, {
            title: html`<cite lang=${a.title.lang}>${a.title.text}</cite>`,
            dates: dates.flatMap((part, i) => (i ? [t.separator, part] : [part])),
          })}
        </li>`;
      })}
    </ul>
  </section>`;
}

/** The standing facts under the article, quietly, each with its source. */
function about(view: TreatyArticleView) {
  if (!view.about.length) return nothing;
  const { lang } = view;
  const t = strings[lang];
  return html`<footer part="about" class="about footer muted">
    ${view.about.map((fact) => {
      const values = Object.fromEntries(
        Object.entries(fact.values).map(([key, text]) => [
          key,
          html`<span lang=${text.lang}>${text.text}</span>`,
        ]),
      );
      const sources = fact.sources.map((s) => (typeof s === 'string' ? s : cite(s, lang)));
      return html`<p>
        ${fill(t.about, {
          fact: fill(t[fact.kind], values),
          source: fill(common[lang].source, {
            source: sources.flatMap((s, i) => (i ? ['; ', s] : [s])),
          }),
        })}
      </p>`;
    })}
  </footer>`;
}
