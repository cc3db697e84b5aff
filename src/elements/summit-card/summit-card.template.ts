import { nothing, type TemplateResult } from 'lit';
import { html } from '../../internal/template.js';
import { byId } from '../../data/queries/records.js';
import type { TemplateOptions } from '../../internal/base.js';
import { notes } from '../../internal/citations.js';
import { plural } from '../../internal/format.js';
import { fill, localized, SEPARATOR, time } from '../../internal/markup.js';
import { agreeing, joinedNames, nameInCase, nameOf } from '../../internal/names.js';
import { common } from '../../internal/strings.js';
import { strings, type SummitStrings } from './summit-card.strings.js';
import type { SummitView } from './summit-card.view.js';

type Fact = (label: string, value: unknown, cls?: string) => TemplateResult;

/**
 * One Council session. Full: a title, a line with the date and place, the facts, who attended
 * and what was adopted, our summary, and the line of notes at the foot. Compact: one shape for
 * every session, four lines: a short title, the date and place, one line of who and what, the
 * line of notes. Nothing of a planned session is presented as having happened; what the sources
 * disagree on is said in words.
 */
export function summitTemplate(view: SummitView, options: TemplateOptions): TemplateResult {
  return view.variant === 'compact' ? compact(view, options) : full(view, options);
}

function full(view: SummitView, options: TemplateOptions): TemplateResult {
  const { session } = view;
  const t = strings[view.lang];
  const planned = session.status === 'planned';
  return html`<article part="card" class="card frame full" aria-labelledby="title">
    <header part="header" class="header">
      ${view.latest ? html`<p part="caption" class="kicker">${latest(view, t)}</p>` : nothing}
      <p part="title" id="title" class="title">${t.title[session.kind] ?? t.title.regular}</p>
      <p class="lede">${when(view, t)}</p>
      ${planned ? html`<p><span part="status" class="label">${t.planned}</span></p>` : nothing}
    </header>
    ${facts(view, t)} ${planned ? nothing : handover(view, t)} ${details(view, t)}
    ${notes(view.sources, view.lang, options)}
  </article>`;
}

function compact(view: SummitView, options: TemplateOptions): TemplateResult {
  const t = strings[view.lang];
  const date = time(view.asOf, view.lang);
  return html`<article part="card" class="card frame compact" aria-labelledby="title">
    <header part="header" class="header">
      <p part="title" id="title" class="title">${shortTitle(view, t)}</p>
      <p class="lede">${when(view, t)}</p>
    </header>
    <p part="counts" class="counts">${whoAndWhat(view, t)}</p>
    ${notes(view.sources, view.lang, {
      ...options,
      ...(view.latest && {
        after: html`<span part="caption"
          >${fill(t.latestShort, { date: view.latestData ? fill(t.latestData, { date }) : date })}</span
        >`,
      }),
    })}
  </article>`;
}

function latest(view: SummitView, t: SummitStrings) {
  const date = time(view.asOf, view.lang);
  return fill(t.latest, { date: view.latestData ? fill(t.latestData, { date }) : date });
}

/** "Council session in Bishkek": the kind and where, in a few words. */
function shortTitle(view: SummitView, t: SummitStrings): unknown {
  const { session, lang } = view;
  const kind = t.short[session.kind] ?? t.short.regular;
  if (session.format === 'videoconference') return fill(t.shortVideo, { session: kind });
  if (session.format === 'consultations') return fill(t.shortConsultations, { session: kind });
  return session.place
    ? fill(t.shortIn, { session: kind, city: localized(session.place.city, lang) })
    : kind;
}

/** The date and the place (or format); for a planned session, the date it was announced for. */
function when(view: SummitView, t: SummitStrings) {
  const { session, lang } = view;
  const date = time(session.date, lang);
  const where = place(view, t);
  const dated =
    session.status !== 'planned'
      ? date
      : view.passed
        ? fill(t.passed, { date })
        : fill(t.announced, { date, asOf: time(session.statusAsOf ?? view.asOf, lang) });
  return where ? html`${dated}${SEPARATOR}${where}` : dated;
}

