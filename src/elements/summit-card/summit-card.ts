import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { summitCardData } from '../../data/slim/summit-card.js';
import { isIsoDate, utcDate } from '../../data/dates.js';
import { byDateDesc, byId } from '../../data/queries/records.js';
import { findSession, nextPlannedSession } from '../../data/queries/sessions.js';
import type { IsoDate, SessionRecord } from '../../data/types.js';
import baseStyles from '../../internal/base.styles.js';
import { CstElement, type Env, type Problem, type Resolution } from '../../internal/base.js';
import { common } from '../../internal/strings.js';
import { clip } from '../../internal/format.js';
import { joined, localized, sourceRef, time } from '../../internal/inline.js';
import { plural } from '../../internal/lists.js';
import { fill, type Inline } from '../../internal/templates.js';
import styles from './summit-card.styles.js';
import { strings, type SummitStrings } from './summit-card.strings.js';

type SummitBundle = typeof summitCardData;

const VARIANTS = ['full', 'compact'] as const;
export type SummitVariant = (typeof VARIANTS)[number];

interface SummitView {
  session: SessionRecord;
  variant: SummitVariant;
  /** The session was asked for as `latest`: the card says which date it holds for. */
  latest: boolean;
  asOf: IsoDate;
  /** With `latest`: the next session announced after `asOf`. */
  next?: SessionRecord;
}

/** Anything a Lit text binding renders: plain text, or text wrapped to mark its language. */

/** Looks like a date (digits and separators) but may not be a valid `YYYY-MM-DD` one. */
const DATE_LIKE = /^(?=.*\d)[\d\s./-]+$/;

/**
 * A card about one session of the CSTO Collective Security Council: kind, date, place or
 * videoconference, occasion, chair, attendees with their titles, absent members, the documents
 * adopted, the chairmanship handover, the project's summary of the session and its sources.
 * A planned session is shown as planned, never as held.
 *
 * @summary One Council session (summit), with who attended, what was adopted and its sources.
 *
 * @tagname cst-summit-card
 *
 * @attr lang - Language of the card: `en` or `ru`. Else the closest ancestor's `lang`, else the
 * provider's, else English.
 *
 * @slot - Fallback content shown before upgrade, without JavaScript, and when the element cannot
 * render.
 *
 * @csspart card - The card around everything.
 * @csspart header - Title, planned badge and the as-of caption.
 * @csspart title - The session's kind and name.
 * @csspart status - The "Planned" badge of a session that has not been held.
 * @csspart caption - With `summit="latest"`: the date the card holds for.
 * @csspart facts - Date, place or format, occasion, chair and absent members (a description list).
 * @csspart handover - The sentence on the chairmanship handover.
 * @csspart counts - In the compact variant: the number of attendees and documents.
 * @csspart attendees - The attendees block (label and list).
 * @csspart documents - The documents-adopted block (count, label and list).
 * @csspart notes - The summary block, in the project's own words.
 * @csspart sources - The sources block.
 * @csspart label - The visible label of each block.
 * @csspart unverified - The "Unverified" mark on a figure the sources do not confirm.
 * @csspart next - With `summit="latest"`: the next planned session.
 * @csspart fallback - Wrapper of the fallback content or notice.
 *
 * @cssprop --cst-color-text - Inline colour (default: the page's).
 * @cssprop --cst-color-surface - Background (default: transparent).
 * @cssprop --cst-color-muted - Secondary text: labels, titles, sources.
 * @cssprop --cst-color-border - Borders of the card and badges.
 * @cssprop --cst-color-accent - Links and the planned badge.
 * @cssprop --cst-radius - Corner radius of the card and badges.
 * @cssprop --cst-space - Base spacing.
 * @cssprop --cst-font-family - Font (default: the page's).
 * @cssprop --cst-font-size - Font size (default: the page's).
 * @cssprop --cst-line-height - Line height (default: 1.5).
 * @cssprop --cst-focus-color - Focus outline of links.
 * @cssprop --cst-summit-card-min-block-size - Height the full card reserves (default: 14rem).
 * @cssprop --cst-summit-card-compact-min-block-size - Height the compact card reserves
 * (default: 7rem).
 *
 * @event cst-error - The `summit` or `variant` value cannot be used, or rendering failed
 * (`detail.code`: `missing-attribute`, `invalid-value`, `invalid-date`, `not-found`,
 * `render-failed`). The fallback content or a neutral notice is shown.
 */
