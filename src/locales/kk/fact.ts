import type { FactStrings } from '../../elements/fact/fact.strings.js';

// A noun after a number stays singular in Kazakh: one form serves every count. A case ending
// would join the date the element fills in as markup, so a date is followed by «күні» or
// «жағдай бойынша», which need none.
export default {
  marker: 'Дереккөзі және күні',
  markerText: 'i',
  asOf: '{date} жағдай бойынша',
  latest: '{date} жағдай бойынша (осы деректердегі соңғы күн)',
  parties: { other: 'Ұжымдық қауіпсіздік туралы шартқа қатысушы {n} мемлекет' },
  signatories: {
    other: 'Ұжымдық қауіпсіздік туралы шартқа қол қойған {n} мемлекет (шарт әлі күшіне енбеген)',
  },
  members: { other: 'ҰҚШҰ-ға мүше {n} мемлекет' },
  status: {
    member: 'ҰҚШҰ мүшесі',
    signatory: 'Ұжымдық қауіпсіздік туралы шартқа қол қойған тарап (шарт әлі күшіне енбеген)',
    party: 'Ұжымдық қауіпсіздік туралы шартқа қатысушы',
    frozen: 'ҰҚШҰ мүшесі, {date} күнінен бастап қатысуы мұздатылған',
    suspended: '{date} күнінен бастап мүшелігі тоқтатыла тұрған',
    left: '{date} күнінен бастап Шартқа қатыспайды',
    none: 'Шартқа қатыспайды',
  },
  acting: '{name} (міндетін уақытша атқарушы)',
  session: '{date}, {place}',
  sessionOnline: '{date}, бейнеконференция форматында',
  planned: 'Жоспарланған; мәліметтер {date} жағдай бойынша',
  passed: '{date} күніне белгіленген еді; бұл деректерде одан кейінгі мәлімет жоқ',
  sources: 'Дереккөздер: {sources}',
} satisfies FactStrings;
