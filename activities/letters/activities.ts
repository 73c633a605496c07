import * as path from 'node:path';
import type { KeyRing } from '../../platform/encryption/key-ring';
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { Transporter } from 'nodemailer';
import type { AccessCodeService } from './access-codes';
import { FsAccessCodeIndex, createAccessCodes } from './access-codes';
import type { LetterInput } from './compose';
import { composeLetter, recipientKey } from './compose';
import type { DeliveryAttempt, DeliveryLog } from './delivery-log';
import { FsDeliveryLog, scrubDetail } from './delivery-log';
import { kenmerk } from '../../domain/letter-id';
import type { Letterhead, LoadedLetterhead } from './letterhead';
import { loadLetterhead } from './letterhead';
import type { GemeenteDirectory } from './gemeente';
import type { Outbox } from './outbox';
import { FsOutbox } from './outbox';
import type { Recipient } from './schemas';
import { LetterInputError, parseOrThrow, recipientSchema } from './schemas';
import type { DocumentStore, LetterRef } from './store';
import { FsDocumentStore, letterRef } from './store';

/** SMTP delivery, when configured: a nodemailer transport (or anything with its sendMail) and the From address. */
export interface LetterMailer {
  transport: Pick<Transporter, 'sendMail'>;
  from: string;
  replyTo?: string;
}

export interface LetterActivityDeps {
  store: DocumentStore;
  outbox: Outbox;
  deliveryLog: DeliveryLog;
  accessCodes: AccessCodeService;
  /** Parsed with letterheadSchema (and the logo read) once, here. */
  letterhead: Letterhead | LoadedLetterhead;
  /** Creditor portal address printed on letters that ask for an answer. */
  portalUrl: string;
  /** Per-gemeente letterhead, portal and signatory by case reference; `letterhead` and `portalUrl` otherwise. */
  gemeenten?: GemeenteDirectory;
  mailer?: LetterMailer;
  now?: () => Date;
}

export interface DeliverLetterInput {
  letterId: string;
  /** Must be the recipient the letter was rendered for (checked by id); its e-mail address is used for SMTP. */
  recipient: Recipient;
}

export interface DeliveryResult {
  letterId: string;
  outbox: 'placed' | 'already-placed';
  email: 'sent' | 'already-sent' | 'skipped';
}

/** Error types a workflow can match on (ApplicationFailure.type); all of them are non-retryable. */
export const LETTER_FAILURES = {
  input: 'LetterInputError',
  conflict: 'LetterIdConflict',
  missing: 'LetterNotRendered',
} as const;

function currentAttempt(): number {
  try {
    return Context.current().info.attempt;
  } catch {
    return 1; // called outside a Temporal activity (tests, CLI)
  }
}

/**
 * The letter activities. Register the returned object with a worker; workflows call them through
 * proxyActivities with a retry policy (backoff) of their choosing. Only LetterRef / DeliveryResult travel back.
 */
