import { nothing, type TemplateResult } from 'lit';
import { html } from '../../internal/template.js';
import type { Lang } from '../../data/types.js';
import type { TemplateOptions } from '../../internal/base.js';
import { plural } from '../../internal/format.js';
import { cite, fill, localized, time } from '../../internal/markup.js';
import { agreeing, joinedNames } from '../../internal/names.js';
import { common } from '../../internal/strings.js';
import { strings, type TimelineStrings } from './timeline.strings.js';
import { COLLAPSED, type TimelineItem, type TimelineView } from './timeline.view.js';

/** What the element adds to a template: the collapsed timeline's control. */
export interface TimelineOptions extends TemplateOptions {
  /** The reader asked to see every event. */
  expanded?: boolean;
  /** Called when the show-all control is pressed. */
  onToggle?: () => void;
}

/**
 * The events as an ordered list of years, each a heading and an ordered list of its events: the
 * date, a short title, a sentence or two, the states involved and the sources. A long timeline
 * shows its latest events until the reader asks for all; printed or rendered without script, it
 * shows every event.
 */
export function timelineTemplate(view: TimelineView, options: TimelineOptions): TemplateResult {
  const t = strings[view.lang];
  const { items, layout } = view;
  const collapsible = view.hidden > 0 && !options.static;
  const collapsed = collapsible && !options.expanded;
  const years = new Map<string, TimelineItem[]>();
  for (const item of items) {
    const year = item.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), item]);
  }
  let index = 0;
  return html`<section part="base" class="box timeline ${layout}" aria-labelledby="title">
    <header part="header" class="header">
      <p part="title" id="title" class="title">${title(view, t)}</p>
      <p part="lede" class="lede">${lede(view, t)}</p>
    </header>
    ${
      collapsible
        ? html`<p class="toggle">
            <button
              part="toggle"
              class="button"
              type="button"
              aria-expanded=${collapsed ? 'false' : 'true'}
              aria-controls="list"
              @click=${options.onToggle}
            >
              ${
                collapsed
                  ? plural(items.length, view.lang, t.showAll)
                  : plural(COLLAPSED, view.lang, t.showLatest)
              }
            </button>
          </p>`
        : nothing
    }
    ${
      items.length
        ? html`<ol
            part="list"
            id="list"
            class="years ${collapsed ? 'collapsed' : ''}"
            aria-labelledby="title"
          >
            ${[...years].map(([year, events]) => {
              const first = index;
              index += events.length;
              const earlier = (i: number) => collapsed && i < view.hidden;
              return html`<li class="year ${earlier(index - 1) ? 'earlier' : ''}">
                <h3 part="year" class="heading year-heading">${year}</h3>
                <ol class="events">
                  ${events.map((item, i) => event(view, t, item, earlier(first + i)))}
                </ol>
              </li>`;
            })}
          </ol>`
        : html`<p part="empty" class="notice">${t.none}</p>`
    }
    ${layout === 'compact' && view.sources.length ? sources(view.sources, view.lang, t) : nothing}
  </section>`;
}

function title(view: TimelineView, t: TimelineStrings) {
  return view.state
    ? fill(t.titleState, { state: localized(view.state.name, view.lang) })
    : t.title;
}

/** "48 events, 1992–2026 · as of November 27, 2025". */
function lede(view: TimelineView, t: TimelineStrings) {
  const { items, lang } = view;
  const date = time(view.asOf, lang);
  const asOf = fill(t.asOf, { date: view.latestData ? fill(t.latestData, { date }) : date });
  if (!items.length) return asOf;
  const from = items[0]!.date.slice(0, 4);
  const to = items.at(-1)!.date.slice(0, 4);
  const events = plural(items.length, lang, t.events);
  return html`${from === to ? `${events}, ${from}` : fill(t.span, { events, from, to })} · ${asOf}`;
}

function event(view: TimelineView, t: TimelineStrings, item: TimelineItem, earlier: boolean) {
  const { lang } = view;
  const labels = html`${
    item.planned ? html` <span part="status" class="label">${t.planned}</span>` : nothing
  }${
    item.unverified
      ? html` <span part="unverified" class="label warn">${common[lang].unverified}</span>`
      : nothing
  }`;
  const classes = `event ${item.kind}${item.planned ? ' planned' : ''}${earlier ? ' earlier' : ''}`;
  if (view.layout === 'compact') {
    return html`<li part="event" class=${classes}>
      <span class="when">${when(view, t, item)}</span>
      <span class="name">${headline(view, t, item)}${labels}</span>
    </li>`;
  }
  const summary = about(view, t, item);
  const states = involved(view, t, item);
  const chair = item.chair ? fill(t.chair, { state: localized(item.chair.name, lang) }) : undefined;
  return html`<li part="event" class=${classes}>
    <p class="when">${when(view, t, item)}${labels}</p>
    <p part="event-title" class="name">${headline(view, t, item)}</p>
    ${summary ? html`<p class="summary">${summary}</p>` : nothing}
    ${states ? html`<p class="states muted">${states}</p>` : nothing}
    ${chair ? html`<p class="states muted">${chair}</p>` : nothing}
    ${item.caveat ? html`<p class="caveat muted">${localized(item.caveat, lang)}</p>` : nothing}
    ${item.sources.length ? sources(item.sources, lang, t) : nothing}
  </li>`;
}

