import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { memberListData } from '../../data/slim/member-list.js';
import { byId, localize } from '../../data/queries/records.js';
import {
  formerOn,
  joinedOn,
  membersOn,
  statusOn,
  type MembershipStatus,
} from '../../data/queries/states.js';
import type { CitedSource, ListedState } from '../../data/slim/types.js';
import type { IsoDate, Lang, MembershipEvent } from '../../data/types.js';
import baseStyles from '../../internal/base.styles.js';
import { CstElement, isProblem, type Env, type Resolution } from '../../internal/base.js';
import { common } from '../../internal/strings.js';
import { formatDate } from '../../internal/format.js';
import { sourceRef } from '../../internal/inline.js';
import { plural } from '../../internal/lists.js';
import { fill, webUrl } from '../../internal/templates.js';
import styles from './member-list.styles.js';
import { strings, type MemberListStrings } from './member-list.strings.js';

const STATUSES = ['current', 'former', 'all'] as const;
const LAYOUTS = ['list', 'grid', 'table'] as const;
const FIELDS = ['flag', 'joined', 'status', 'capital'] as const;
const SORTS = ['name', 'joined'] as const;
/** Sources listed at the bottom before the rest are counted. */
const SHOWN_SOURCES = 4;

export type MemberListStatus = (typeof STATUSES)[number];
export type MemberListLayout = (typeof LAYOUTS)[number];
export type MemberListField = (typeof FIELDS)[number];
export type MemberListSort = (typeof SORTS)[number];

type MemberListBundle = typeof memberListData;

interface Row {
  id: string;
  name: string;
  flag: string;
  capital: string;
  joined?: IsoDate;
  status: MembershipStatus;
  /** The event the status follows from. */
  event?: Omit<MembershipEvent, 'note'>;
}

/** Renders a date as `<time datetime>` in the UI language. */
type TimeOf = (date: IsoDate, style?: 'long' | 'month') => TemplateResult;

interface MemberListView {
  status: MemberListStatus;
  date: IsoDate;
  layout: MemberListLayout;
  fields: ReadonlySet<MemberListField>;
  rows: Row[];
  sources: CitedSource[];
  moreSources: number;
  version: string;
}

/**
 * The member states of the CSTO on a date, or its former members, or every state that has been a
 * party, with flag, joining date, status and capital. Status is derived from the dataset's verified
 * membership events on that date (the dataset's `asOf` unless `as-of` or a provider says otherwise),
 * and the caption names the date the list holds for.
 *
 * @summary CSTO member states on a date, as a list, cards or a table.
 * @tagname cst-member-list
 *
 * @attr lang - Language of the UI and names: `en` or `ru`. Defaults to the closest ancestor's
 * `lang`, then the provider's, then `en`.
 *
 * @slot - Fallback content shown before upgrade, without JavaScript, and when the element cannot render
 *
 * @csspart caption - The caption naming the count and the date (a `<caption>` in the table layout).
 * @csspart list - The `<ul>` of the list and grid layouts.
 * @csspart table - The `<table>` of the table layout.
 * @csspart item - One state: a list item, a card or a table row.
 * @csspart name - The state's name (with its flag).
 * @csspart flag - The flag emoji (decorative, hidden from assistive technology).
 * @csspart joined - The joining date.
 * @csspart badge - The status badge (each badge also has one of the four parts below).
 * @csspart badge-member - Badge of a member state.
 * @csspart badge-frozen - Badge of a member that froze its participation.
 * @csspart badge-suspended - Badge of a state whose membership is suspended.
 * @csspart badge-left - Badge of a state that left.
 * @csspart capital - The capital.
 * @csspart empty - The notice shown when no state matches on the date.
 * @csspart sources - The sources line at the bottom.
 * @csspart fallback - Wrapper of the fallback content or notice.
 *
 * @cssprop --cst-color-text - Text colour (default: inherited).
 * @cssprop --cst-color-surface - Background (default: transparent).
 * @cssprop --cst-color-muted - Secondary text colour.
 * @cssprop --cst-color-border - Border and rule colour.
 * @cssprop --cst-color-accent - Links and badge accents.
 * @cssprop --cst-radius - Corner radius of cards and badges.
 * @cssprop --cst-space - Base spacing unit.
 * @cssprop --cst-font-family - Font family (default: inherited).
 * @cssprop --cst-font-size - Font size (default: inherited).
 * @cssprop --cst-line-height - Line height (default: 1.5).
 * @cssprop --cst-focus-color - Focus outline colour.
 * @cssprop --cst-member-list-card-min-width - Narrowest card in the grid layout (default: 13rem).
 * @cssprop --cst-member-list-min-block-size - Height reserved before the list renders (default: 8rem).
 *
 * @event cst-error - An attribute is invalid (`detail.code`: `invalid-value` or `invalid-date`) or
 * rendering failed (`render-failed`); the fallback content or a neutral notice is shown.
 */
export class CstMemberList extends CstElement<MemberListBundle, MemberListView> {
  static override styles = [baseStyles, styles];

