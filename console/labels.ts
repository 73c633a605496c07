/**
 * The Dutch words of the console's forms, in one place. The fields themselves come from the zod schemas
 * (console/forms/schema-fields.ts); this file only says how each is called, what help it gets and, for a field
 * with a format, what a person must do when the value is wrong (B1). Keys are body paths with [] for a list
 * index; `<form>:<path>` overrides the plain path for one form.
 */
import { claimWords, creditorWords } from './labels/creditor-words';
import { OPLOSSING_FIELD_WORDS } from './labels/oplossing-words';
import { DATE, DATE_FIX, TEXT, type FieldWords } from './labels/words';

export type { FieldWords };

export const FIELD_WORDS: Record<string, FieldWords> = {
  // ---- aanmelding (the new-case form) ----
  caseNumber: TEXT('Zaaknummer', {
    hint: 'Letters, cijfers en streepjes, bijvoorbeeld 2026-0042.',
    width: 'm',
    fix: 'Gebruik alleen letters, cijfers en streepjes, bijvoorbeeld 2026-0042.',
  }),
  'aanmelding.requestDate': DATE('Datum aanmelding', {
    hint: 'De termijn voor het eerste gesprek begint de dag erna.',
  }),
  'aanmelding.source.kind': {
    label: 'Hoe kwam de hulpvraag binnen?',
    kind: 'radio',
    options: [
      ['resident-request', 'De inwoner vraagt zelf om hulp (Wgs art. 3)'],
      ['vroegsignalering', 'Vroegsignalering: de inwoner nam het aanbod aan (Wgs art. 3 lid 1 onder b)'],
    ],
    initial: 'resident-request',
  },
  'aanmelding.source.partnerType': {
    label: 'Partner vroegsignalering',
    hint: 'Alleen bij vroegsignalering.',
    kind: 'select',
    width: 'm',
    options: [
      ['verhuurder', 'Verhuurder'],
      ['zorgverzekeraar', 'Zorgverzekeraar'],
      ['energieleverancier', 'Energieleverancier'],
      ['drinkwaterbedrijf', 'Drinkwaterbedrijf'],
    ],
  },
  'aanmelding.crisisSituation': {
    label: 'Bedreigende situatie (Wgs art. 4 lid 2)',
    hint: 'Dan moet het eerste gesprek binnen 3 werkdagen plaatsvinden.',
    kind: 'select',
    width: 'l',
    options: [
      ['gedwongen-woningontruiming', 'Gedwongen woningontruiming'],
      ['afsluiting-energie-water', 'Afsluiting van gas, elektriciteit, warmte of water'],
      ['beeindiging-zorgverzekering', 'Beëindiging van de zorgverzekering'],
    ],
  },
  'aanmelding.officerId': { label: 'Medewerker', hidden: true },
  'aanmelding.gemeenteCode': { label: 'Gemeente', hidden: true },
  'aanmelding.resident.bsn': TEXT('BSN', {
    width: 'm',
    autocomplete: 'off',
    fix: 'Vul een BSN van 9 cijfers in. Neem het over van het identiteitsbewijs: dit nummer bestaat niet.',
  }),
  'aanmelding.resident.aanhef': {
    label: 'Aanhef in brieven',
    hint: 'Leeg laten mag: dan begint de brief met de volledige naam.',
    kind: 'select',
    width: 's',
    options: [
      ['heer', 'De heer'],
      ['mevrouw', 'Mevrouw'],
    ],
  },
  'aanmelding.resident.name.givenNames': TEXT('Voornamen', { autocomplete: 'given-name' }),
  'aanmelding.resident.name.prefix': TEXT('Tussenvoegsel', { width: 's' }),
  'aanmelding.resident.name.surname': TEXT('Achternaam', { autocomplete: 'family-name' }),
  'aanmelding.resident.dateOfBirth': DATE('Geboortedatum', { autocomplete: 'bday', initial: undefined }),
  'aanmelding.resident.address.street': TEXT('Straat', { autocomplete: 'address-line1' }),
  'aanmelding.resident.address.houseNumber': TEXT('Huisnummer', {
    width: 's',
    fix: 'Vul alleen het nummer in, zonder letters. Een letter of toevoeging hoort bij ‘Toevoeging’.',
  }),
  'aanmelding.resident.address.houseNumberAddition': TEXT('Toevoeging', { width: 's' }),
  'aanmelding.resident.address.postcode': TEXT('Postcode', {
    width: 's',
    autocomplete: 'postal-code',
    fix: 'Vul een postcode in zoals 3011 AD.',
  }),
  'aanmelding.resident.address.city': TEXT('Woonplaats', { width: 'm', autocomplete: 'address-level2' }),
  'aanmelding.resident.contact.email': TEXT('E-mailadres', {
    kind: 'email',
    autocomplete: 'email',
    fix: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
  }),
  'aanmelding.resident.contact.phone': TEXT('Telefoonnummer', {
    width: 'm',
    autocomplete: 'tel',
    fix: 'Vul een Nederlands telefoonnummer in, bijvoorbeeld 06 12345678 of 010 1234567.',
  }),
  ...creditorWords('aanmelding.creditors[].'),
  ...claimWords('aanmelding.claims[].', 'Kenmerk vordering'),
  'aanmelding.claims[].reference': TEXT('Kenmerk vordering', {
    width: 'm',
    hint: 'Het dossier- of factuurnummer van de schuldeiser. Nodig als u een bedrag invult.',
  }),

  // ---- officer actions ----
  'appointment.date': DATE('Datum gesprek'),
  'appointment.time': TEXT('Tijd', {
    kind: 'time',
    initial: '09:30',
    fix: 'Vul een tijd in zoals 09:30.',
  }),
  'appointment.location': TEXT('Locatie', { width: 'm' }),
  date: DATE('Datum'),
  'eerste-gesprek:date': DATE('Datum gesprek'),
  // Planning records today; the appointment has its own date.
  'plan-eerste-gesprek:date': { label: 'Datum', hidden: true },
  'beschikking-toelating:date': DATE('Datum beschikking'),
  'beschikking-afwijzing:date': DATE('Datum beschikking'),
  'moratorium-request:date': DATE('Datum verzoek'),
  'moratorium-decision:date': DATE('Datum uitspraak'),
  reason: TEXT('Reden', { kind: 'textarea' }),
  'plan.goal': TEXT('Doel van het plan van aanpak', { kind: 'textarea' }),
  'plan.residentActions': TEXT('Afspraken met de inwoner', { hint: 'Eén afspraak per regel.' }),
  'plan.gemeenteActions': TEXT('Afspraken van de gemeente', { hint: 'Eén afspraak per regel.' }),
  'grounds[].ground': {
    label: 'Afwijzingsgrond',
    kind: 'select',
    width: 'l',
    options: [
      ['eerdere-schuldhulp', 'Eerdere schuldhulp (Wgs art. 3 lid 2)'],
      ['fraude', 'Fraude (Wgs art. 3 lid 3)'],
      ['geen-rechtmatig-verblijf', 'Geen rechtmatig verblijf (Wgs art. 3 lid 4)'],
      ['verordening', 'Grond uit de verordening van de gemeente'],
    ],
  },
  'grounds[].explanation': TEXT('Toelichting', { kind: 'textarea' }),
  ...creditorWords('creditor.'),
  ...claimWords('claims[].', 'Kenmerk vordering'),
  'creditor-add:claims[].creditorId': { label: 'Schuldeiser', hidden: true },
  ...claimWords('claim.', 'Kenmerk'),
  'claim.amount': {
    label: 'Bedrag',
    kind: 'euro',
    fix: 'Vul een bedrag in euro’s in dat groter is dan nul, bijvoorbeeld 3.120,75.',
  },
  creditorId: { label: 'Schuldeiser', kind: 'select', width: 'm' },
  note: TEXT('Wat deed de schuldeiser?', { kind: 'textarea' }),
  granted: {
    label: 'Toegewezen?',
    kind: 'radio',
    options: [
      ['true', 'Ja, toegewezen'],
      ['false', 'Nee, afgewezen'],
    ],
  },
  endDate: DATE('Einddatum moratorium', { initial: undefined }),

  // ---- creditor answers (portal; the officer's paper forms override a few) ----
  // The saldo-opgave asks what the saldoverzoek letter asks, in the Schuldenknooppunt's words.
  hoofdsom: {
    label: 'Hoofdsom',
    hint: 'Het oorspronkelijke bedrag dat nog openstaat, zonder rente en kosten. In euro’s, bijvoorbeeld 2.900,00',
    kind: 'euro',
    fix: 'Vul de hoofdsom in euro’s in, bijvoorbeeld 2.900,00. Rente en kosten vult u apart in.',
  },
  rente: {
    label: 'Rente',
    hint: 'Tot nu toe berekende rente, in euro’s',
    kind: 'euro',
    fix: 'Vul de rente in euro’s in, bijvoorbeeld 125,50, of laat het veld leeg.',
  },
  kosten: {
    label: 'Kosten',
    hint: 'Incasso- en andere kosten, in euro’s',
    kind: 'euro',
    fix: 'Vul de kosten in euro’s in, bijvoorbeeld 125,25, of laat het veld leeg.',
  },
  datumOntstaan: DATE('Datum waarop de schuld ontstond', {
    initial: undefined,
    fix: `${DATE_FIX} De datum ligt niet in de toekomst.`,
  }),
  'beslag[].soort': {
    label: 'Soort beslag',
    hint: 'Alleen als er beslag is gelegd voor deze vordering.',
    kind: 'select',
    width: 'm',
    options: [
      ['loonbeslag', 'Loonbeslag'],
      ['bankbeslag', 'Beslag op de bankrekening'],
      ['beslag-roerende-zaken', 'Beslag op spullen (roerende zaken)'],
      ['ander-beslag', 'Ander beslag'],
    ],
  },
  'beslag[].gelegdOp': DATE('Datum van het beslag', { initial: undefined }),
  'beslag[].beslaglegger': TEXT('Wie legde het beslag?', {
    hint: 'Bijvoorbeeld de gerechtsdeurwaarder',
    width: 'm',
  }),
  'beslag[].bedragPerMaand': {
    label: 'Bedrag per maand (bij loonbeslag)',
    kind: 'euro',
    fix: 'Vul het bedrag per maand in euro’s in, bijvoorbeeld 150,00.',
  },
  kenmerkSchuldeiser: TEXT('Uw kenmerk', { hint: 'Uw dossier- of factuurnummer', width: 'm' }),
  'papier:kenmerkSchuldeiser': TEXT('Kenmerk van de schuldeiser', { width: 'm' }),
  // The total and the old name of the kenmerk are for older answers: the forms ask for the parts.
  'saldo-opgave:amount': { label: 'Openstaand saldo', hidden: true },
  'saldo-opgave:reference': { label: 'Uw kenmerk', hidden: true },
  'papier:amount': { label: 'Openstaand saldo', hidden: true },
  'papier:reference': { label: 'Kenmerk', hidden: true },
  preferent: { label: 'Deze vordering is preferent (voorrang bij wet)' },
  confirmed: { label: 'Wij pauzeren de incasso', kind: 'checkbox' },
  'papier:confirmed': { label: 'De schuldeiser bevestigt de incassopauze', kind: 'checkbox' },
  'geen-medewerking:reason': TEXT('Reden', { kind: 'textarea' }),

  // ---- the schuldregeling (labels/oplossing-words.ts) ----
  ...OPLOSSING_FIELD_WORDS,
};

/** The words of a field of one form: its own override, else the plain path. */
export function wordsOf(form: string, key: string): FieldWords | undefined {
  return FIELD_WORDS[`${form}:${key}`] ?? FIELD_WORDS[key];
}