/** The date; for a planned session, the date it was announced for and as of when. */
function when(view: TimelineView, t: TimelineStrings, item: TimelineItem) {
  const date = time(item.date, view.lang);
  if (!item.planned) return date;
  return item.planned.passed
    ? fill(t.passed, { date })
    : fill(t.announced, { date, asOf: time(item.planned.asOf, view.lang) });
}

/** The states' names in the reader's alphabetical order. */
function names(view: TimelineView, item: TimelineItem) {
  const ids = item.states.map((s) => s.id);
  return joinedNames(item.states, ids, view.lang, 'alphabetical');
}

function headline(view: TimelineView, t: TimelineStrings, item: TimelineItem): unknown {
  const { subject } = item;
  const { lang } = view;
  switch (subject.what) {
    case 'membership': {
      if (subject.title) return localized(subject.title, lang);
      const forms = t.membership[subject.type as keyof TimelineStrings['membership']];
      return forms
        ? fill(plural(item.states.length, lang, forms), { states: names(view, item) })
        : names(view, item);
    }
    case 'session': {
      const { session } = subject;
      const kind = t.session[session.kind] ?? t.session.regular;
      if (session.format === 'videoconference') return fill(t.sessionVideo, { session: kind });
      if (session.format === 'consultations')
        return fill(t.sessionConsultations, { session: kind });
      return session.place
        ? fill(t.sessionIn, { session: kind, city: localized(session.place.city, lang) })
        : kind;
    }
    case 'document': {
      const { document, amendment } = subject;
      const kind = document.kind;
      if (!amendment && (kind === 'declaration' || kind === 'statement')) {
        // Their titles run long: the headline names the kind, the summary the title.
        return t.councilDocument[kind];
      }
      const named = localized(amendment?.title ?? document.title, lang);
      return fill(subject.fact === 'in-force' ? t.inForce : t.signed, { title: named });
    }
    case 'event':
      return localized(subject.title, lang);
  }
}

/** A sentence or two in the project's words, when the record has one. */
function about(view: TimelineView, t: TimelineStrings, item: TimelineItem): unknown {
  const { subject } = item;
  const { lang } = view;
  if (subject.what === 'session') {
    const note = subject.session.notes?.[0];
    return note ? localized(note, lang) : undefined;
  }
  if (subject.what === 'event') return localized(subject.summary, lang);
  if (subject.what === 'membership' && subject.summary) return localized(subject.summary, lang);
  if (subject.what === 'document' && subject.fact === 'signed') {
    const { document, amendment } = subject;
    const place = amendment ? amendment.place : document.place;
    const adopted =
      !amendment && (document.kind === 'declaration' || document.kind === 'statement');
    const where = place
      ? fill(adopted ? t.adoptedIn : t.signedIn, { place: localized(place, lang) })
      : undefined;
    if (!adopted) return where;
    return html`<cite>${localized(document.title, lang)}</cite
      >.${where ? html` ${where}` : nothing}`;
  }
  return undefined;
}

/** The states involved, unless the title names them. */
function involved(view: TimelineView, t: TimelineStrings, item: TimelineItem): unknown {
  if (!item.states.length) return undefined;
  const states = names(view, item);
  const ids = item.states.map((s) => s.id);
  switch (item.subject.what) {
    case 'membership':
      return undefined;
    case 'session':
      return fill(agreeing(item.states, ids, view.lang, t.absent), { states });
    case 'document':
      return fill(agreeing(item.states, ids, view.lang, t.signatories), { states });
    case 'event':
      return fill(plural(ids.length, view.lang, t.involved), { states });
  }
}

function sources(list: TimelineItem['sources'], lang: Lang, t: TimelineStrings) {
  const cited = list.flatMap((s, i) => (i ? ['; ', cite(s, lang)] : [cite(s, lang)]));
  return html`<p part="sources" class="footer sources">
    ${fill(plural(list.length, lang, t.sources), { sources: cited })}
  </p>`;
}
