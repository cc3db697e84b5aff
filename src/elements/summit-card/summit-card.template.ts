import { html, nothing, type TemplateResult } from 'lit';
import { byId } from '../../data/queries/records.js';
import type { Lang, SessionRecord } from '../../data/types.js';
import type { TemplateOptions } from '../../internal/base.js';
import { plural } from '../../internal/format.js';
import { cite, fill, joined, localized, time, type Inline } from '../../internal/markup.js';
import { common } from '../../internal/strings.js';
import { strings, type SummitStrings } from './summit-card.strings.js';
import type { SummitView } from './summit-card.view.js';

type Row = (label: string, value: unknown, cls?: string) => TemplateResult;

/** One Council session as a card. Nothing of a planned session is presented as having happened. */
export function summitTemplate(view: SummitView, _options: TemplateOptions): TemplateResult {
  const { session, variant, lang } = view;
  const t = strings[lang];
  const planned = session.status === 'planned';
  const compact = variant === 'compact';
  return html`<article part="card" class="card ${variant}" aria-labelledby="title">
    <div part="header" class="header">
      <p part="title" id="title" class="title">${t.title[session.kind] ?? t.title.regular}</p>
      ${planned ? html`<p part="status" class="badge planned">${t.planned}</p>` : nothing}
      ${
        view.latest
          ? html`<p part="caption" class="caption">
              ${fill(t.latest, { date: time(view.asOf, lang) })}
            </p>`
          : nothing
      }
    </div>
    ${facts(view, t, compact)} ${planned ? nothing : handover(view, t)}
    ${compact ? (planned ? nothing : counts(view, t)) : details(view, t)}
  </article>`;
}

function details(view: SummitView, t: SummitStrings) {
  const { session, lang } = view;
  const held = session.status === 'held';
  return html`${held ? attendees(view, t) : nothing} ${held ? documents(view, t) : nothing}
  ${notes(session, lang)} ${sources(view)}
  ${
    view.next
      ? html`<p part="next" class="next">${fill(t.next, { date: time(view.next.date, lang) })}</p>`
      : nothing
  }`;
}

function facts(view: SummitView, t: SummitStrings, compact: boolean) {
  const { session, lang } = view;
  const planned = session.status === 'planned';
  const row: Row = (label, value, cls = '') =>
    html`<div class="fact ${cls}">
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<dl part="facts" class="facts">
    ${row(planned ? t.scheduledFor : t.date, time(session.date, lang), 'date')}
    ${place(view, t, row)}
    ${session.occasion && !compact ? row(t.occasion, localized(session.occasion, lang), 'occasion') : nothing}
    ${chair(view, t, row)}
    ${
      session.absent.length && !planned
        ? row(
            t.absent,
            joined(
              session.absent.map((id) => stateName(view, id)),
              lang,
            ),
            'absent',
          )
        : nothing
    }
  </dl>`;
}

function place(view: SummitView, t: SummitStrings, row: Row) {
  const { session, lang } = view;
  const where = session.place;
  if (where && session.format !== 'videoconference' && session.format !== 'consultations') {
    const city = localized(where.city, lang);
    const state = stateName(view, where.state);
    const value = where.venue
      ? fill(t.placeVenue, { venue: localized(where.venue, lang), city, state })
      : fill(t.placeCity, { city, state });
    return row(t.place, value, 'place');
  }
  if (session.format === 'videoconference') return row(t.format, t.videoconference, 'format');
  if (session.format === 'consultations') return row(t.format, t.consultations, 'format');
  return nothing;
}

function chair(view: SummitView, t: SummitStrings, row: Row) {
  const chair = view.session.chair;
  // A chair the sources do not confirm is not presented as fact.
  if (!chair || chair.verified === false) return nothing;
  const state = chair.state ? stateName(view, chair.state) : undefined;
  const person = chair.person ? personName(view, chair.person) : undefined;
  if (person && state) return row(t.chair, fill(t.chairPerson, { person, state }), 'chair');
  const only = person ?? state;
  return only ? row(t.chair, only, 'chair') : nothing;
}

function handover(view: SummitView, t: SummitStrings) {
  const { session, asOf, lang } = view;
  const given = session.handover;
  if (!given) return nothing;
  const to = stateName(view, given.to);
  const from = given.from ? stateName(view, given.from) : undefined;
  const date = given.date;
  let template: string;
  if (!date || date === session.date) template = from ? t.handoverPassed : t.handoverTo;
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
        session.documents.countVerified === false ? html` ${unverified(lang)}` : nothing
      }`
    : undefined;
  return html`<p part="counts" class="counts">
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
  return html`<div part="attendees" class="block attendees">
    <p part="label" class="label" id="attendees-label">${t.attendees}</p>
    <ul role="list" aria-labelledby="attendees-label">
      ${session.attendees.map(
        (a) =>
          html`<li class=${a.role}>
            ${fill(t.attendee, {
              name: html`<span class="name">${personName(view, a.person)}</span>`,
              title: html`<span class="role">${localized(a.title, lang)}</span>`,
            })}
          </li>`,
      )}
    </ul>
  </div>`;
}

function documents(view: SummitView, t: SummitStrings) {
  const { lang } = view;
  const { count, countVerified, items } = view.session.documents;
  if (count === undefined && !items.length) return nothing;
  const label =
    count === undefined
      ? t.documents
      : html`${plural(count, lang, t.documentsAdopted)}${
          countVerified === false ? html` ${unverified(lang)}` : nothing
        }`;
  return html`<div part="documents" class="block documents">
    <p part="label" class="label" id="documents-label">${label}</p>
    ${
      items.length
        ? html`<ul role="list" aria-labelledby="documents-label">
            ${items.map((item) => html`<li>${localized(item.title, lang)}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}

function notes(session: SessionRecord, lang: Lang) {
  if (!session.notes.length) return nothing;
  // The notes are the project's own summaries, so they are labelled as such.
  return html`<div part="notes" class="block notes">
    <p part="label" class="label" id="notes-label">${common[lang].summary}</p>
    <ul role="list" aria-labelledby="notes-label">
      ${session.notes.map((note) => html`<li>${localized(note, lang)}</li>`)}
    </ul>
  </div>`;
}

function sources(view: SummitView) {
  const { session, lang } = view;
  if (!session.sources.length) return nothing;
  return html`<div part="sources" class="block sources">
    <p part="label" class="label" id="sources-label">
      ${session.sources.length === 1 ? common[lang].source : common[lang].sources}
    </p>
    <ul role="list" aria-labelledby="sources-label">
      ${session.sources.map((id) => {
        const source = byId(view.sources, id);
        return html`<li>${source ? cite(source, lang, 'full') : id}</li>`;
      })}
    </ul>
  </div>`;
}

function unverified(lang: Lang) {
  return html`<span part="unverified" class="badge unverified">${common[lang].unverified}</span>`;
}

function stateName(view: SummitView, id: string): Inline {
  const state = byId(view.states, id);
  return state ? localized(state.name, view.lang) : id;
}

function personName(view: SummitView, id: string): Inline {
  const person = byId(view.people, id);
  return person ? localized(person.name, view.lang) : id;
}