export class CstSummitCard extends CstElement<SummitBundle, SummitView> {
  static override styles = [baseStyles, styles];

  /** Session id (`csc-2022-05-16`), date (`2022-05-16`) or `latest` (last held by the as-of date). */
  @property() accessor summit: string | null = null;

  /** `full` (default): all that is known; `compact`: date, place, kind, chair, handover, counts. */
  @property() accessor variant: 'full' | 'compact' = 'full';

  protected readonly bundle: SummitBundle = summitCardData;

  protected resolve(env: Env<SummitBundle>): Resolution<SummitView> {
    const variant = (this.variant ?? 'full').trim().toLowerCase();
    if (!(VARIANTS as readonly string[]).includes(variant)) {
      return { problem: this.invalid('variant', this.variant, VARIANTS) };
    }
    const all = env.data.sessions;
    const ids = [...all].sort(byDateDesc).map((s) => s.id);
    const choices = ['latest', ...ids];
    const ref = this.summit?.trim() ?? null;
    if (ref === null || ref === '')
      return { problem: this.invalid('summit', this.summit, choices) };

    const latest = ref.toLowerCase() === 'latest';
    let session: SessionRecord | undefined;
    if (latest) {
      session = findSession(all, 'latest', env.asOf);
      if (!session) return { problem: this.noneHeld(env.asOf, all) };
    } else if (DATE_LIKE.test(ref)) {
      if (!isIsoDate(ref)) return { problem: this.invalidDate('summit', this.summit!) };
      session = findSession(all, ref, env.asOf);
      if (!session) return { problem: this.noSessionOn(ref, all) };
    } else {
      session = all.find((s) => s.id === ref);
      if (!session) {
        return {
          problem: this.invalid('summit', this.summit, choices, 'nothing is shown', 'not-found'),
        };
      }
    }
    return {
      view: {
        session,
        variant: variant as SummitVariant,
        latest,
        asOf: env.asOf,
        ...(latest && { next: nextAfter(all, env.asOf) }),
      },
    };
  }

  /** `latest` when no session was held on or before the as-of date. */
  private noneHeld(asOf: IsoDate, all: readonly SessionRecord[]): Problem {
    const earliest = all
      .filter((s) => s.status === 'held')
      .sort(byDateDesc)
      .at(-1);
    const hint = earliest
      ? ` The earliest held session is "${earliest.id}" (${earliest.date}).`
      : ' The data holds no held session.';
    return {
      code: 'not-found',
      message: `<${this.localName}> summit="latest" finds no session held on or before ${asOf}, the as-of date.${hint} Until it is fixed nothing is shown.`,
    };
  }

  /** A well-formed date on which no session met: names the nearest sessions before and after. */
  private noSessionOn(date: IsoDate, all: readonly SessionRecord[]): Problem {
    const dates = all.map((s) => s.date).sort();
    const before = dates.filter((d) => d < date).at(-1);
    const after = dates.find((d) => d > date);
    const nearest = [before, after]
      .filter((d): d is IsoDate => d !== undefined)
      .sort((a, b) => daysBetween(a, date) - daysBetween(b, date));
    const around = nearest.length
      ? ` The nearest sessions met on ${[...nearest].sort().join(' and ')}.`
      : '';
    const hint = nearest[0] ? ` Did you mean "${nearest[0]}"?` : '';
    const newest = [...dates].reverse();
    const listed =
      newest.length > 12
        ? `${newest.slice(0, 12).join(', ')} … (${newest.length} in all)`
        : newest.join(', ') || 'none';
    return {
      code: 'not-found',
      message: `<${this.localName}> summit="${clip(date)}" names no session.${around}${hint} Valid values: latest, a session id, or one of these session dates: ${listed}. Until it is fixed nothing is shown.`,
    };
  }

  protected renderView(view: SummitView, env: Env<SummitBundle>): TemplateResult {
    const { session, variant } = view;
    const t = strings[env.lang];
    const planned = session.status === 'planned';
    const compact = variant === 'compact';
    return html`<article part="card" class="card ${variant}" aria-labelledby="title">
      <div part="header" class="header">
        <p part="title" id="title" class="title">${t.title[session.kind] ?? t.title.regular}</p>
        ${planned ? html`<p part="status" class="badge planned">${t.planned}</p>` : nothing}
        ${
          view.latest
            ? html`<p part="caption" class="caption">
                ${fill(t.latest, { date: time(view.asOf, env.lang) })}
              </p>`
            : nothing
        }
      </div>
      ${this.renderFacts(session, env, t, compact)}
      ${planned ? nothing : this.renderHandover(session, view.asOf, env, t)}
      ${compact ? (planned ? nothing : this.renderCounts(session, env, t)) : this.renderDetails(view, env, t)}
    </article>`;
  }

