import type { Creditor, Resident } from '../../domain/records';
import { residentFullName } from '../../domain/records';
import type { CreditorRecipient, ResidentRecipient } from '../../activities/letters/schemas';
import { addressName, salutationFor } from '../../domain/salutation';

/** Record → letter recipient. Pure mapping; the resident is identified by the case reference, never the BSN. */

export function addressLine(address: Resident['address']): string {
  return `${address.street} ${address.houseNumber}${address.houseNumberAddition ? ` ${address.houseNumberAddition}` : ''}`;
}

export function residentRecipient(resident: Resident, caseReference: string): ResidentRecipient {
  return {
    type: 'resident',
    residentId: caseReference,
    name: addressName(resident.name, resident.aanhef),
    salutation: salutationFor(resident.name, resident.aanhef),
    address: {
      line: addressLine(resident.address),
      postcode: resident.address.postcode,
      city: resident.address.city,
    },
    ...(resident.contact.email ? { email: resident.contact.email } : {}),
  };
}

export function creditorRecipient(creditor: Creditor, theirReference?: string): CreditorRecipient {
  return {
    type: 'creditor',
    creditorId: creditor.id,
    name: creditor.name,
    ...(creditor.attention ? { attention: creditor.attention } : {}),
    address: creditor.address,
    ...(theirReference ? { theirReference } : {}),
    ...(creditor.email ? { email: creditor.email } : {}),
  };
}

/** How creditor letters name the debtor: name, date of birth and address, no BSN. */
export interface Debtor {
  name: string;
  birthDate: Resident['dateOfBirth'];
  address: { line: string; postcode: string; city: string };
}

export function debtorOf(resident: Resident): Debtor {
  return {
    name: residentFullName(resident),
    birthDate: resident.dateOfBirth,
    address: {
      line: addressLine(resident.address),
      postcode: resident.address.postcode,
      city: resident.address.city,
    },
  };
}