export function createLetterActivities(deps: LetterActivityDeps) {
  const letterhead: LoadedLetterhead =
    'logo' in deps.letterhead && deps.letterhead.logo ? deps.letterhead : loadLetterhead(deps.letterhead);
  const now = deps.now ?? (() => new Date());
  const { store, outbox, deliveryLog, accessCodes } = deps;
  const gemeenteOf = (caseReference: string) =>
    deps.gemeenten?.forCase(caseReference) ?? { letterhead, portalUrl: deps.portalUrl, signatory: undefined };

  /**
   * Renders the letter and stores it once. If a document for this letter id exists, returns its reference
   * without rendering: a retry, a replayed workflow or a second worker never creates a second document.
   */
  async function renderLetter(input: LetterInput): Promise<LetterRef> {
    const letterId = typeof input?.letterId === 'string' ? input.letterId : '';
    const existing = letterId ? await safeHead(letterId) : undefined;
    if (existing) {
      if (existing.kind !== input.kind || existing.caseReference !== input.caseReference) {
        throw ApplicationFailure.nonRetryable(
          `Briefnummer ${letterId} is al gebruikt voor een brief '${existing.kind}' in dossier ${existing.caseReference}`,
          LETTER_FAILURES.conflict,
        );
      }
      return letterRef(existing);
    }
    let composed;
    try {
      const gemeente = gemeenteOf(typeof input?.caseReference === 'string' ? input.caseReference : '');
      composed = await composeLetter(input, {
        letterhead: gemeente.letterhead,
        portalUrl: gemeente.portalUrl,
        ...(gemeente.signatory ? { signatory: gemeente.signatory } : {}),
        accessCodeFor: (caseReference, creditorId) => accessCodes.issue(caseReference, creditorId),
      });
    } catch (error) {
      if (error instanceof LetterInputError) {
        throw ApplicationFailure.create({
          message: error.message,
          type: LETTER_FAILURES.input,
          nonRetryable: true,
          details: [{ fields: error.fields }],
        });
      }
      throw error;
    }
    const { record } = await store.put(letterId, composed.pdf, {
      kind: composed.kind,
      caseReference: composed.caseReference,
      recipientType: composed.recipientType,
      recipientKey: composed.recipientKey,
      subject: composed.subject,
      pages: composed.pages,
    });
    return letterRef(record);
  }

  async function safeHead(letterId: string) {
    try {
      return await store.head(letterId);
    } catch (error) {
      if (error instanceof RangeError) return undefined; // malformed id: validation reports it by field
      throw error;
    }
  }

  /**
   * Puts the letter in the recipient's outbox (once per letter id) and, with SMTP configured and an address
   * known, mails it as a PDF attachment (once: a logged success is not repeated). Every step is written to the
   * delivery log; a failure throws so Temporal retries with backoff and the pending activity shows the error.
   */
  async function deliverLetter(input: DeliverLetterInput): Promise<DeliveryResult> {
    const attempt = currentAttempt();
    const log = (entry: Omit<DeliveryAttempt, 'letterId' | 'attempt' | 'at'>) =>
      deliveryLog.record({ letterId: input.letterId, attempt, at: now().toISOString(), ...entry });

    let recipient: Recipient;
    try {
      recipient = parseOrThrow(recipientSchema, input.recipient, 'Ongeldige ontvanger', 'recipient');
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, LETTER_FAILURES.input);
    }
    const record = await safeHead(input.letterId);
    if (!record) {
      throw ApplicationFailure.nonRetryable(
        `Brief ${input.letterId} is niet gevonden: eerst renderLetter, dan deliverLetter`,
        LETTER_FAILURES.missing,
      );
    }
    if (record.recipientType !== recipient.type || record.recipientKey !== recipientKey(recipient)) {
      throw ApplicationFailure.nonRetryable(
        `Brief ${input.letterId} is voor een andere ontvanger gemaakt (${record.recipientType} ${record.recipientKey})`,
        LETTER_FAILURES.conflict,
      );
    }

    let placed: boolean;
    try {
      const result = await outbox.place({
        letterId: record.letterId,
        caseReference: record.caseReference,
        kind: record.kind,
        subject: record.subject,
        recipientType: record.recipientType,
        recipientKey: record.recipientKey,
        sha256: record.sha256,
        bytes: record.bytes,
        pages: record.pages,
        placedAt: now().toISOString(),
      });
      placed = result.created;
      await log({ channel: 'outbox', outcome: placed ? 'delivered' : 'already-delivered' });
    } catch (error) {
      await log({ channel: 'outbox', outcome: 'failed', detail: scrubDetail(String(error)) }).catch(
        () => undefined,
      );
      throw error;
    }

    const outboxResult = placed ? 'placed' : 'already-placed';
    if (!deps.mailer || !recipient.email) {
      await log({
        channel: 'email',
        outcome: 'skipped',
        detail: deps.mailer ? 'geen e-mailadres' : 'geen SMTP ingesteld',
      });
      return { letterId: record.letterId, outbox: outboxResult, email: 'skipped' };
    }
    const history = await deliveryLog.list(record.letterId);
    if (history.some((h) => h.channel === 'email' && h.outcome === 'delivered')) {
      await log({ channel: 'email', outcome: 'already-delivered' });
      return { letterId: record.letterId, outbox: outboxResult, email: 'already-sent' };
    }
    const stored = await store.get(record.letterId);
    if (!stored) throw new Error(`Brief ${record.letterId}: document verdwenen uit de opslag`);
    const reference = kenmerk(record.caseReference, record.letterId);
    const gemeente = gemeenteOf(record.caseReference);
    // At most once: an attempt that died while sending (worker killed) or one still sending holds the claim, and
    // whether SMTP took that mail is unknown, so it is not sent again. The outbox has the letter either way.
    if (!(await deliveryLog.claimEmail(record.letterId, attempt))) {
      await log({ channel: 'email', outcome: 'skipped', detail: 'al eerder aan SMTP aangeboden; niet opnieuw verzonden' });
      return { letterId: record.letterId, outbox: outboxResult, email: 'already-sent' };
    }
    let info: { messageId?: string } | undefined;
    try {
      info = (await deps.mailer.transport.sendMail({
        // The same Message-ID for every try of a letter: a mail relay or reader can drop a copy.
        messageId: `<${record.letterId}@${new URL(deps.portalUrl).hostname || 'schuldhulp'}>`,
        from: deps.mailer.from,
        ...(deps.mailer.replyTo ? { replyTo: deps.mailer.replyTo } : {}),
        to: recipient.email,
        subject: `${gemeente.letterhead.name}: ${record.subject} (kenmerk ${reference})`,
        text: mailText(
          gemeente.letterhead,
          record.subject,
          reference,
          record.recipientType === 'creditor' ? gemeente.portalUrl : undefined,
        ),
        attachments: [
          { filename: `${record.letterId}.pdf`, content: stored.pdf, contentType: 'application/pdf' },
        ],
      })) as { messageId?: string } | undefined;
    } catch (error) {
      const detail = scrubDetail(error instanceof Error ? error.message : String(error));
      await log({ channel: 'email', outcome: 'failed', detail }).catch(() => undefined);
      await deliveryLog.releaseEmail(record.letterId);
      // Retryable on purpose: SMTP trouble is usually temporary. The message carries no address.
      throw ApplicationFailure.retryable(
        `E-mail voor brief ${record.letterId} mislukt: ${detail}`,
        'LetterEmailFailed',
      );
    }
    // SMTP took it: from here on the claim stays, whatever happens to this log line.
    await log({
      channel: 'email',
      outcome: 'delivered',
      ...(info?.messageId ? { detail: scrubDetail(`message-id ${info.messageId}`) } : {}),
    });
    return { letterId: record.letterId, outbox: outboxResult, email: 'sent' };
  }

  return { renderLetter, deliverLetter };
}

