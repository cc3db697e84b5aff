import type { MemberListStrings } from '../../elements/member-list/member-list.strings.js';

// A noun after a number stays singular in Kazakh: one form serves every count. A case ending
// would join the date the element fills in as markup, so a date is followed by «күні»,
// «күнінен бастап» or «жағдай бойынша», which need none.
export default {
  title: {
    current: 'ҰҚШҰ-ға мүше мемлекеттер',
    former: 'Шарттың бұрынғы қатысушылары және мүшелігі тоқтатыла тұрған мемлекеттер',
    all: 'Ұжымдық қауіпсіздік туралы шартқа қатысқан мемлекеттер',
    parties: 'Ұжымдық қауіпсіздік туралы шартқа қатысушылар',
    signatories: 'Ұжымдық қауіпсіздік туралы шартқа қол қойған немесе оған қосылған мемлекеттер',
  },
  count: {
    current: { other: '{date} жағдай бойынша {n} мүше мемлекет' },
    former: { other: '{date} жағдай бойынша {n} мемлекет' },
    all: { other: '{date} жағдай бойынша {n} мемлекет' },
    parties: { other: '{date} жағдай бойынша Шартқа қатысушы {n} мемлекет' },
    signatories: { other: '{date} жағдай бойынша {n} мемлекет' },
  },
  latest: '{date} (осы деректердегі соңғы күн)',
  founding: 'Олардың барлығы — {date} күні құрылған Ұйымның негізін қалаушы мемлекеттер',
  inForce: 'Шарт {date} күні күшіне енді',
  empty: {
    current: '{date} жағдай бойынша мүше мемлекеттер жоқ',
    former:
      '{date} жағдай бойынша Шарттың бұрынғы қатысушылары және мүшелігі тоқтатыла тұрған мемлекеттер жоқ',
    all: '{date} жағдай бойынша Шартқа қатысқан мемлекет болған жоқ',
  },
  columns: {
    name: 'Мемлекет',
    joined: 'Шартқа қосылуы',
    status: 'Мәртебесі',
    capital: 'Астанасы',
  },
  joined: {
    signed: 'Шартқа қол қойған күні: {date}',
    acceded: 'Шартқа қосылған күні: {date}',
  },
  left: '{date} күні Шартқа қатысуын тоқтатқан',
  capital: 'Астанасы: {capital}',
  status: {
    member: 'Ұйым мүшесі',
    party: 'Шартқа қатысушы',
    signatory: 'Шарт әлі күшіне енбеген',
    restored: 'Мүшелігі қалпына келтірілген',
    frozen: 'Қатысуы мұздатылған',
    suspended: 'Мүшелігі тоқтатыла тұрған',
    left: 'Шарттың бұрынғы қатысушысы',
  },
  since: '{date} күнінен бастап',
  narrowJoined: 'Шарт:',
} satisfies MemberListStrings;
