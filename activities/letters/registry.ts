import type { z } from 'zod';
import {
  betaalvoorstel,
  betaalvoorstelCollectief,
  heroverweging,
  herinneringBetaalvoorstel,
  schuldregelingAkkoord,
  schuldregelingBeeindigd,
} from './templates/creditor-schuldregeling';
import { bevestigingFinaleKwijting, verzoekFinaleKwijting } from './templates/creditor-kwijting';
import {
  eindePauze,
  herinneringSaldoverzoek,
  kennisgeving,
  noodstop,
  saldoverzoek,
  verlengingNoodstop,
} from './templates/creditor-stabilisatie';
import {
  beeindigingsbeschikking,
  beschikkingAfwijzing,
  beschikkingToelating,
  bevestigingSchuldregeling,
  uitnodigingEersteGesprek,
} from './templates/resident';
import { aanvraagBorgstelling } from './templates/waarborgfonds';

/**
 * Every letter the process sends: kind → { title, recipient type, whether it asks for an answer, zod schema, render }.
 * The wording of a letter lives only in its template; the workflow chooses the kind and supplies the data.
 */
export const letterRegistry = {
  // To creditors
  kennisgeving,
  saldoverzoek,
  'herinnering-saldoverzoek': herinneringSaldoverzoek,
  noodstop,
  'verlenging-noodstop': verlengingNoodstop,
  'einde-pauze': eindePauze,
  betaalvoorstel,
  'betaalvoorstel-collectief': betaalvoorstelCollectief,
  'herinnering-betaalvoorstel': herinneringBetaalvoorstel,
  heroverweging,
  'schuldregeling-akkoord': schuldregelingAkkoord,
  'schuldregeling-beeindigd': schuldregelingBeeindigd,
  'verzoek-finale-kwijting': verzoekFinaleKwijting,
  'bevestiging-finale-kwijting': bevestigingFinaleKwijting,
  // To the resident
  'uitnodiging-eerste-gesprek': uitnodigingEersteGesprek,
  'beschikking-toelating': beschikkingToelating,
  'beschikking-afwijzing': beschikkingAfwijzing,
  beeindigingsbeschikking,
  'bevestiging-schuldregeling': bevestigingSchuldregeling,
  // To the waarborgfonds
  'aanvraag-borgstelling': aanvraagBorgstelling,
} as const;

export type LetterRegistry = typeof letterRegistry;
export type LetterKind = keyof LetterRegistry;
export const LETTER_KINDS = Object.keys(letterRegistry) as LetterKind[];

/** What a workflow passes as `data` for a kind (defaults may be left out). */
export type LetterData<K extends LetterKind> = z.input<LetterRegistry[K]['schema']>;

export function isLetterKind(value: string): value is LetterKind {
  return Object.prototype.hasOwnProperty.call(letterRegistry, value);
}