  /** The full variant's blocks. Nothing of a planned session is presented as having happened. */
  private renderDetails(view: SummitView, env: Env<SummitBundle>, t: SummitStrings) {
    const { session } = view;
    const held = session.status === 'held';
    return html`${held ? this.renderAttendees(session, env, t) : nothing}
    ${held ? this.renderDocuments(session, env, t) : nothing} ${this.renderNotes(session, env)}
    ${this.renderSources(session, env)} ${view.next ? this.renderNext(view.next, env, t) : nothing}`;
  }

  private renderFacts(
    session: SessionRecord,
    env: Env<SummitBundle>,
    t: SummitStrings,
    compact: boolean,
  ) {
    const { lang } = env;
    const planned = session.status === 'planned';
    const row = (label: string, value: unknown, cls = '') =>
      html`<div class="fact ${cls}">
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`;
    return html`<dl part="facts" class="facts">
      ${row(planned ? t.scheduledFor : t.date, time(session.date, lang), 'date')}
      ${this.renderPlace(session, env, t, row)}
      ${session.occasion && !compact ? row(t.occasion, localized(session.occasion, lang), 'occasion') : nothing}
      ${this.renderChair(session, env, t, row)}
      ${
        session.absent.length && !planned
          ? row(
              t.absent,
              joined(
                session.absent.map((id) => this.stateName(id, env)),
                lang,
              ),
              'absent',
            )
          : nothing
      }
    </dl>`;
  }

  private renderPlace(
    session: SessionRecord,
    env: Env<SummitBundle>,
    t: SummitStrings,
    row: (label: string, value: unknown, cls?: string) => TemplateResult,
  ) {
    const { place } = session;
    if (place && session.format !== 'videoconference' && session.format !== 'consultations') {
      const city = localized(place.city, env.lang);
      const state = this.stateName(place.state, env);
      const value = place.venue
        ? fill(t.placeVenue, { venue: localized(place.venue, env.lang), city, state })
        : fill(t.placeCity, { city, state });
      return row(t.place, value, 'place');
    }
    if (session.format === 'videoconference') return row(t.format, t.videoconference, 'format');
    if (session.format === 'consultations') return row(t.format, t.consultations, 'format');
    return nothing;
  }

  private renderChair(
    session: SessionRecord,
    env: Env<SummitBundle>,
    t: SummitStrings,
    row: (label: string, value: unknown, cls?: string) => TemplateResult,
  ) {
    const chair = session.chair;
    // A chair the sources do not confirm is not presented as fact.
    if (!chair || chair.verified === false) return nothing;
    const state = chair.state ? this.stateName(chair.state, env) : undefined;
    const person = chair.person ? this.personName(chair.person, env) : undefined;
    if (person && state) return row(t.chair, fill(t.chairPerson, { person, state }), 'chair');
    const only = person ?? state;
    return only ? row(t.chair, only, 'chair') : nothing;
  }

  private renderHandover(
    session: SessionRecord,
    asOf: IsoDate,
    env: Env<SummitBundle>,
    t: SummitStrings,
  ) {
    const handover = session.handover;
    if (!handover) return nothing;
    const to = this.stateName(handover.to, env);
    const from = handover.from ? this.stateName(handover.from, env) : undefined;
    const date = handover.date;
    let template: string;
    if (!date || date === session.date) template = from ? t.handoverPassed : t.handoverTo;
    else if (date > asOf) template = from ? t.handoverDue : t.handoverToDue;
    else template = from ? t.handoverPassedOn : t.handoverToOn;
    return html`<p part="handover" class="handover">
      ${fill(template, { from, to, date: date ? time(date, env.lang) : '' })}
    </p>`;
  }

  private renderCounts(session: SessionRecord, env: Env<SummitBundle>, t: SummitStrings) {
    const { lang } = env;
    const people = session.attendees.length;
    const documents = session.documents.count ?? session.documents.items.length;
    if (!people && !documents) return nothing;
    const attendees = people ? plural(people, lang, t.attendeeCount) : undefined;
    const adopted = documents
      ? html`${plural(documents, lang, t.documentCount)}${
          session.documents.countVerified === false ? html` ${this.unverified(env)}` : nothing
        }`
      : undefined;
    return html`<p part="counts" class="counts">
      ${
        attendees && adopted
          ? fill(t.counts, { attendees, documents: adopted })
          : (attendees ?? adopted)
      }
    </p>`;
  }

