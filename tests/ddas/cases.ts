import type { CivilDate } from '../../domain/civil-date';
import type { ReportEvent, ReportEventKind } from '../../domain/reporting/events';

/**
 * Hand-built reporting events of four cases in GM0599 and one in GM0363, as the workflows report them
 * (domain/reporting), for the DDAS and management tests. Dates are chosen; expected results are worked out by hand.
 */
let seq = 0;
export function ev(
  caseId: string,
  kind: ReportEventKind,
  on: string,
  rest: Partial<ReportEvent> = {},
): ReportEvent {
  const gemeente = rest.gemeente ?? caseId.slice(5, 11);
  return {
    eventId: `${caseId}#${seq++}.0`,
    workflowId: caseId,
    caseId,
    gemeente,
    kind,
    on: on as CivilDate,
    at: `${on}T09:00:00.000Z`,
    ...rest,
  };
}

const client = (bsn: string) => ({
  client: {
    bsn,
    dateOfBirth: '1984-03-12' as CivilDate,
    postcode: '3011AD',
    houseNumber: 40,
    houseNumberAddition: 'B',
  },
});

/** A: crisis, toelating, moratorium, saneringskrediet with a dwangakkoord, looptijd, nazorg, afgerond. */
export const caseA = 'case-GM0599-2025-0001';
/** B: withdrawn after the aanmelding. */
export const caseB = 'case-GM0599-2026-0002';
/** C: refused at the beschikking. */
export const caseC = 'case-GM0599-2026-0003';
/** D: betalingsregeling still running, a creditor answering late. */
export const caseD = 'case-GM0599-2026-0004';
/** E: another gemeente. */
export const caseE = 'case-GM0363-2026-0005';

export const exampleEvents: ReportEvent[] = [
  ev(caseA, 'aanmelding', '2025-11-03', {
    category: 'crisis',
    flags: { crisis: true },
    amountCents: 500_000,
    personal: client('123456782'),
  }),
  ev(caseA, 'eerste-gesprek', '2025-11-05'),
  ev(caseA, 'beschikking', '2025-12-01', { category: 'toelating' }),
  ev(caseA, 'creditor-bericht', '2025-12-02', { category: 'kennisgeving', creditorId: 'woonstad' }),
  ev(caseA, 'creditor-bericht', '2025-12-02', { category: 'saldoverzoek', creditorId: 'woonstad' }),
  ev(caseA, 'creditor-antwoord', '2025-12-10', {
    category: 'saldo-opgave',
    creditorId: 'woonstad',
    amountCents: 312_075,
  }),
  ev(caseA, 'moratorium', '2025-12-03', { category: 'aangevraagd' }),
  ev(caseA, 'moratorium', '2025-12-10', {
    category: 'toegewezen',
    dates: { requestedOn: '2025-12-03' as CivilDate, endDate: '2026-06-10' as CivilDate },
  }),
  ev(caseA, 'stabilisatie-afgerond', '2026-01-15', { amountCents: 1_234_550 }),
  ev(caseA, 'oplossing-start', '2026-01-20', {
    category: 'saneringskrediet',
    flags: { nihil: false },
    amountCents: 400_000,
  }),
  ev(caseA, 'dwangakkoord', '2026-03-02', { category: 'verzoek', creditorId: 'woonstad' }),
  ev(caseA, 'dwangakkoord', '2026-03-23', { category: 'toegewezen', creditorId: 'woonstad' }),
  ev(caseA, 'schuldregeling', '2026-03-23', { category: 'akkoord' }),
  ev(caseA, 'looptijd-start', '2026-04-01', {
    category: 'saneringskrediet',
    dates: { endDate: '2027-10-01' as CivilDate },
  }),
  ev(caseA, 'betaling', '2026-04-01', { category: 'saneringskrediet-uitbetaling', amountCents: 400_000 }),
  ev(caseA, 'looptijd-einde', '2027-10-01'),
  ev(caseA, 'nazorg', '2027-10-15', { category: 'start' }),
  ev(caseA, 'nazorg', '2028-04-15', { category: 'einde' }),
  ev(caseA, 'einde', '2028-04-15', { category: 'afgerond' }),

  ev(caseB, 'aanmelding', '2026-02-02', {
    category: 'regulier',
    flags: { crisis: false },
    amountCents: 0,
    personal: client('111222333'),
  }),
  ev(caseB, 'einde', '2026-02-10', { category: 'ingetrokken' }),

  ev(caseC, 'aanmelding', '2026-03-02', {
    category: 'regulier',
    flags: { crisis: false },
    amountCents: 80_000,
    personal: client('999999990'),
  }),
  ev(caseC, 'eerste-gesprek', '2026-04-01'),
  ev(caseC, 'beschikking', '2026-06-15', { category: 'afwijzing' }),
  ev(caseC, 'einde', '2026-06-15', { category: 'afgewezen' }),

  ev(caseD, 'aanmelding', '2026-05-04', {
    category: 'regulier',
    flags: { crisis: false },
    amountCents: 200_000,
    personal: client('123123123'),
  }),
  ev(caseD, 'eerste-gesprek', '2026-05-18'),
  ev(caseD, 'beschikking', '2026-06-01', { category: 'toelating' }),
  ev(caseD, 'creditor-bericht', '2026-06-02', { category: 'saldoverzoek', creditorId: 'telco' }),
  ev(caseD, 'creditor-antwoord', '2026-07-14', {
    category: 'saldo-opgave',
    creditorId: 'telco',
    amountCents: 99_949,
  }),
  ev(caseD, 'stabilisatie-afgerond', '2026-08-03', { amountCents: 199_949 }),
  ev(caseD, 'oplossing-start', '2026-08-10', {
    category: 'betalingsregeling',
    flags: { nihil: false },
    amountCents: 90_000,
  }),
  ev(caseD, 'schuldregeling', '2026-09-01', { category: 'akkoord' }),
  ev(caseD, 'looptijd-start', '2026-09-01', {
    category: 'betalingsregeling',
    dates: { endDate: '2028-03-01' as CivilDate },
  }),
  ev(caseD, 'betaling', '2026-10-01', { category: 'termijn', amountCents: 5_000 }),

  ev(caseE, 'aanmelding', '2026-01-12', {
    category: 'regulier',
    flags: { crisis: false },
    amountCents: 10_000,
    personal: client('123456782'),
  }),
];
