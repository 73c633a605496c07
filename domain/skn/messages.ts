/**
 * The Schuldenknooppunt's message names for what we send a creditor. Our letters keep their own kinds (the
 * letter registry); a creditor on the SKN-vocabulary API sees them under the SKN's names. Letters outside that
 * vocabulary (noodstop notice, einde pauze, finale kwijting) stay in the portal and on paper. Pure, no imports.
 */

export const SKN_MESSAGE_TYPES = [
  'Kennisgeving',
  'Saldoverzoek',
  'Betaalvoorstel',
  'Heroverweging',
  'SchuldregelingAkkoord',
  'SchuldregelingBeeindigd',
] as const;
export type SknMessageType = (typeof SKN_MESSAGE_TYPES)[number];

/** The answers a creditor sends, by their SKN names. */
export const SKN_ANSWER_TYPES = [
  'SaldoverzoekAntwoord',
  'BetaalvoorstelAntwoord',
  'GeenMedewerking',
] as const;
export type SknAnswerType = (typeof SKN_ANSWER_TYPES)[number];

export interface SknMessageKind {
  type: SknMessageType;
  /** A reminder of an earlier message of the same type (herinnering). */
  herinnering: boolean;
  /** The answer the message asks for, if any. */
  antwoord?: SknAnswerType;
}

const BY_LETTER_KIND: Record<string, SknMessageKind> = {
  kennisgeving: { type: 'Kennisgeving', herinnering: false },
  saldoverzoek: { type: 'Saldoverzoek', herinnering: false, antwoord: 'SaldoverzoekAntwoord' },
  'herinnering-saldoverzoek': { type: 'Saldoverzoek', herinnering: true, antwoord: 'SaldoverzoekAntwoord' },
  betaalvoorstel: { type: 'Betaalvoorstel', herinnering: false, antwoord: 'BetaalvoorstelAntwoord' },
  'betaalvoorstel-collectief': {
    type: 'Betaalvoorstel',
    herinnering: false,
    antwoord: 'BetaalvoorstelAntwoord',
  },
  'herinnering-betaalvoorstel': {
    type: 'Betaalvoorstel',
    herinnering: true,
    antwoord: 'BetaalvoorstelAntwoord',
  },
  heroverweging: { type: 'Heroverweging', herinnering: false, antwoord: 'BetaalvoorstelAntwoord' },
  'schuldregeling-akkoord': { type: 'SchuldregelingAkkoord', herinnering: false },
  'schuldregeling-beeindigd': { type: 'SchuldregelingBeeindigd', herinnering: false },
};

/** The SKN message a letter kind goes out as, or undefined for a letter outside the SKN vocabulary. */
export function sknMessageKindOf(letterKind: string): SknMessageKind | undefined {
  return Object.prototype.hasOwnProperty.call(BY_LETTER_KIND, letterKind)
    ? BY_LETTER_KIND[letterKind]
    : undefined;
}
