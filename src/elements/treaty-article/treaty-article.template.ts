import { nothing, type TemplateResult } from 'lit';
import { html } from '../../internal/template.js';
import type { Lang } from '../../data/types.js';
import type { TemplateOptions } from '../../internal/base.js';
import { notes, refs } from '../../internal/citations.js';
import { fillText } from '../../internal/format.js';
import { fill, SEPARATOR, time } from '../../internal/markup.js';
import { common } from '../../internal/strings.js';
import { strings } from './treaty-article.strings.js';
import type { Passage, TreatyArticleView } from './treaty-article.view.js';

/**
 * An article: its number as the title, the document and its dates beneath, then each passage
 * under the label that says what it is (the wording, a translation, our summary) with a marker
 * to its source, what amended it, and the line of notes at the foot.
 */
export function treatyArticleTemplate(
  view: TreatyArticleView,
  options: TemplateOptions,
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
  return html`<article part="card" class="card frame" lang=${lang} aria-labelledby="title document">
    <header part="header" class="header">
      <p part="title" class="title" id="title">${fill(t.title, { n: view.number })}</p>
      <p part="document" class="document" id="document" lang=${document.title.lang}>
        ${document.title.text}
      </p>
      <p part="meta" class="meta muted">
        ${signed}${inForce ? html`${SEPARATOR}${inForce}` : nothing}
      </p>
    </header>
    <div part="body" class="body">
      ${view.passages.map((p) => passage(p, lang, hasWording, options))}
    </div>
    ${view.amendments.length ? amendments(view) : nothing} ${about(view, options)}
    ${notes(view.sources, lang, { ...options, numbered: true })}
  </article>`;
}

function passage(
  passage: Passage,
  lang: Lang,
  hasWording: boolean,
  options: TemplateOptions,
): TemplateResult {
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
  // What it is, its note, and in quiet words when the sources do not confirm it.
  const labels = html`<p class="labels">
    <span
      ><span part="label" class="heading">${label}</span>${refs(passage.refs, lang, options)}</span
    >${
      passage.verified
        ? nothing
        : html` <span part="unconfirmed" class="quiet">${c.unconfirmed}</span>`
    }
  </p>`;
  const state = passage.verified ? '' : ' unverified';
  if (passage.kind === 'verbatim') {
    return html`<figure part="passage verbatim" class=${`passage verbatim${state}`}>
      <figcaption>${labels}</figcaption>
      <blockquote lang=${passage.text.lang} cite=${passage.url ?? nothing}>
        <p>${passage.text.text}</p>
      </blockquote>
    </figure>`;
  }
  return html`<div part="passage summary" class=${`passage summary${state}`}>
    ${labels}
    <p class="text" lang=${passage.text.lang}>${passage.text.text}</p>
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

/** The standing facts under the article, quietly, each with markers to its sources. */
function about(view: TreatyArticleView, options: TemplateOptions) {
  if (!view.about.length) return nothing;
  const { lang } = view;
  const t = strings[lang];
  return html`<footer part="about" class="about muted">
    ${view.about.map((fact) => {
      const values = Object.fromEntries(
        Object.entries(fact.values).map(([key, text]) => [
          key,
          html`<span lang=${text.lang}>${text.text}</span>`,
        ]),
      );
      return html`<p>${fill(t[fact.kind], values)}${refs(fact.refs, lang, options)}</p>`;
    })}
  </footer>`;
}
