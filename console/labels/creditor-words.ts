import { TEXT, type FieldWords } from './words';

/** The words of a creditor block and a claim block (aanmelding, new creditor, paper answers). */

export const CREDITOR_TYPE_NAMES: Record<string, string> = {
  belastingdienst: 'Belastingdienst',
  cjib: 'CJIB',
  duo: 'DUO',
  gemeente: 'Gemeente',
  waterschap: 'Waterschap',
  zorgverzekeraar: 'Zorgverzekeraar',
  verhuurder: 'Verhuurder',
  energieleverancier: 'Energieleverancier',
  drinkwaterbedrijf: 'Drinkwaterbedrijf',
  telecom: 'Telecombedrijf',
  bank: 'Bank',
  incassobureau: 'Incassobureau',
  deurwaarder: 'Gerechtsdeurwaarder',
  overig: 'Overig',
};

export const creditorWords = (prefix: string): Record<string, FieldWords> => ({
  [`${prefix}id`]: TEXT('Korte naam schuldeiser', {
    hint: 'Zonder spaties, bijvoorbeeld woonstad. Leeg laten mag: dan maken wij hem van de naam.',
    width: 'm',
    fix: 'Gebruik alleen letters, cijfers, punt, streepje of liggend streepje, zonder spaties.',
  }),
  [`${prefix}name`]: TEXT('Naam schuldeiser', { autocomplete: 'organization' }),
  [`${prefix}type`]: {
    label: 'Soort schuldeiser',
    kind: 'select',
    width: 'm',
    options: Object.entries(CREDITOR_TYPE_NAMES),
  },
  [`${prefix}iban`]: TEXT('IBAN', {
    width: 'm',
    autocomplete: 'off',
    fix: 'Vul een IBAN in zoals NL44 RABO 0123 4567 89. Kijk het nummer goed na.',
  }),
  [`${prefix}address.line`]: TEXT('Postadres (straat en huisnummer of postbus)'),
  [`${prefix}address.postcode`]: TEXT('Postcode', { width: 's', fix: 'Vul een postcode in zoals 3011 AD.' }),
  [`${prefix}address.city`]: TEXT('Plaats', { width: 'm' }),
  [`${prefix}attention`]: TEXT('Ter attentie van', { width: 'm' }),
  [`${prefix}email`]: TEXT('E-mailadres schuldeiser', {
    kind: 'email',
    fix: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
  }),
  [`${prefix}kvk`]: TEXT('KvK-nummer', { width: 's', fix: 'Vul de 8 cijfers van het KvK-nummer in.' }),
  [`${prefix}convenantMonths`]: {
    label: 'Pauze volgens convenant',
    kind: 'radio',
    options: [
      ['4', '4 maanden'],
      ['8', '8 maanden'],
    ],
    initial: '4',
  },
  [`${prefix}grantsFinaleKwijting`]: {
    label: 'Verleent finale kwijting',
    hint: 'Leeg: volgens de soort schuldeiser. CJIB en DUO verlenen nooit finale kwijting.',
    fix: 'CJIB en DUO verlenen nooit finale kwijting. Haal het vinkje weg.',
  },
});

export const claimWords = (prefix: string, reference: string): Record<string, FieldWords> => ({
  [`${prefix}creditorId`]: { label: 'Schuldeiser', kind: 'select', width: 'm' },
  [`${prefix}amount`]: {
    label: 'Bedrag vordering',
    kind: 'euro',
    fix: 'Vul een bedrag in euro’s in dat groter is dan nul, bijvoorbeeld 3.120,75.',
  },
  [`${prefix}preferent`]: { label: 'Preferente vordering (voorrang bij wet)' },
  [`${prefix}reference`]: TEXT(reference, { width: 'm' }),
});
