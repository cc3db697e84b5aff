import type { SessionRecord } from '../../data/types.js';
import type { Forms } from '../../internal/format.js';
import { translated } from '../../internal/i18n.js';

/** UI strings of `<cst-summit-card>`. `{name}` placeholders are filled by the element. */
export interface SummitStrings {
  title: Record<SessionRecord['kind'], string>;
  planned: string;
  date: string;
  scheduledFor: string;
  place: string;
  placeCity: string;
  placeVenue: string;
  format: string;
  videoconference: string;
  consultations: string;
  occasion: string;
  chair: string;
  chairPerson: string;
  absent: string;
  attendees: string;
  attendee: string;
  documents: string;
  documentsAdopted: Forms;
  attendeeCount: Forms;
  documentCount: Forms;
  counts: string;
  handoverPassed: string;
  handoverPassedOn: string;
  handoverDue: string;
  handoverTo: string;
  handoverToOn: string;
  handoverToDue: string;
  latest: string;
  next: string;
}

const en: SummitStrings = {
  title: {
    regular: 'Regular session of the CSTO Collective Security Council',
    extraordinary: 'Extraordinary session of the CSTO Collective Security Council',
    jubilee: 'Jubilee session of the CSTO Collective Security Council',
  },
  planned: 'Planned',
  date: 'Date',
  scheduledFor: 'Scheduled for',
  place: 'Place',
  placeCity: '{city}, {state}',
  placeVenue: '{venue}, {city}, {state}',
  format: 'Format',
  videoconference: 'Videoconference',
  consultations: 'Consultations',
  occasion: 'Occasion',
  chair: 'Chair',
  chairPerson: '{person} ({state})',
  absent: 'Did not take part',
  attendees: 'Attendees',
  attendee: '{name}, {title}',
  documents: 'Documents adopted',
  documentsAdopted: { one: '{n} document adopted', other: '{n} documents adopted' },
  attendeeCount: { one: '{n} attendee', other: '{n} attendees' },
  documentCount: { one: '{n} document', other: '{n} documents' },
  counts: '{attendees} · {documents}',
  handoverPassed: 'Chairmanship passed from {from} to {to}',
  handoverPassedOn: 'Chairmanship passed from {from} to {to} on {date}',
  handoverDue: 'Chairmanship passes from {from} to {to} on {date}',
  handoverTo: 'Chairmanship passed to {to}',
  handoverToOn: 'Chairmanship passed to {to} on {date}',
  handoverToDue: 'Chairmanship passes to {to} on {date}',
  latest: 'Latest session held as of {date}',
  next: 'Next session planned for {date}',
};

export const strings = translated(en, () => import('./summit-card.strings.ru.js'));