function place(view: SummitView, t: SummitStrings): unknown {
  const { session, lang } = view;
  const where = session.place;
  if (session.format === 'videoconference') return t.videoconference;
  if (session.format === 'consultations') return t.consultations;
  if (!where) return undefined;
  const city = localized(where.city, lang);
  const state = nameOf(view.states, where.state, lang);
  return where.venue
    ? fill(t.placeVenue, { venue: localized(where.venue, lang), city, state })
    : fill(t.placeCity, { city, state });
}

/**
 * The compact card's third line, the same for every session: who (the chair, else how many took
 * part) and what (the documents adopted, else who stayed away); for a planned session, that it is
 * planned and who chairs.
 */
function whoAndWhat(view: SummitView, t: SummitStrings): unknown {
  const { session, lang } = view;
  const chair = chairName(view, t);
  if (session.status === 'planned') {
    return html`<span part="status" class="label">${t.planned}</span>${
        chair ? html` ${fill(t.chairIs, { chair })}` : nothing
      }`;
  }
  const who = chair
    ? fill(t.chairIs, { chair })
    : session.attendees.length
      ? plural(session.attendees.length, lang, t.attendeeCount)
      : undefined;
  const adopted = documentCount(view, t, t.documentCount);
  const what =
    adopted ??
    (session.absent.length
      ? fill(t.absentShort, {
          absent: agreeing(view.states, session.absent, lang, t.absent),
          states: joinedNames(view.states, session.absent, lang),
        })
      : undefined);
  const parts = [who, what].filter((p) => p !== undefined);
  return parts.length ? parts.flatMap((p, i) => (i ? [SEPARATOR, p] : [p])) : t.noDetails;
}

/** "Sadyr Japarov (Kyrgyzstan)", or the state alone; nothing the sources do not confirm. */
function chairName(view: SummitView, t: SummitStrings): unknown {
  const chair = view.session.chair;
  if (!chair || chair.verified === false) return undefined;
  const state = chair.state ? nameOf(view.states, chair.state, view.lang) : undefined;
  const person = chair.person ? nameOf(view.people, chair.person, view.lang) : undefined;
  if (person && state) return fill(t.chairPerson, { person, state });
  return person ?? state;
}

/** "15 documents", with "(sources differ)" when the sources give other counts. */
function documentCount(view: SummitView, t: SummitStrings, forms: SummitStrings['documentCount']) {
  const { count, countVerified, items } = view.session.documents;
  const n = count ?? items.length;
  if (!n) return undefined;
  return html`${plural(n, view.lang, forms)}${
    countVerified === false
      ? html` <span part="uncertain" class="quiet">(${t.uncertain})</span>`
      : nothing
  }`;
}

function details(view: SummitView, t: SummitStrings) {
  const { session, lang } = view;
  const held = session.status === 'held';
  return html`${held ? attendees(view, t) : nothing} ${held ? documents(view, t) : nothing}
  ${notesBlock(view)}
  ${
    view.next
      ? html`<p part="next" class="next">
          ${fill(view.today > view.next.date ? t.nextPassed : t.next, {
            date: time(view.next.date, lang),
          })}
        </p>`
      : nothing
  }`;
}

