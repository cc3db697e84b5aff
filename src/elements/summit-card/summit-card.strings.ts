import type { SessionRecord } from '../../data/types.js';
import type { Forms } from '../../internal/format.js';
import { translated } from '../../internal/i18n.js';
import type { Agreeing } from '../../internal/names.js';
import { translations } from '../../locales/tables/summit-card.js';

/**
 * UI strings of `<cst-summit-card>`. `{name}` placeholders are filled by the element. In the
 * handover sentences `{from}` takes the genitive and `{to}` the dative where the language has
 * cases («от Кыргызстана к России»).
 */
export interface SummitStrings {
  title: Record<SessionRecord['kind'], string>;
  /** The compact card's title: the kind in a few words, then where (`{session}`, `{city}`). */
  short: Record<SessionRecord['kind'], string>;
  shortIn: string;
  shortVideo: string;
  shortConsultations: string;
  planned: string;
  /** A planned session, as of the data's date. */
  announced: string;
  /** A planned session whose date the reader's clock has passed. */
  passed: string;
  placeCity: string;
  placeVenue: string;
  videoconference: string;
  consultations: string;
  occasion: string;
  /** The chair, when the person is known. */
  chair: string;
  /** The chair, when only the state is known. */
  chairState: string;
  chairPerson: string;
  /** Members whose head did not take part: agrees with one state or several. */
  absent: Agreeing;
  attendees: string;
  attendee: string;
  documents: string;
  documentsAdopted: Forms;
  attendeeCount: Forms;
  documentCount: Forms;
  /** The compact card: who chaired. */
  chairIs: string;
  /** The compact card: who did not take part (`{absent}` is the label of the full card). */
  absentShort: string;
  /** The compact card, when the data says nothing of who took part or what was adopted. */
  noDetails: string;
  /** Said after a count the sources disagree on. */
  uncertain: string;
  handoverPassed: string;
  handoverPassedOn: string;
  handoverDue: string;
  handoverWasDue: string;
  handoverTo: string;
  handoverToOn: string;
  handoverToDue: string;
  handoverToWasDue: string;
  /** The handover when the state names have no case forms to build a sentence with. */
  handoverNamed: string;
  latest: string;
  /** The compact card's note of the date `latest` holds for. */
  latestShort: string;
  /** The date asked for is later than the data's. */
  latestData: string;
  next: string;
  /** The next planned session, once the reader's clock has passed its date. */
  nextPassed: string;
}

const en: SummitStrings = {
  title: {
    regular: 'Regular session of the CSTO Collective Security Council',
    extraordinary: 'Extraordinary session of the CSTO Collective Security Council',
    jubilee: 'Anniversary session of the CSTO Collective Security Council',
  },
  short: {
    regular: 'Council session',
    extraordinary: 'Extraordinary Council session',
    jubilee: 'Anniversary Council session',
  },
  shortIn: '{session} in {city}',
  shortVideo: '{session} by videoconference',
  shortConsultations: '{session}: consultations',
  planned: 'Planned',
  announced: 'Announced for {date} (as of {asOf})',
  passed: 'Scheduled for {date}; this data holds no later record',
  placeCity: '{city}, {state}',
  placeVenue: '{venue}, {city}, {state}',
  videoconference: 'By videoconference',
  consultations: 'Consultations',
  occasion: 'Occasion',
  chair: 'Chair',
  chairState: 'Chair',
  chairPerson: '{person} ({state})',
  absent: 'Did not take part',
  attendees: 'Attendees',
  attendee: '{name}, {title}',
  documents: 'Documents adopted',
  documentsAdopted: { one: '{n} document adopted', other: '{n} documents adopted' },
  attendeeCount: { one: '{n} attendee', other: '{n} attendees' },
  documentCount: { one: '{n} document adopted', other: '{n} documents adopted' },
  chairIs: 'Chair: {chair}',
  absentShort: '{absent}: {states}',
  noDetails: 'The sources name neither the chair nor what was adopted',
  uncertain: 'sources differ',
  handoverPassed: 'Chairmanship passed from {from} to {to}',
  handoverPassedOn: 'Chairmanship passed from {from} to {to} on {date}',
  handoverDue: 'Chairmanship passes from {from} to {to} on {date}',
  handoverWasDue: 'Chairmanship was due to pass from {from} to {to} on {date}',
  handoverTo: 'Chairmanship passed to {to}',
  handoverToOn: 'Chairmanship passed to {to} on {date}',
  handoverToDue: 'Chairmanship passes to {to} on {date}',
  handoverToWasDue: 'Chairmanship was due to pass to {to} on {date}',
  handoverNamed: 'Chairmanship: {to}',
  latest: 'Latest session held as of {date}',
  latestShort: 'latest held as of {date}',
  latestData: '{date}, the latest date in this data',
  next: 'Next session planned for {date}',
  nextPassed: 'Next session scheduled for {date}; this data holds no later record',
};

export const strings = translated(en, translations);
