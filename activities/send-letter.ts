import { ApplicationFailure } from '@temporalio/activity';
import type { LetterActivities } from './letters/activities';
import { LETTER_FAILURES } from './letters/activities';
import { LetterInputError } from './letters/schemas';
import type { ContactPerson, Recipient } from './letters/schemas';
import type { LetterData, LetterKind } from './letters/registry';

/** What a workflow asks for: the letter, its recipient and data, and the officer who is the contact person. */
export interface SendLetterInput<K extends LetterKind = LetterKind> {
  letterId: string;
  caseReference: string;
  kind: K;
  date: string;
  officerId: string;
  recipient: Recipient;
  data: LetterData<K>;
}

/** Only a reference travels back into history: never the PDF. */
export interface SentLetter {
  letterId: string;
  sha256: string;
  pages: number;
}

/**
 * One activity per letter for the case workflows: render (idempotent by letter id) then deliver (idempotent
 * per outbox and e-mail). A retry after a crash between the two finds the document and only delivers.
 */
export function createSendLetterActivity(deps: {
  letters: LetterActivities;
  contactFor(officerId: string, caseReference: string): ContactPerson;
}) {
  async function sendLetter(input: SendLetterInput): Promise<SentLetter> {
    const { officerId, ...letter } = input;
    let contact: ContactPerson;
    try {
      contact = deps.contactFor(officerId, input.caseReference);
    } catch (error) {
      // No configuration for the case's gemeente: retrying will not help.
      if (error instanceof LetterInputError)
        throw ApplicationFailure.nonRetryable(error.message, LETTER_FAILURES.input);
      throw error;
    }
    const ref = await deps.letters.renderLetter({ ...letter, contact } as never);
    await deps.letters.deliverLetter({ letterId: ref.letterId, recipient: input.recipient });
    return { letterId: ref.letterId, sha256: ref.sha256, pages: ref.pages };
  }
  return { sendLetter };
}