export type LetterActivities = ReturnType<typeof createLetterActivities>;

function mailText(
  letterhead: LoadedLetterhead,
  subject: string,
  reference: string,
  portalUrl?: string,
): string {
  return [
    'Geachte heer, mevrouw,',
    '',
    `In de bijlage vindt u een brief van ${letterhead.name}: ${subject.toLowerCase()} (kenmerk ${reference}).`,
    ...(portalUrl
      ? ['', `U kunt de brief ook lezen en erop reageren in het schuldeisersportaal: ${portalUrl}`]
      : []),
    '',
    `Deze e-mail is automatisch verstuurd. Heeft u vragen? Bel ${letterhead.phone} of mail ${letterhead.email}.`,
    '',
    'Met vriendelijke groet,',
    letterhead.department ? `${letterhead.department}, ${letterhead.name}` : letterhead.name,
  ].join('\n');
}

/**
 * The filesystem implementations of every store, under one folder (`<dataDir>/letters` by default).
 * Production swaps the document store for an S3-compatible one; the rest can stay or move to a database.
 */
/** `ring`: the payload codec's key ring, which also encrypts the documents at rest. */
export function createFsLetterStores(
  root: string,
  accessCodeSecret: string | Buffer,
  ring: KeyRing,
  now?: () => Date,
) {
  return {
    store: new FsDocumentStore(path.join(root, 'documents'), ring, now),
    outbox: new FsOutbox(path.join(root, 'outbox')),
    deliveryLog: new FsDeliveryLog(path.join(root, 'delivery-log')),
    accessCodes: createAccessCodes({
      secret: accessCodeSecret,
      index: new FsAccessCodeIndex(path.join(root, 'access-codes')),
    }),
  };
}
