import { nothing, type TemplateResult } from 'lit';
import { html } from '../../internal/template.js';
import { byId } from '../../data/queries/records.js';
import type { TemplateOptions } from '../../internal/base.js';
import { plural } from '../../internal/format.js';
import { cite, fill, localized, time } from '../../internal/markup.js';
import { agreeing, joinedNames, nameInCase, nameOf } from '../../internal/names.js';
import { common } from '../../internal/strings.js';
import { strings, type SummitStrings } from './summit-card.strings.js';
import type { SummitView } from './summit-card.view.js';

type Fact = (label: string, value: unknown, cls?: string) => TemplateResult;

/**
 * One Council session as a card: title, a line with the date and place, the facts, who attended
 * and what was adopted, our summary, and one quiet line of sources. Nothing of a planned session
 * is presented as having happened.
 */
export function summitTemplate(view: SummitView, _options: TemplateOptions): TemplateResult {
  const { session, variant } = view;
  const t = strings[view.lang];
  const planned = session.status === 'planned';
  const compact = variant === 'compact';
  return html`<article part="card" class="card box ${variant}" aria-labelledby="title">
    <header part="header" class="header">
      ${view.latest ? html`<p part="caption" class="kicker">${latest(view, t)}</p>` : nothing}
      <p part="title" id="title" class="title">${t.title[session.kind] ?? t.title.regular}</p>
      <p class="lede">${when(view, t)}</p>
      ${planned ? html`<p><span part="status" class="label">${t.planned}</span></p>` : nothing}
    </header>
    ${facts(view, t, compact)} ${planned ? nothing : handover(view, t)}
    ${compact ? (planned ? nothing : counts(view, t)) : details(view, t)}
  </article>`;
}

function latest(view: SummitView, t: SummitStrings) {
  const date = time(view.asOf, view.lang);
  return fill(t.latest, { date: view.latestData ? fill(t.latestData, { date }) : date });
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
  return where ? html`${dated} · ${where}` : dated;
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

function details(view: SummitView, t: SummitStrings) {
  const { session, lang } = view;
  const held = session.status === 'held';
  return html`${held ? attendees(view, t) : nothing} ${held ? documents(view, t) : nothing}
  ${notes(view)}
  ${
    view.next
      ? html`<p part="next" class="next">
          ${fill(view.today > view.next.date ? t.nextPassed : t.next, {
            date: time(view.next.date, lang),
          })}
        </p>`
      : nothing
  }
  ${sources(view, t)}`;
}

function facts(view: SummitView, t: SummitStrings, compact: boolean) {
  const { session, lang } = view;
  const planned = session.status === 'planned';
  const row: Fact = (label, value, cls = '') =>
    html`<div class="fact ${cls}">
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  const rows = [
    session.occasion && !compact
      ? row(t.occasion, localized(session.occasion, lang), 'occasion')
      : nothing,
    chair(view, t, row),
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

function chair(view: SummitView, t: SummitStrings, row: Fact) {
  const chair = view.session.chair;
  // A chair the sources do not confirm is not presented as fact.
  if (!chair || chair.verified === false) return nothing;
  const state = chair.state ? nameOf(view.states, chair.state, view.lang) : undefined;
  const person = chair.person ? nameOf(view.people, chair.person, view.lang) : undefined;
  if (person && state) return row(t.chair, fill(t.chairPerson, { person, state }), 'chair');
  if (person) return row(t.chair, person, 'chair');
  return state ? row(t.chairState, state, 'chair') : nothing;
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

function counts(view: SummitView, t: SummitStrings) {
  const { session, lang } = view;
  const people = session.attendees.length;
  const adoptedCount = session.documents.count ?? session.documents.items.length;
  if (!people && !adoptedCount) return nothing;
  const attendeesText = people ? plural(people, lang, t.attendeeCount) : undefined;
  const adopted = adoptedCount
    ? html`${plural(adoptedCount, lang, t.documentCount)}${
        session.documents.countVerified === false ? html` ${unverified(view)}` : nothing
      }`
    : undefined;
  return html`<p part="counts" class="counts muted">
    ${
      attendeesText && adopted
        ? fill(t.counts, { attendees: attendeesText, documents: adopted })
        : (attendeesText ?? adopted)
    }
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
  const { count, countVerified, items } = view.session.documents;
  if (count === undefined && !items.length) return nothing;
  const label =
    count === undefined
      ? t.documents
      : html`${plural(count, lang, t.documentsAdopted)}${
          countVerified === false ? html` ${unverified(view)}` : nothing
        }`;
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

function notes(view: SummitView) {
  const { session, lang } = view;
  if (!session.notes.length) return nothing;
  // The notes are the project's own summaries, so they are labelled as such.
  return html`<section part="notes" class="block notes" aria-labelledby="notes">
    <h3 part="label" class="heading" id="notes">${common[lang].summary}</h3>
    <ul role="list">
      ${session.notes.map((note) => html`<li>${localized(note, lang)}</li>`)}
    </ul>
  </section>`;
}

function sources(view: SummitView, t: SummitStrings) {
  const { session, lang } = view;
  if (!session.sources.length) return nothing;
  const cited = session.sources.map((id) => {
    const source = byId(view.sources, id);
    return source
      ? cite(source, lang, 'full', {
          unknownPublisher: t.unknownPublisher,
          inferredDate: t.inferredDate,
        })
      : id;
  });
  return html`<p part="sources" class="footer sources">
    ${fill(t.sources, { sources: cited.flatMap((c, i) => (i ? ['; ', c] : [c])) })}
  </p>`;
}

function unverified(view: SummitView) {
  return html`<span part="unverified" class="label warn">${common[view.lang].unverified}</span>`;
}
