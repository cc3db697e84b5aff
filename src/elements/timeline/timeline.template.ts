import { nothing, type TemplateResult } from 'lit';
import { html } from '../../internal/template.js';
import type { TemplateOptions } from '../../internal/base.js';
import { notes, refs } from '../../internal/citations.js';
import { formatDate, plural } from '../../internal/format.js';
import { fill, localized, SEPARATOR, time } from '../../internal/markup.js';
import { agreeing, joinedNames } from '../../internal/names.js';
import { common } from '../../internal/strings.js';
import { strings, type TimelineStrings } from './timeline.strings.js';
import type { TimelineItem, TimelineView } from './timeline.view.js';

/** What the element adds to a template: the collapsed timeline's control. */
export interface TimelineOptions extends TemplateOptions {
  /** The reader asked to see every event. */
  expanded?: boolean;
  /** Called when the show-all control is pressed. */
  onToggle?: () => void;
}

/**
 * The events as a graphic: the years down the inline-start side, a continuous rail, one line per
 * event (its day and a short title), key events set bold with a larger dot. In the list layout
 * each line opens to a sentence or two, the states involved and markers to its sources; the
 * compact layout is the lines alone. A long timeline shows its key and latest events, marks
 * where the others are, and ends with a control to show them all (and, shown, to collapse them
 * again); printed or rendered without script, it shows every event. The line of notes lists
 * every source once, at the foot.
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
  /** The items left out since the last one shown, while collapsed. */
  let skipped: TimelineItem[] = [];
  const gap = () => {
    const run = skipped;
    skipped = [];
    return collapsed && run.length ? gapMarker(view, t, run) : nothing;
  };
  return html`<section part="base" class="frame timeline ${layout}" aria-labelledby="title">
    <header part="header" class="header">
      <p part="title" id="title" class="title">${title(view, t)}</p>
      <p part="lede" class="lede">${lede(view, t)}</p>
    </header>
    ${
      items.length
        ? html`<ol
            part="list"
            id="list"
            class="years ${collapsed ? 'collapsed' : ''}"
            aria-labelledby="title"
          >
            ${[...years].map(([year, events]) => {
              const first = events.findIndex((e) => !e.lesser);
              if (first < 0) skipped.push(...events);
              else skipped.push(...events.slice(0, first));
              // Left out before the year's first event shown: marked above the year.
              const above = first < 0 ? nothing : gap();
              const rows = events.map((item, i) => {
                if (i <= first || first < 0) return event(view, t, item, options);
                if (item.lesser) {
                  skipped.push(item);
                  return event(view, t, item, options);
                }
                return html`${gap()}${event(view, t, item, options)}`;
              });
              return html`${above}
                <li part="year-group" class="year ${first < 0 ? 'lesser' : ''}">
                  <h3 part="year" class="year-heading">${year}</h3>
                  <ol class="events">
                    ${rows}
                  </ol>
                </li>`;
            })}
          </ol>`
        : html`<p part="empty" class="notice">${t.none}</p>`
    }
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
              ${collapsed ? plural(items.length, view.lang, t.showAll) : t.showFewer}
            </button>
          </p>`
        : nothing
    }
    ${notes(view.sources, view.lang, { ...options, numbered: layout === 'list' })}
  </section>`;
}

/** Where a collapsed timeline leaves events out: how many, and the years they span. */
function gapMarker(view: TimelineView, t: TimelineStrings, run: readonly TimelineItem[]) {
  const from = run[0]!.date.slice(0, 4);
  const to = run.at(-1)!.date.slice(0, 4);
  const events = plural(run.length, view.lang, t.moreEvents);
  return html`<li part="gap" class="gap">
    <span class="gap-text"
      >${from === to ? fill(t.spanYear, { events, year: from }) : fill(t.span, { events, from, to })}</span
    >
  </li>`;
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
  return html`${from === to ? `${events}, ${from}` : fill(t.span, { events, from, to })}${SEPARATOR}${asOf}`;
}

function event(
  view: TimelineView,
  t: TimelineStrings,
  item: TimelineItem,
  options: TemplateOptions,
) {
  const { lang } = view;
  const labels = html`${
    item.planned ? html` <span part="status" class="label">${t.planned}</span>` : nothing
  }${
    item.unverified
      ? html` <span part="unconfirmed" class="quiet">(${common[lang].unconfirmed})</span>`
      : nothing
  }`;
  const classes = `event ${item.kind}${item.key ? ' key' : ''}${item.planned ? ' planned' : ''}${
    item.lesser ? ' lesser' : ''
  }`;
  const line = html`<time class="when" datetime=${item.date}
      >${formatDate(item.date, lang, 'day')}</time
    >
    <span part="event-title" class="name">${headline(view, t, item)}${labels}</span>`;
  if (view.layout === 'compact') {
    return html`<li part="event" class=${classes}>${line}</li>`;
  }
  // Without script, what a line opens to follows it; on screen, a click on the line opens it.
  const body = more(view, t, item, options);
  return html`<li part="event" class=${classes}>
    ${
      options.static
        ? html`${line} ${body}`
        : html`<details class="more">
            <summary part="event-line" class="line">${line}</summary>
            ${body}
          </details>`
    }
  </li>`;
}

/**
 * What a line opens to: for a planned session the date it was announced for, a sentence or two
 * in the project's words, the states involved, a caveat, and the markers to its sources.
 */
function more(
  view: TimelineView,
  t: TimelineStrings,
  item: TimelineItem,
  options: TemplateOptions,
) {
  const { lang } = view;
  const summary = about(view, t, item);
  const states = involved(view, t, item);
  const lines = [
    item.planned ? ['planned-note', when(view, t, item)] : undefined,
    summary !== undefined ? ['summary', summary] : undefined,
    states !== undefined ? ['states muted', states] : undefined,
    item.chair
      ? ['states muted', fill(t.chair, { state: localized(item.chair.name, lang) })]
      : undefined,
    item.caveat ? ['caveat muted', localized(item.caveat, lang)] : undefined,
  ].filter((line) => line !== undefined) as [string, unknown][];
  // The markers to its sources end what it says, or stand alone.
  const marks = refs(item.refs, lang, options);
  if (!lines.length) return html`<div class="body"><p class="muted">${marks}</p></div>`;
  return html`<div class="body">
    ${lines.map(
      ([cls, line], i) =>
        html`<p part=${cls === 'planned-note' ? 'planned' : nothing} class=${cls}>
          ${line}${i === lines.length - 1 ? marks : nothing}
        </p>`,
    )}
  </div>`;
}

/** For a planned session: the date it was announced for and as of when, or that it has passed. */
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