  /** Which states: `current` members (default), `former` members, or `all` that have been parties. */
  @property() accessor status: 'current' | 'former' | 'all' = 'current';

  /** Date (`YYYY-MM-DD`) the list holds for; defaults to the provider's `as-of`, else the dataset's. */
  @property({ attribute: 'as-of' }) accessor asOf: string | null = null;

  /** `list` (default), `grid` (cards) or `table`. */
  @property() accessor layout: 'list' | 'grid' | 'table' = 'list';

  /** Space-separated details to show besides the name: any of `flag joined status capital` (default all). */
  @property() accessor fields: string | null = null;

  /** Order: by localized `name` (default) or by `joined` date. */
  @property() accessor sort: 'name' | 'joined' = 'name';

  protected readonly bundle: MemberListBundle = memberListData;

  protected resolve(env: Env<MemberListBundle>): Resolution<MemberListView> {
    const status = this.choice('status', this.status, STATUSES, 'current');
    if (isProblem(status)) return { problem: status };
    const layout = this.choice('layout', this.layout, LAYOUTS, 'list');
    if (isProblem(layout)) return { problem: layout };
    const sort = this.choice('sort', this.sort, SORTS, 'name');
    if (isProblem(sort)) return { problem: sort };
    const fields = this.parseFields();
    if (isProblem(fields)) return { problem: fields };
    const date = this.dateAttribute('as-of', this.asOf) ?? env.asOf;
    if (isProblem(date)) return { problem: date };

    const all = env.data.states;
    const chosen =
      status === 'current'
        ? membersOn(all, date)
        : status === 'former'
          ? formerOn(all, date)
          : all.filter((s) => statusOn(s, date).status !== 'none');
    const rows = chosen.map((s) => toRow(s, date, env.lang));
    const collator = new Intl.Collator(env.lang);
    const byName = (a: Row, b: Row) => collator.compare(a.name, b.name);
    rows.sort(
      sort === 'joined' ? (a, b) => compareDates(a.joined, b.joined) || byName(a, b) : byName,
    );
    const cited = citedSources(chosen, date, env.data.sources);
    return {
      view: {
        status,
        date,
        layout,
        fields,
        rows,
        sources: cited.slice(0, SHOWN_SOURCES),
        moreSources: Math.max(0, cited.length - SHOWN_SOURCES),
        version: env.data.meta.version,
      },
    };
  }

  protected renderView(view: MemberListView, env: Env<MemberListBundle>): TemplateResult {
    const t = strings[env.lang];
    const time: TimeOf = (date, style = 'long') =>
      html`<time datetime=${date}>${formatDate(date, env.lang, style)}</time>`;
    const dated = time(view.date);
    if (view.rows.length === 0) {
      return html`<div class="wrap">
        <p part="empty caption" class="empty" role="note">
          ${fill(t.empty[view.status], { date: dated })}
        </p>
        ${this.renderSources(view, env, t)}
      </div>`;
    }
    const caption = fill(plural(view.rows.length, env.lang, t.caption[view.status]), {
      date: dated,
    });
    const body =
      view.layout === 'table'
        ? this.renderTable(view, t, caption, time)
        : this.renderList(view, t, caption, time);
    return html`<div class="wrap">${body} ${this.renderSources(view, env, t)}</div>`;
  }

  private renderList(
    view: MemberListView,
    t: MemberListStrings,
    caption: unknown[],
    time: TimeOf,
  ): TemplateResult {
    const f = view.fields;
    return html`<p part="caption" class="caption" id="caption">${caption}</p>
      <ul part="list" class="list layout-${view.layout}" role="list" aria-labelledby="caption">
        ${view.rows.map(
          (row) =>
            html`<li part="item" class="item" data-state=${row.id}>
              ${this.renderName(row, f)}
              ${
                f.has('joined') || f.has('capital')
                  ? html`<span class="details">
                      ${
                        f.has('joined') && row.joined
                          ? html`<span part="joined" class="joined"
                              >${fill(t.joined, { date: time(row.joined) })}</span
                            >`
                          : nothing
                      }
                      ${
                        f.has('capital') && row.capital
                          ? html`<span part="capital" class="capital"
                              >${fill(t.capital, { capital: row.capital })}</span
                            >`
                          : nothing
                      }
                    </span>`
                  : nothing
              }
              ${f.has('status') ? this.renderBadge(row, f, t, time) : nothing}
            </li>`,
        )}
      </ul>`;
  }

