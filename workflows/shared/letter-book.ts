import { letterIdFor } from '../../domain/letter-id';
import type { LetterData, LetterKind } from '../../activities/letters/registry';
import type { Recipient } from '../../activities/letters/schemas';
import type { CivilDate } from '../../domain/civil-date';
import type { LetterSent } from './types';
import { sendLetter } from './activities';

/**
 * Sends letters with ids derived from workflow state (kind, recipient, sequence), so a replay, a retry or a
 * continue-as-new never makes a second letter. The sequence counters travel with the carried state.
 */
export class LetterBook {
  constructor(
    private readonly caseReference: string,
    private readonly officerId: () => string,
    private readonly sequences: Record<string, number>,
    private readonly sent: LetterSent[],
  ) {}

  async send<K extends LetterKind>(
    kind: K,
    recipient: Recipient,
    date: CivilDate,
    data: LetterData<K>,
  ): Promise<LetterSent> {
    const recipientKey =
      recipient.type === 'creditor'
        ? recipient.creditorId
        : recipient.type === 'resident'
          ? 'resident'
          : 'waarborgfonds';
    const counter = `${kind}.${recipientKey}`;
    // Reserve the number before the call: two sends of one kind to one recipient never share an id.
    const seq = (this.sequences[counter] ?? 0) + 1;
    this.sequences[counter] = seq;
    const letterId = letterIdFor({ caseReference: this.caseReference, kind, recipientKey, seq });
    const ref = await sendLetter({
      letterId,
      caseReference: this.caseReference,
      kind,
      date,
      officerId: this.officerId(),
      recipient,
      data,
    });
    const letter: LetterSent = { letterId, kind, recipient: recipientKey, on: date, sha256: ref.sha256 };
    this.sent.push(letter);
    return letter;
  }
}
