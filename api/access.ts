import type { CreditorPrincipal } from './auth/creditor-session';
import type { StaffPrincipal } from './auth/tokens';
import { forbidden } from './problem';
import type { Principal } from './route';

/**
 * Who may see or touch which case. An officer works for one gemeente and reaches only that gemeente's cases;
 * a supervisor with a gemeente likewise (without one: all). The gemeente is part of the case id
 * (case-GM0599-2026-0001), so the check needs no call to Temporal and says nothing about whether the case exists.
 */

export function gemeenteOfCaseId(caseId: string): string | undefined {
  return /^case-(GM\d{4})-/.exec(caseId)?.[1];
}

export function staff(principal: Principal): StaffPrincipal {
  if (principal.kind !== 'staff') throw forbidden('Deze route is niet voor schuldeisers.');
  return principal;
}

export function creditor(principal: Principal): CreditorPrincipal {
  if (principal.kind !== 'creditor') throw forbidden('Deze route is alleen voor schuldeisers.');
  return principal;
}

/** Throws 403 unless the principal may reach cases of this gemeente. */
export function assertGemeente(principal: StaffPrincipal, gemeente: string | undefined): void {
  if (principal.role === 'waarborgfonds') throw forbidden('Het waarborgfonds heeft geen toegang tot zaken.');
  if (principal.role === 'officer' && !principal.gemeenteCode) {
    throw forbidden('Dit token hoort bij geen gemeente.');
  }
  if (principal.gemeenteCode && gemeente !== principal.gemeenteCode) {
    throw forbidden(`Deze zaak hoort niet bij uw gemeente (${principal.gemeenteCode}).`);
  }
}

export function assertCaseAccess(principal: Principal, caseId: string): StaffPrincipal {
  const who = staff(principal);
  assertGemeente(who, gemeenteOfCaseId(caseId));
  return who;
}

/** The gemeente a list is limited to: the principal's own; another one asked for is refused. */
export function scopeGemeente(principal: StaffPrincipal, asked: string | undefined): string | undefined {
  if (principal.gemeenteCode) {
    if (asked && asked !== principal.gemeenteCode) {
      throw forbidden(`U ziet alleen zaken van uw eigen gemeente (${principal.gemeenteCode}).`);
    }
    return principal.gemeenteCode;
  }
  return asked;
}

export function officerIdOf(principal: StaffPrincipal): string {
  if (principal.role !== 'officer' || !principal.officerId)
    throw forbidden('Alleen een medewerker kan dit doen.');
  return principal.officerId;
}
