import { nothing, type TemplateResult } from 'lit';
import { html } from '../../internal/template.js';
import type { TemplateOptions } from '../../internal/base.js';
import { notes, refs } from '../../internal/citations.js';
import { plural } from '../../internal/format.js';
import { fill, localized, SEPARATOR, time } from '../../internal/markup.js';
import { flagOf } from './flags.js';
import { strings, type MemberListStrings } from './member-list.strings.js';
import { listKind, type MemberListView, type Row } from './member-list.view.js';

/**
 * The states under a title and a line that says how many there are and on which date, as a list,
 * a grid or a table, with the line of notes at the foot. A dated status carries a marker to its
 * source.
 */
export function memberListTemplate(view: MemberListView, options: TemplateOptions): TemplateResult {
  const t = strings[view.lang];
  const list = listKind(view);
  const date = time(view.date, view.lang);
  const dated = view.latest ? fill(t.latest, { date }) : date;
  const title = html`<span part="title" class="title" id="title">${t.title[list]}</span>`;
  const foot = notes(view.sources, view.lang, { ...options, numbered: true });
  if (view.rows.length === 0) {
    return html`<div class="wrap frame">
      <p>${title}</p>
      <p part="empty caption" class="lede" role="note">
        ${fill(t.empty[view.status], { date: dated })}
      </p>
      ${foot}
    </div>`;
  }
  const lede = html`${fill(plural(view.rows.length, view.lang, t.count[list]), { date: dated })}${
    view.founded
      ? html` <span class="founding"
          >${fill(t.founding, { date: time(view.founded, view.lang) })}</span
        >`
      : nothing
  }${
    view.signatories
      ? html` <span class="founding"
          >${fill(t.inForce, { date: time(view.signatories, view.lang) })}</span
        >`
      : nothing
  }`;
  const body =
    view.layout === 'table'
      ? table(view, t, title, lede, options)
      : items(view, t, title, lede, options);
  return html`<div class="wrap frame">${body}${foot}</div>`;
}

function items(
  view: MemberListView,
  t: MemberListStrings,
  title: unknown,
  lede: unknown,
  options: TemplateOptions,
) {
  const f = view.fields;
  return html`<div class="head">
      <p>${title}</p>
      <p part="caption" class="lede" id="lede">${lede}</p>
    </div>
    <ul
      part="list"
      class="list ${view.layout}"
      role="list"
      aria-labelledby="title"
      aria-describedby="lede"
    >
      ${view.rows.map(
        (row) =>
          html`<li part="item" class="item" data-state=${row.id}>
            <span class="line"
              >${name(row, view)}
              ${f.has('status') ? status(row, view, t, false, options) : nothing}</span
            >
            ${details(row, view, t)} ${remarks(row, view)}
          </li>`,
      )}
    </ul>`;
}

function table(
  view: MemberListView,
  t: MemberListStrings,
  title: unknown,
  lede: unknown,
  options: TemplateOptions,
) {
  const f = view.fields;
  const columns = (['joined', 'status', 'capital'] as const).filter((c) => f.has(c));
  return html`<div class="scroll">
    <table part="table" class="table">
      <caption>
        ${title}
        <span part="caption" class="lede">${lede}</span>
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
              <th scope="row">${name(row, view)}</th>
              ${columns.map((c) =>
                c === 'joined'
                  ? html`<td part="joined" class="joined" data-label=${t.narrowJoined}>
                      ${row.joined ? time(row.joined, view.lang, 'short') : nothing}${
                        row.left
                          ? html`; ${fill(t.left, { date: time(row.left, view.lang, 'short') })}`
                          : nothing
                      }
                    </td>`
                  : c === 'status'
                    ? html`<td class="status-cell">
                        ${status(row, view, t, true, options)} ${remarks(row, view)}
                      </td>`
                    : html`<td part="capital" class="capital">${row.capital}</td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function name(row: Row, view: MemberListView): TemplateResult {
  return html`<span part="name" class="name"
    >${view.fields.has('flag') ? flagOf(row.iso2) : nothing}${row.name}</span
  >`;
}

/**
 * A status in the one badge style, with its date beside it and a marker to its source; a plain
 * member or party needs none in a list (the title says what they are), and is named in the
 * table.
 */
function status(
  row: Row,
  view: MemberListView,
  t: MemberListStrings,
  table: boolean,
  options: TemplateOptions,
) {
  const plain = row.status === 'member' || row.status === 'party' || row.status === 'signatory';
  if (plain && !table) return nothing;
  const badge = row.status === 'restored' ? 'member' : row.status;
  const since = ['frozen', 'suspended', 'left'].includes(row.status) ? t.since : '{date}';
  return html`<span class="status"
    ><span part="badge badge-${badge}" class="label">${t.status[row.status]}</span>${
      row.since
        ? html` <span class="since muted"
            >${fill(since, { date: time(row.since, view.lang, 'short') })}${refs(
              row.refs,
              view.lang,
              options,
            )}</span
          >`
        : nothing
    }</span
  >`;
}

/** What a reader must know of a state's status, and its dated steps since it joined. */
function remarks(row: Row, view: MemberListView) {
  const { lang } = view;
  return html`${row.caveats.map(
    (caveat) => html`<span class="caveat muted">${localized(caveat, lang)}</span>`,
  )}${
    row.steps.length
      ? html`<ul part="steps" class="steps muted" role="list">
          ${row.steps.map(
            (step) =>
              html`<li>${time(step.date, lang, 'short')}: ${localized(step.title, lang)}</li>`,
          )}
        </ul>`
      : nothing
  }`;
}

function details(row: Row, view: MemberListView, t: MemberListStrings) {
  const joined = row.joined && row.joinedBy;
  const parts = [
    view.fields.has('joined') && joined
      ? html`<span part="joined"
          >${fill(t.joined[row.joinedBy!], { date: time(row.joined!, view.lang, 'short') })}${
            row.left
              ? html`; ${fill(t.left, { date: time(row.left, view.lang, 'short') })}`
              : nothing
          }</span
        >`
      : undefined,
    view.fields.has('capital') && row.capital
      ? html`<span part="capital">${fill(t.capital, { capital: row.capital })}</span>`
      : undefined,
  ].filter((p) => p !== undefined);
  if (!parts.length) return nothing;
  return html`<span class="details muted"
    >${parts.flatMap((p, i) => (i ? [SEPARATOR, p] : [p]))}</span
  >`;
}
