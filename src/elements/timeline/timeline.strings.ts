import type { MembershipEvent, SessionRecord } from '../../data/types.js';
import type { Forms } from '../../internal/format.js';
import { translated } from '../../internal/i18n.js';
import type { Agreeing } from '../../internal/names.js';
import { translations } from '../../locales/tables/timeline.js';

/** UI strings of `<cst-timeline>`. `{name}` placeholders are filled by the element. */
export interface TimelineStrings {
  title: string;
  titleState: string;
  /** The count of events, in the lede. */
  events: Forms;
  /** The lede: the count and the years it spans. */
  span: string;
  asOf: string;
  /** The date asked for is later than the data's. */
  latestData: string;
  /** No event matches the attributes. */
  none: string;
  showAll: Forms;
  /** The control at the end of a timeline shown in full, that collapses it again. */
  showFewer: string;
  /** Where a collapsed timeline leaves events out: their count … */
  moreEvents: Forms;
  /** … in one year. */
  spanYear: string;
  /** A state's step, by the number of states that took it on the day (`{states}`). */
  membership: Record<Exclude<MembershipEvent['type'], 'note'>, Forms>;
  session: Record<SessionRecord['kind'], string>;
  sessionIn: string;
  sessionVideo: string;
  sessionConsultations: string;
  planned: string;
  announced: string;
  passed: string;
  /** Members absent from a session: agrees with one state or several, before `{states}`. */
  absent: Agreeing;
  /**
   * A document (or amendment) signed, by kind: treaties and protocols are signed, the Council's
   * declarations and statements adopted.
   */
  signed: string;
  inForce: string;
  signedIn: string;
  adoptedIn: string;
  /** The headline of a declaration or statement the Council adopted, by kind. */
  councilDocument: Record<'declaration' | 'statement', string>;
  /** Who signed a document: agrees with one state or several, before `{states}`. */
  signatories: Agreeing;
  /** The states an event concerns, by their number. */
  involved: Forms;
  /** The state that chaired an event. */
  chair: string;
}

const en: TimelineStrings = {
  title: 'CSTO timeline',
  titleState: '{state} and the CSTO: timeline',
  events: { one: '{n} event', other: '{n} events' },
  span: '{events}, {from}–{to}',
  asOf: 'as of {date}',
  latestData: '{date}, the latest date in this data',
  none: 'No event in this data matches these settings.',
  showAll: { one: 'Show all {n} events', other: 'Show all {n} events' },
  showFewer: 'Show fewer events',
  moreEvents: { one: '{n} more event', other: '{n} more events' },
  spanYear: '{events} in {year}',
  membership: {
    signed: {
      one: '{states} signs the Collective Security Treaty',
      other: '{states} sign the Collective Security Treaty',
    },
    acceded: { one: '{states} accedes to the Treaty', other: '{states} accede to the Treaty' },
    'extension-signed': {
      one: '{states} signs the protocol extending the Treaty',
      other: '{states} sign the protocol extending the Treaty',
    },
    left: {
      one: '{states} ceases to be a party to the Treaty',
      other: '{states} cease to be parties to the Treaty',
    },
    'founding-member': {
      one: '{states} becomes a founding member of the Organization',
      other: '{states} become founding members of the Organization',
    },
    restored: { other: '{states}: membership of the Organization restored' },
    suspended: { other: '{states}: membership of the Organization suspended' },
    frozen: {
      one: '{states} freezes its participation in the Organization',
      other: '{states} freeze their participation in the Organization',
    },
  },
  session: {
    regular: 'Council session',
    extraordinary: 'Extraordinary Council session',
    jubilee: 'Anniversary Council session',
  },
  sessionIn: '{session} in {city}',
  sessionVideo: '{session} by videoconference',
  sessionConsultations: '{session}: consultations',
  planned: 'Planned',
  announced: 'Announced for {date} (as of {asOf})',
  passed: 'Scheduled for {date}; this data holds no later record',
  absent: 'Did not take part: {states}',
  signed: '{title} signed',
  inForce: '{title} enters into force',
  signedIn: 'Signed in {place}.',
  adoptedIn: 'Adopted in {place}.',
  councilDocument: {
    declaration: 'Council declaration adopted',
    statement: 'Council statement adopted',
  },
  signatories: 'Signed by {states}',
  involved: { one: 'State involved: {states}', other: 'States involved: {states}' },
  chair: 'Chair: {state}',
};

export const strings = translated(en, translations);
