import type { CaseAction, CreditorAnswer } from '../workflows/case/actions';

/**
 * The titles, introductions and buttons of the console's forms (one per officer action, one per creditor answer).
 * The words of the fields themselves are in console/labels.ts.
 */

export type ActionGroup = 'gesprek' | 'beschikking' | 'schuldeisers' | 'pauzes' | 'stabilisatie';

export interface ActionWords {
  title: string;
  /** One line on what the action does and its legal ground. */
  intro?: string;
  submit: string;
  group: ActionGroup;
}

export const ACTION_WORDS: Record<CaseAction, ActionWords> = {
  'plan-eerste-gesprek': {
    group: 'gesprek',
    title: 'Eerste gesprek plannen',
    intro: 'De inwoner krijgt een uitnodiging met datum, tijd en plaats.',
    submit: 'Gesprek plannen',
  },
  'eerste-gesprek': {
    group: 'gesprek',
    title: 'Eerste gesprek vastleggen',
    intro: 'Het gesprek heeft plaatsgevonden (Wgs art. 4). Daarna loopt de termijn voor de beschikking.',
    submit: 'Gesprek vastleggen',
  },
  withdrawal: {
    group: 'gesprek',
    title: 'Hulpvraag ingetrokken',
    intro: 'De inwoner trekt de hulpvraag in; er volgt geen beschikking.',
    submit: 'Intrekking vastleggen',
  },
  'beschikking-toelating': {
    group: 'beschikking',
    title: 'Beschikking: toelating',
    intro:
      'Toelating met plan van aanpak (Wgs art. 4a). De brief gaat naar de inwoner; schuldeisers krijgen een kennisgeving.',
    submit: 'Toelating vastleggen',
  },
  'beschikking-afwijzing': {
    group: 'beschikking',
    title: 'Beschikking: afwijzing',
    intro: 'Afwijzing met grond (Wgs art. 3 lid 2–4 of de verordening). De zaak wordt afgesloten.',
    submit: 'Afwijzing vastleggen',
  },
  'creditor-add': {
    group: 'schuldeisers',
    title: 'Schuldeiser toevoegen',
    intro: 'Krijgt een eigen spoor: kennisgeving en saldoverzoek zodra de stabilisatie loopt.',
    submit: 'Schuldeiser toevoegen',
  },
  'creditor-correct': {
    group: 'schuldeisers',
    title: 'Gegevens schuldeiser corrigeren',
    intro: 'Vul alle gegevens opnieuw in; de korte naam bepaalt welke schuldeiser het is.',
    submit: 'Correctie vastleggen',
  },
  'creditor-remove': {
    group: 'schuldeisers',
    title: 'Schuldeiser verwijderen',
    submit: 'Schuldeiser verwijderen',
  },
  'claim-record': {
    group: 'schuldeisers',
    title: 'Vordering vastleggen',
    intro: 'Een vordering die u zelf vaststelde, bijvoorbeeld uit een brief van de schuldeiser.',
    submit: 'Vordering vastleggen',
  },
  'noodstop-pull': {
    group: 'pauzes',
    title: 'Noodstop inzetten',
    intro: 'Alle schuldeisers krijgen meteen een noodstopbericht: 4 maanden geen incasso, +8 bij toelating.',
    submit: 'Noodstop inzetten',
  },
  'noodstop-lift': { group: 'pauzes', title: 'Noodstop opheffen', submit: 'Noodstop opheffen' },
  'collection-breach': {
    group: 'pauzes',
    title: 'Incasso ondanks pauze melden',
    intro:
      'Een schuldeiser incasseert terwijl hij een pauze toezegde. Teamleider en medewerker krijgen bericht.',
    submit: 'Melding vastleggen',
  },
  'moratorium-request': {
    group: 'pauzes',
    title: 'Moratorium aangevraagd',
    intro: 'Verzoek aan de rechter om een afkoelingsperiode (Wgs art. 5, hoogstens 6 maanden).',
    submit: 'Verzoek vastleggen',
  },
  'moratorium-decision': { group: 'pauzes', title: 'Uitspraak moratorium', submit: 'Uitspraak vastleggen' },
  'stabilisatie-complete': {
    group: 'stabilisatie',
    title: 'Stabilisatie afronden',
    intro: 'Inkomsten en vaste lasten zijn op orde; de zaak gaat naar de oplossing.',
    submit: 'Stabilisatie afronden',
  },
};

export const ACTION_GROUP_TITLES: Record<ActionGroup, string> = {
  gesprek: 'Eerste gesprek',
  beschikking: 'Beschikking',
  schuldeisers: 'Schuldeisers en vorderingen',
  pauzes: 'Noodstop, pauzes en moratorium',
  stabilisatie: 'Stabilisatie',
};

export interface AnswerWords {
  title: string;
  intro: string;
  submit: string;
}

export const ANSWER_WORDS: Record<CreditorAnswer, AnswerWords> = {
  'saldo-opgave': {
    title: 'Saldo-opgave',
    intro:
      'Geef het totale openstaande bedrag van uw vordering(en) op deze inwoner, inclusief kosten en rente.',
    submit: 'Saldo-opgave versturen',
  },
  'vooraf-akkoord': {
    title: 'Vooraf akkoord',
    intro:
      'U gaat vooraf akkoord met een schuldregeling via een saneringskrediet met budgetbegeleiding (collectief schuldregelen). U krijgt dan geen apart betaalvoorstel.',
    submit: 'Vooraf akkoord geven',
  },
  'pauze-bevestiging': {
    title: 'Pauze bevestigen',
    intro: 'U bevestigt dat u de incasso pauzeert en geen kosten toevoegt (NVVK-convenant).',
    submit: 'Pauze bevestigen',
  },
  'geen-medewerking': {
    title: 'Geen medewerking',
    intro:
      'U werkt niet mee aan de schuldhulpverlening. Geef de reden; de medewerker van de gemeente neemt contact op.',
    submit: 'Geen medewerking melden',
  },
};

