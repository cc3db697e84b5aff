import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../data/types.js';
import type { TemplateOptions } from '../../internal/base.js';
import { cite, fill, time, webUrl } from '../../internal/markup.js';
import { common } from '../../internal/strings.js';
import { strings } from './treaty-article.strings.js';
import type { Passage, TreatyArticleView } from './treaty-article.view.js';

/** An article: heading, its passages with their labels and sources, and what amended it. */
export function treatyArticleTemplate(
  view: TreatyArticleView,
  _options: TemplateOptions,
): TemplateResult {
  const { lang, document } = view;
  const t = strings[lang];
  const hasSummary = view.passages.some((p) => p.kind === 'summary');
  return html`<article part="card" class="card" lang=${lang} aria-labelledby="title document">
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
                    date: time(document.date, lang),
                  })
                : time(document.date, lang)
            }
          </dd>
        </div>
        ${
          document.inForce
            ? html`<div>
                <dt>${document.inForce <= view.asOf ? t.inForceSince : t.entryIntoForce}</dt>
                <dd>${time(document.inForce, lang)}</dd>
              </div>`
            : nothing
        }
      </dl>
    </header>
    <div part="body" class="body">${view.passages.map((p) => passage(p, lang))}</div>
    ${view.amendments.length ? amendments(view) : nothing}
    ${hasSummary ? html`<p part="note" class="note">${common[lang].summaryNote}</p>` : nothing}
  </article>`;
}

function passage(passage: Passage, lang: Lang): TemplateResult {
  const c = common[lang];
  const labels = [
    passage.kind === 'summary' ? { text: c.summary, kind: 'summary' } : undefined,
    passage.translation ? { text: c.translation, kind: 'translation' } : undefined,
    passage.verified ? undefined : { text: c.unverified, kind: 'unverified' },
  ].filter((l) => l !== undefined);
  const labelList = labels.length
    ? html`<p class="labels">
        ${labels.map((l) => html`<span part="label" class=${`label label-${l.kind}`}>${l.text}</span>`)}
      </p>`
    : nothing;
  const cited = typeof passage.source === 'string' ? passage.source : cite(passage.source, lang);
  const source = html`<p part="source" class="source">
    ${fill(strings[lang].sourceLine, { label: c.source, source: cited })}
  </p>`;
  const state = passage.verified ? '' : ' unverified';
  const url = typeof passage.source === 'string' ? undefined : webUrl(passage.source.url);

  if (passage.kind === 'verbatim') {
    return html`<figure part="passage verbatim" class=${`passage verbatim${state}`}>
      ${labelList}
      <blockquote lang=${passage.text.lang} cite=${url ?? nothing}>
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

function amendments(view: TreatyArticleView): TemplateResult {
  const { lang } = view;
  const t = strings[lang];
  return html`<div part="amendments" class="amendments" role="note">
    <p class="amended-by">${t.amendedBy}</p>
    <ul>
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
  </div>`;
}
