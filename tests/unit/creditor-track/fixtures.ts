import type { CivilDate } from '../../../domain/civil-date';
import { DEFAULT_POLICY } from '../../../domain/policy';
import type { Creditor } from '../../../domain/records';
import { initialTrackState, type CreditorTrackState } from '../../../workflows/creditor-track/state';
import type { TrackContext } from '../../../workflows/creditor-track/transitions';

export const d = (s: string) => s as CivilDate;

export const woonstad: Creditor = {
  id: 'woonstad',
  name: 'Woonstad Rotterdam',
  type: 'verhuurder',
  iban: 'NL44RABO0123456789',
  convenantMonths: 8,
  address: { line: 'Postbus 2012', postcode: '3000 CA', city: 'Rotterdam' },
} as Creditor;

export const ctx: TrackContext = {
  caseId: 'case-GM0599-2027-0001',
  gemeente: 'GM0599',
  officerId: 'medewerker-001',
  debtor: {
    name: 'J. Jansen',
    birthDate: d('1980-05-05'),
    address: { line: 'Laan 1', postcode: '3011 AA', city: 'Rotterdam' },
  },
  creditorAnswerWerkdagen: 10,
};

export function freshTrack(): CreditorTrackState {
  return initialTrackState({
    caseId: ctx.caseId,
    caseReference: 'GM0599-2027-0001',
    gemeente: 'GM0599',
    officerId: 'medewerker-001',
    creditor: woonstad,
    claims: [{ creditorId: 'woonstad', amount: 100_000, reference: 'HUUR-1', preferent: false }],
    debtor: ctx.debtor,
    policy: DEFAULT_POLICY,
    stabilisatieStartedOn: d('2027-03-01'),
  });
}
