/** Public surface of the letters module: activities, stores, access codes, registry and letter ids. */
export { createLetterActivities, createFsLetterStores, LETTER_FAILURES } from './activities';
export type {
  DeliverLetterInput,
  DeliveryResult,
  LetterActivities,
  LetterActivityDeps,
  LetterMailer,
} from './activities';
export type { LetterInput } from './compose';
export { composeLetter, validateLetterInput } from './compose';
export type { AccessCodeIndex, AccessCodeOwner, AccessCodeService } from './access-codes';
export {
  createAccessCodes,
  FsAccessCodeIndex,
  MemoryAccessCodeIndex,
  normalizeAccessCode,
} from './access-codes';
export type { DocumentStore, LetterRef, StoredLetter } from './store';
export { FsDocumentStore } from './store';
export type { Outbox, OutboxEntry } from './outbox';
export { FsOutbox } from './outbox';
export type { DeliveryAttempt, DeliveryLog } from './delivery-log';
export { FsDeliveryLog } from './delivery-log';
export type { Letterhead, LoadedLetterhead } from './letterhead';
export { letterheadSchema, loadLetterhead } from './letterhead';
export type { LetterData, LetterKind } from './registry';
export { LETTER_KINDS, letterRegistry } from './registry';
export { letterIdFor, kenmerk } from '../../domain/letter-id';
export type {
  Recipient,
  CreditorRecipient,
  ResidentRecipient,
  WaarborgfondsRecipient,
  ContactPerson,
} from './schemas';
export { LetterInputError } from './schemas';
