import * as path from 'node:path';
import type { LetterInput } from './compose';
import type { ComposeOptions } from './compose';
import { exampleLetterInput } from './examples';
import type { GemeenteDirectory } from './gemeente';
import { loadGemeentenFile } from './gemeente';
import type { LetterKind } from './registry';
import { letterIdFor } from '../../domain/letter-id';
import { residentSchema } from '../../domain/records';
import { residentRecipient } from '../../workflows/shared/recipients';

/**
 * Example letters as a configured gemeente sends them: deploy/gemeenten.json, a GM0599 case, its officer and a
 * (fictitious) resident record mapped as the workflows map it. Used by the letter tests and scripts/letters-png.
 */

export const GEMEENTEN_FILE = path.join(__dirname, '..', '..', 'deploy', 'gemeenten.json');
export const CASE_REFERENCE = 'GM0599-2026-0001';
export const OFFICER_ID = 'medewerker-001';
export const ACCESS_CODE = 'K7QF-3MZP-W8HD-2RXT';

export function configuredDirectory(file = GEMEENTEN_FILE): GemeenteDirectory {
  return loadGemeentenFile(file, 'http://localhost:3000/schuldeisers');
}

/** Mr Jan Pieter van der Berg, as the aanmelding records him. */
export const residentRecord = residentSchema.parse({
  bsn: '123456782',
  name: { givenNames: 'Jan Pieter', prefix: 'van der', surname: 'Berg' },
  aanhef: 'heer',
  address: {
    street: 'Coolsingel',
    houseNumber: 40,
    houseNumberAddition: 'B',
    postcode: '3011 AD',
    city: 'Rotterdam',
  },
  dateOfBirth: '1984-03-12',
  contact: {},
});

export function configuredInput(kind: LetterKind, directory: GemeenteDirectory): LetterInput {
  const base = exampleLetterInput(kind);
  const resident = base.recipient.type === 'resident';
  const recipientKey =
    base.recipient.type === 'creditor' ? base.recipient.creditorId : resident ? 'resident' : 'waarborgfonds';
  return {
    ...base,
    caseReference: CASE_REFERENCE,
    letterId: letterIdFor({ caseReference: CASE_REFERENCE, kind, recipientKey }),
    contact: directory.contactFor(CASE_REFERENCE, OFFICER_ID),
    recipient: resident ? residentRecipient(residentRecord, CASE_REFERENCE) : base.recipient,
  } as LetterInput;
}

export function configuredOptions(directory: GemeenteDirectory): ComposeOptions {
  const gemeente = directory.forCase(CASE_REFERENCE);
  return {
    letterhead: gemeente.letterhead,
    portalUrl: gemeente.portalUrl,
    ...(gemeente.signatory ? { signatory: gemeente.signatory } : {}),
    accessCodeFor: () => ACCESS_CODE,
  };
}