function facts(view: SummitView, t: SummitStrings) {
  const { session, lang } = view;
  const planned = session.status === 'planned';
  const row: Fact = (label, value, cls = '') =>
    html`<div class="fact ${cls}">
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  const chair = session.chair;
  const chairRow =
    chair && chair.verified !== false
      ? row(chair.person ? t.chair : t.chairState, chairName(view, t), 'chair')
      : nothing;
  const rows = [
    session.occasion ? row(t.occasion, localized(session.occasion, lang), 'occasion') : nothing,
    chairRow,
    session.absent.length && !planned
      ? row(
          agreeing(view.states, session.absent, lang, t.absent),
          joinedNames(view.states, session.absent, lang),
          'absent',
        )
      : nothing,
  ].filter((r) => r !== nothing);
  return rows.length ? html`<dl part="facts" class="facts">${rows}</dl>` : nothing;
}

function handover(view: SummitView, t: SummitStrings) {
  const { session, asOf, lang } = view;
  const given = session.handover;
  if (!given) return nothing;
  // The sentence declines the names: from the state («от Кыргызстана»), to the state («к России»).
  const to = nameInCase(view.states, given.to, lang, 'dative');
  const from = given.from ? nameInCase(view.states, given.from, lang, 'genitive') : undefined;
  const date = given.date;
  if (to === undefined || (given.from && from === undefined)) {
    return html`<p part="handover" class="handover">
      ${fill(t.handoverNamed, { to: nameOf(view.states, given.to, lang) })}
    </p>`;
  }
  let template: string;
  if (!date || date === session.date) template = from ? t.handoverPassed : t.handoverTo;
  // Due after the data's date: once the reader's clock has passed it, it was due, not done.
  else if (date > asOf && view.present && view.today > date)
    template = from ? t.handoverWasDue : t.handoverToWasDue;
  else if (date > asOf) template = from ? t.handoverDue : t.handoverToDue;
  else template = from ? t.handoverPassedOn : t.handoverToOn;
  return html`<p part="handover" class="handover">
    ${fill(template, { from, to, date: date ? time(date, lang) : '' })}
  </p>`;
}

function attendees(view: SummitView, t: SummitStrings) {
  const { session, lang } = view;
  if (!session.attendees.length) return nothing;
  return html`<section part="attendees" class="block attendees" aria-labelledby="attendees">
    <h3 part="label" class="heading" id="attendees">${t.attendees}</h3>
    <ul role="list">
      ${session.attendees.map(
        (a) =>
          html`<li class=${a.role}>
            ${fill(t.attendee, {
              name: html`<span class="name">${nameOf(view.people, a.person, lang)}</span>`,
              title: html`<span class="role muted">${localized(a.title, lang)}</span>`,
            })}
          </li>`,
      )}
    </ul>
  </section>`;
}

function documents(view: SummitView, t: SummitStrings) {
  const { lang } = view;
  const { count, items } = view.session.documents;
  if (count === undefined && !items.length) return nothing;
  const label = count === undefined ? t.documents : documentCount(view, t, t.documentsAdopted);
  return html`<section part="documents" class="block documents" aria-labelledby="documents">
    <h3 part="label" class="heading" id="documents">${label}</h3>
    ${
      items.length
        ? html`<ul role="list">
            ${items.map(
              (item) => html`<li>${localized(item.title, lang)}${themes(view, item.document)}</li>`,
            )}
          </ul>`
        : nothing
    }
  </section>`;
}

/** A document's main themes in the project's words, under a label that says they are a summary. */
function themes(view: SummitView, id: string | undefined) {
  const { lang } = view;
  const summary = byId(view.documents, id)?.summary;
  if (!summary?.length) return nothing;
  return html`<div part="themes" class="themes">
    <p class="themes-label muted">${common[lang].summaryOfDocument}</p>
    <ul role="list">
      ${summary.map((theme) => html`<li>${localized(theme, lang)}</li>`)}
    </ul>
  </div>`;
}

function notesBlock(view: SummitView) {
  const { session, lang } = view;
  if (!session.notes.length) return nothing;
  // The notes are the project's own summaries, so they are labelled as such.
  return html`<section part="notes" class="block notes-block" aria-labelledby="notes">
    <h3 part="label" class="heading" id="notes">${common[lang].summary}</h3>
    <ul role="list">
      ${session.notes.map((note) => html`<li>${localized(note, lang)}</li>`)}
    </ul>
  </section>`;
}
