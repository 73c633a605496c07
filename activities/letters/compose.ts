import { z } from 'zod';
import type { CivilDate } from '../../domain/civil-date';
import type { RenderedPdf, Signatory } from './engine';
import { renderLetterPdf, windowAddressLines } from './engine';
import { isValidLetterId, kenmerk } from '../../domain/letter-id';
import type { LoadedLetterhead } from './letterhead';
import type { LetterData, LetterKind } from './registry';
import { LETTER_KINDS, letterRegistry } from './registry';
import type { ContactPerson, Recipient } from './schemas';
import {
  LetterInputError,
  civilDateField,
  contactSchema,
  parseOrThrow,
  recipientSchema,
  text,
} from './schemas';
import type { LetterDefinition, TemplateContext } from './templates/common';

/** Everything a letter needs besides the gemeente's own settings. */
export interface LetterInput<K extends LetterKind = LetterKind> {
  /** Derived by the workflow (see letter-id.ts); the idempotency key. */
  letterId: string;
  caseReference: string;
  kind: K;
  /** Letter date (the workflow's today in Europe/Amsterdam); also the PDF's creation date. */
  date: CivilDate | string;
  /** The officer named as contact person. */
  contact: ContactPerson;
  recipient: Recipient;
  data: LetterData<K>;
}

const envelopeSchema = z.object({
  letterId: z.string().refine(isValidLetterId, 'alleen letters, cijfers, punt, streepje en liggend streepje'),
  caseReference: text(40).regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'alleen letters, cijfers en streepjes'),
  kind: z.enum(LETTER_KINDS as [LetterKind, ...LetterKind[]]),
  date: civilDateField,
  contact: contactSchema,
  recipient: recipientSchema,
  data: z.unknown(),
});

export interface ComposeOptions {
  letterhead: LoadedLetterhead;
  /** Creditor portal base address, printed on letters that ask for an answer. */
  portalUrl: string;
  /**
   * The official mandated to sign beschikkingen (gemeente configuration). Beschikkingen are signed by this
   * official when set, other letters by the officer named as contact; an unnamed team contact leaves it to them too.
   */
  signatory?: Signatory;
  /** This creditor's access code for this case; called only for letters that ask for an answer. */
  accessCodeFor(caseReference: string, creditorId: string): string | Promise<string>;
}

export interface ComposedLetter extends RenderedPdf {
  kind: LetterKind;
  subject: string;
  caseReference: string;
  recipientType: Recipient['type'];
  /** creditorId, residentId, or "waarborgfonds": never a name. */
  recipientKey: string;
}

export function recipientKey(recipient: Recipient): string {
  switch (recipient.type) {
    case 'creditor':
      return recipient.creditorId;
    case 'resident':
      return recipient.residentId;
    case 'waarborgfonds':
      return 'waarborgfonds';
  }
}

/** Validates the input (errors name the field, in Dutch) without drawing anything. */
export function validateLetterInput(input: unknown): {
  envelope: z.output<typeof envelopeSchema>;
  definition: LetterDefinition;
  data: unknown;
} {
  const envelope = parseOrThrow(envelopeSchema, input, 'Ongeldige briefgegevens', '');
  const definition = letterRegistry[envelope.kind] as unknown as LetterDefinition;
  if (envelope.recipient.type !== definition.recipientType) {
    throw new LetterInputError(
      `Ongeldige briefgegevens: veld 'recipient.type' moet '${definition.recipientType}' zijn voor een brief '${envelope.kind}'`,
      ['recipient.type'],
    );
  }
  const data = parseOrThrow(
    definition.schema,
    envelope.data,
    `Ongeldige gegevens voor brief '${envelope.kind}'`,
    'data',
  );
  return { envelope, definition, data };
}

/** Validate, fill the template and draw the PDF. Pure apart from the access-code lookup. */
export async function composeLetter(input: unknown, options: ComposeOptions): Promise<ComposedLetter> {
  const { envelope, definition, data } = validateLetterInput(input);
  const { recipient } = envelope;
  const ctx: TemplateContext = {
    letterhead: options.letterhead,
    date: envelope.date,
    caseReference: envelope.caseReference,
    kenmerk: kenmerk(envelope.caseReference, envelope.letterId),
    contact: envelope.contact,
  };
  if (definition.asksForAnswer && recipient.type === 'creditor') {
    ctx.access = {
      portalUrl: options.portalUrl,
      code: await options.accessCodeFor(envelope.caseReference, recipient.creditorId),
    };
  }
  const content = definition.render(ctx, recipient, data);
  const officerNamed = envelope.contact.role !== undefined;
  const signatory = content.onBehalfOf || !officerNamed ? options.signatory : undefined;
  const rendered = await renderLetterPdf({
    letterhead: options.letterhead,
    recipientLines: windowAddressLines(
      recipient.name,
      recipient.address,
      recipient.type === 'resident' ? undefined : recipient.attention,
    ),
    date: envelope.date,
    kenmerk: ctx.kenmerk,
    ...(recipient.type !== 'resident' && recipient.theirReference
      ? { theirReference: recipient.theirReference }
      : {}),
    contact: envelope.contact,
    ...(signatory ? { signatory } : {}),
    content,
  });
  return {
    ...rendered,
    kind: envelope.kind,
    subject: content.subject,
    caseReference: envelope.caseReference,
    recipientType: recipient.type,
    recipientKey: recipientKey(recipient),
  };
}