  private renderAttendees(session: SessionRecord, env: Env<SummitBundle>, t: SummitStrings) {
    if (!session.attendees.length) return nothing;
    return html`<div part="attendees" class="block attendees">
      <p part="label" class="label" id="attendees-label">${t.attendees}</p>
      <ul role="list" aria-labelledby="attendees-label">
        ${session.attendees.map(
          (a) =>
            html`<li class=${a.role}>
              ${fill(t.attendee, {
                name: html`<span class="name">${this.personName(a.person, env)}</span>`,
                title: html`<span class="role">${localized(a.title, env.lang)}</span>`,
              })}
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderDocuments(session: SessionRecord, env: Env<SummitBundle>, t: SummitStrings) {
    const { count, countVerified, items } = session.documents;
    if (count === undefined && !items.length) return nothing;
    const label =
      count === undefined
        ? t.documents
        : html`${plural(count, env.lang, t.documentsAdopted)}${
            countVerified === false ? html` ${this.unverified(env)}` : nothing
          }`;
    return html`<div part="documents" class="block documents">
      <p part="label" class="label" id="documents-label">${label}</p>
      ${
        items.length
          ? html`<ul role="list" aria-labelledby="documents-label">
              ${items.map((item) => html`<li>${localized(item.title, env.lang)}</li>`)}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderNotes(session: SessionRecord, env: Env<SummitBundle>) {
    if (!session.notes.length) return nothing;
    // The notes are the project's own summaries, so they are labelled as such.
    return html`<div part="notes" class="block notes">
      <p part="label" class="label" id="notes-label">${common[env.lang].summary}</p>
      <ul role="list" aria-labelledby="notes-label">
        ${session.notes.map((note) => html`<li>${localized(note, env.lang)}</li>`)}
      </ul>
    </div>`;
  }

  private renderSources(session: SessionRecord, env: Env<SummitBundle>) {
    if (!session.sources.length) return nothing;
    const { lang } = env;
    return html`<div part="sources" class="block sources">
      <p part="label" class="label" id="sources-label">
        ${session.sources.length === 1 ? common[env.lang].source : common[env.lang].sources}
      </p>
      <ul role="list" aria-labelledby="sources-label">
        ${session.sources.map((id) => {
          const source = byId(env.data.sources, id);
          if (!source) return html`<li>${id}</li>`;
          const other = source.lang !== lang ? source.lang : undefined;
          const title = sourceRef(source, lang);
          return html`<li>
            ${title}${
              source.publisher && source.publisher !== source.title
                ? html`,
                    <span class="publisher" lang=${other ?? nothing}>${source.publisher}</span>`
                : nothing
            }${source.date ? html`, ${time(source.date, lang)}` : nothing}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private renderNext(next: SessionRecord, env: Env<SummitBundle>, t: SummitStrings) {
    return html`<p part="next" class="next">
      ${fill(t.next, { date: time(next.date, env.lang) })}
    </p>`;
  }

  private unverified(env: Env<SummitBundle>) {
    return html`<span part="unverified" class="badge unverified"
      >${common[env.lang].unverified}</span
    >`;
  }

  private stateName(id: string, env: Env<SummitBundle>): Inline {
    const state = byId(env.data.states, id);
    return state ? localized(state.name, env.lang) : id;
  }

  private personName(id: string, env: Env<SummitBundle>): Inline {
    const person = byId(env.data.people, id);
    return person ? localized(person.name, env.lang) : id;
  }
}

/**
 * The planned session announced after `asOf`, when it is the very next session: with an earlier
 * as-of date, sessions held in between come first, and the later announcement is not shown.
 */
function nextAfter(all: readonly SessionRecord[], asOf: IsoDate): SessionRecord | undefined {
  const next = nextPlannedSession(all, asOf);
  return next && !all.some((s) => s.status === 'held' && s.date > asOf && s.date < next.date)
    ? next
    : undefined;
}

function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.abs(utcDate(a).getTime() - utcDate(b).getTime()) / 86_400_000;
}

declare global {
  interface HTMLElementTagNameMap {
    'cst-summit-card': CstSummitCard;
  }
}