  private renderTable(
    view: MemberListView,
    t: MemberListStrings,
    caption: unknown[],
    time: TimeOf,
  ): TemplateResult {
    const f = view.fields;
    const columns = (['joined', 'status', 'capital'] as const).filter((c) => f.has(c));
    return html`<div class="scroll">
      <table part="table" class="table">
        <caption part="caption" class="caption">
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.columns.name}</th>
            ${columns.map((c) => html`<th scope="col">${t.columns[c]}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${view.rows.map(
            (row) =>
              html`<tr part="item" class="item" data-state=${row.id}>
                <th scope="row">${this.renderName(row, f)}</th>
                ${columns.map((c) =>
                  c === 'joined'
                    ? html`<td part="joined" class="joined">
                        ${row.joined ? time(row.joined) : nothing}
                      </td>`
                    : c === 'status'
                      ? html`<td>${this.renderBadge(row, f, t, time)}</td>`
                      : html`<td part="capital" class="capital">${row.capital}</td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderName(row: Row, fields: ReadonlySet<MemberListField>): TemplateResult {
    return html`<span part="name" class="name"
      >${
        fields.has('flag') && row.flag
          ? html`<span part="flag" class="flag" aria-hidden="true">${row.flag}</span> `
          : nothing
      }${row.name}</span
    >`;
  }

  private renderBadge(
    row: Row,
    fields: ReadonlySet<MemberListField>,
    t: MemberListStrings,
    time: TimeOf,
  ): TemplateResult {
    const { status, event } = row;
    // A plain member's date is its joining date: said once, in the joined field when it is shown.
    const kind =
      status === 'member' || status === 'none'
        ? event?.type === 'restored'
          ? 'restored'
          : fields.has('joined') || !event
            ? 'member'
            : 'memberSince'
        : status;
    const tone = status === 'none' ? 'member' : status;
    return html`<span part="badge badge-${tone}" class="badge ${tone}"
      >${event ? fill(t.badge[kind], { date: time(event.date, t.sinceStyle) }) : t.badge[kind]}</span
    >`;
  }

  private renderSources(
    view: MemberListView,
    env: Env<MemberListBundle>,
    t: MemberListStrings,
  ): TemplateResult {
    const version = fill(t.version, { version: view.version });
    return html`<div part="sources" class="sources">
      ${
        view.sources.length
          ? html`<span class="label" id="sources">${common[env.lang].sources}</span>
              <ul role="list" aria-labelledby="sources">
                ${view.sources.map((s) => html`<li>${sourceRef(s, env.lang)}</li>`)}
                ${
                  view.moreSources
                    ? html`<li>${plural(view.moreSources, env.lang, t.more)}</li>`
                    : nothing
                }
              </ul>`
          : nothing
      }
      <span class="version">${version}</span>
    </div>`;
  }

  /** Reads an enum attribute; absent means the default. */
  private choice<T extends string>(
    attribute: string,
    value: string | null | undefined,
    choices: readonly T[],
    fallback: T,
  ): T | ReturnType<CstMemberList['invalid']> {
    if (value === null || value === undefined) return fallback;
    const wanted = value.trim();
    return (choices as readonly string[]).includes(wanted)
      ? (wanted as T)
      : this.invalid(attribute, value, choices);
  }

  /** Reads `fields`: space-separated names, each one of FIELDS; absent means all of them. */
  private parseFields(): ReadonlySet<MemberListField> | ReturnType<CstMemberList['invalid']> {
    if (this.fields === null || this.fields === undefined) return new Set(FIELDS);
    const tokens = this.fields.trim().split(/\s+/).filter(Boolean);
    if (tokens.length === 0) return this.invalid('fields', this.fields, FIELDS);
    const unknown = tokens.find((token) => !(FIELDS as readonly string[]).includes(token));
    if (unknown !== undefined) return this.invalid('fields', unknown, FIELDS);
    return new Set(tokens as MemberListField[]);
  }
}

/** The row a state shows on `date`. */
function toRow(state: ListedState, date: IsoDate, lang: Lang): Row {
  const { status, event } = statusOn(state, date);
  return {
    id: state.id,
    name: localize(state.name, lang),
    flag: flagOf(state.iso2),
    capital: localize(state.capital, lang),
    joined: joinedOn(state)?.date,
    status,
    event,
  };
}

/** Orders ISO dates (which compare as strings), unknown ones last. */
function compareDates(a: IsoDate | undefined, b: IsoDate | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/** The Unicode regional-indicator pair for an ISO 3166-1 alpha-2 code (`AM` → 🇦🇲). */
function flagOf(iso2: string): string {
  if (!/^[a-z]{2}$/i.test(iso2)) return '';
  return String.fromCodePoint(...[...iso2.toUpperCase()].map((c) => 0x1f1a5 + c.charCodeAt(0)));
}

/**
 * The sources of the events the list shows (each state's joining and its status on `date`), most
 * cited first and web addresses before print, without repeats.
 */
function citedSources(
  shown: readonly ListedState[],
  date: IsoDate,
  all: readonly CitedSource[],
): CitedSource[] {
  const counts = new Map<string, number>();
  for (const state of shown) {
    const events = new Set([joinedOn(state), statusOn(state, date).event]);
    const ids = new Set([...events].flatMap((e) => e?.sources ?? []));
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => ({ source: byId(all, id), count }))
    .filter((c): c is { source: CitedSource; count: number } => c.source !== undefined)
    .sort(
      (a, b) =>
        Number(Boolean(webUrl(b.source.url))) - Number(Boolean(webUrl(a.source.url))) ||
        b.count - a.count,
    )
    .map((c) => c.source);
}

declare global {
  interface HTMLElementTagNameMap {
    'cst-member-list': CstMemberList;
  }
}
