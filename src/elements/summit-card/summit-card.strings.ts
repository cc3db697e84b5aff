import type { Lang, SessionRecord } from '../../data/types.js';

/** Plural forms for `plural()` in src/internal/format.ts; `{n}` is the count. */
type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

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

// Russian state names stay in the nominative, so handovers are written without case endings.
const ru: SummitStrings = {
  title: {
    regular: 'Очередная сессия Совета коллективной безопасности ОДКБ',
    extraordinary: 'Внеочередная сессия Совета коллективной безопасности ОДКБ',
    jubilee: 'Юбилейная сессия Совета коллективной безопасности ОДКБ',
  },
  planned: 'Запланирована',
  date: 'Дата',
  scheduledFor: 'Запланирована на',
  place: 'Место',
  placeCity: '{city}, {state}',
  placeVenue: '{venue}, {city}, {state}',
  format: 'Формат',
  videoconference: 'Видеоконференция',
  consultations: 'Консультации',
  occasion: 'Повод',
  chair: 'Председатель',
  chairPerson: '{person} ({state})',
  absent: 'Не участвовали',
  attendees: 'Участники',
  attendee: '{name}, {title}',
  documents: 'Принятые документы',
  documentsAdopted: {
    one: 'Принят {n} документ',
    few: 'Принято {n} документа',
    many: 'Принято {n} документов',
    other: 'Принято {n} документа',
  },
  attendeeCount: {
    one: '{n} участник',
    few: '{n} участника',
    many: '{n} участников',
    other: '{n} участника',
  },
  documentCount: {
    one: '{n} документ',
    few: '{n} документа',
    many: '{n} документов',
    other: '{n} документа',
  },
  counts: '{attendees} · {documents}',
  handoverPassed: 'Председательство перешло: {from} → {to}',
  handoverPassedOn: 'Председательство перешло {date}: {from} → {to}',
  handoverDue: 'Председательство перейдёт {date}: {from} → {to}',
  handoverTo: 'Новый председатель: {to}',
  handoverToOn: 'Председатель с {date}: {to}',
  handoverToDue: 'Председатель с {date}: {to}',
  latest: 'Последняя состоявшаяся сессия на {date}',
  next: 'Следующая сессия запланирована на {date}',
};

export const strings: Record<Lang, SummitStrings> = { en, ru };
