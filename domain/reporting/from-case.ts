/**
 * The reporting events of one case timeline entry: a pure function of the entry and the case's state right after
 * it was recorded. The case workflow calls it where every timeline entry passes (behind patched('report-events'));
 * an entry that is no business event gives no event.
 */
import { amsterdamDateOf } from '../amsterdam-time';
import type { CivilDate } from '../civil-date';
import type { Cents } from '../money';
import type { ReportEvent, ReportEventKind, TimelineEntryLike } from './events';

/** The parts of the case workflow's state the events read (structurally; the workflow passes its own state). */
export interface CaseReportSource {
  workflowId: string;
  status: {
    caseId: string;
    gemeente: string;
    crisis: boolean;
    requestDate: CivilDate;
    beschikking?: { decision: 'toelating' | 'afwijzing'; on: CivilDate };
    creditors: { creditorId: string; name: string; claimAmount?: Cents; removed: boolean }[];
    moratorium?: { requestedOn: CivilDate; decidedOn?: CivilDate; granted?: boolean; endDate?: CivilDate };
  };
  claims: { creditorId: string; amount: Cents }[];
  resident: {
    bsn: string;
    dateOfBirth: CivilDate;
    address: { postcode: string; houseNumber: number; houseNumberAddition?: string };
  };
}

/** What a creditor track reports (timeline action) → the SKN message (kind, category). */
const CREDITOR_EVENTS: Record<string, [ReportEventKind, string]> = {
  'kennisgeving verstuurd': ['creditor-bericht', 'kennisgeving'],
  'saldoverzoek verstuurd': ['creditor-bericht', 'saldoverzoek'],
  'herinnering saldoverzoek': ['creditor-bericht', 'herinnering-saldoverzoek'],
  'pauze verlengd': ['creditor-bericht', 'kennisgeving-verlenging'],
  'noodstop verstuurd': ['creditor-bericht', 'noodstop'],
  'noodstop verlengd': ['creditor-bericht', 'noodstop-verlenging'],
  'noodstop opgeheven': ['creditor-bericht', 'einde-pauze'],
  'noodstop verlopen': ['creditor-bericht', 'einde-pauze'],
  'pauze bevestigd': ['creditor-antwoord', 'pauze-bevestiging'],
  'saldo-opgave ontvangen': ['creditor-antwoord', 'saldo-opgave'],
  'vooraf akkoord': ['creditor-antwoord', 'vooraf-akkoord'],
  'geen medewerking': ['creditor-antwoord', 'geen-medewerking'],
};

const dateOf = (at: string): CivilDate => amsterdamDateOf(Date.parse(at));
const isDate = (text: string | undefined): text is CivilDate => !!text && /^\d{4}-\d{2}-\d{2}$/.test(text);

export function caseReportEvents(
  entry: TimelineEntryLike,
  index: number,
  source: CaseReportSource,
): ReportEvent[] {
  const { status } = source;
  const base = (n: number) => ({
    eventId: `${source.workflowId}#${index}.${n}`,
    workflowId: source.workflowId,
    caseId: status.caseId,
    gemeente: status.gemeente,
    at: entry.at,
  });
  const event = (kind: ReportEventKind, on: CivilDate, rest: Partial<ReportEvent> = {}): ReportEvent[] => [
    { ...base(0), kind, on, ...rest },
  ];
  const recordedOn = dateOf(entry.at);
  const detailDate = isDate(entry.detail) ? entry.detail : recordedOn;

  if (entry.by.startsWith('creditor:')) {
    const creditorId = entry.by.slice('creditor:'.length);
    const known = CREDITOR_EVENTS[entry.action];
    if (!known) return [];
    const summary = status.creditors.find((c) => c.creditorId === creditorId);
    const [kind, category] = known;
    return event(kind, recordedOn, {
      category,
      creditorId,
      ...(category === 'saldo-opgave' && summary?.claimAmount !== undefined
        ? { amountCents: summary.claimAmount }
        : {}),
      ...(summary ? { personal: { creditorName: summary.name } } : {}),
    });
  }

  switch (entry.action) {
    case 'aanmelding': {
      const { address } = source.resident;
      return event('aanmelding', status.requestDate, {
        category: status.crisis ? 'crisis' : 'regulier',
        amountCents: source.claims.reduce((sum, c) => sum + c.amount, 0),
        flags: { crisis: status.crisis },
        personal: {
          client: {
            bsn: source.resident.bsn,
            dateOfBirth: source.resident.dateOfBirth,
            postcode: address.postcode,
            houseNumber: address.houseNumber,
            ...(address.houseNumberAddition ? { houseNumberAddition: address.houseNumberAddition } : {}),
          },
        },
      });
    }
    case 'eerste gesprek gehouden':
      return event('eerste-gesprek', detailDate);
    case 'hulpvraag ingetrokken':
      // The withdrawal's date is not in the entry (its detail is the reason): the day it was recorded.
      return event('einde', recordedOn, { category: 'ingetrokken' });
    case 'beschikking: toelating':
    case 'beschikking: afwijzing': {
      const b = status.beschikking;
      if (!b) return [];
      const decided = event('beschikking', b.on, { category: b.decision });
      // A refusal ends the case: its end is the beschikking itself.
      if (b.decision === 'afwijzing')
        decided.push({ ...base(1), kind: 'einde', on: b.on, category: 'afgewezen' });
      return decided;
    }
    case 'stabilisatie afgerond': {
      const total = status.creditors
        .filter((c) => !c.removed)
        .reduce((sum, c) => sum + (c.claimAmount ?? 0), 0);
      return event('stabilisatie-afgerond', detailDate, { amountCents: total });
    }
    case 'moratorium aangevraagd bij de rechter (Wgs art. 5)':
      return event('moratorium', detailDate, { category: 'aangevraagd' });
    case 'moratorium toegewezen':
    case 'moratorium afgewezen': {
      const m = status.moratorium;
      if (!m?.decidedOn) return [];
      return event('moratorium', m.decidedOn, {
        category: m.granted ? 'toegewezen' : 'afgewezen',
        dates: { requestedOn: m.requestedOn, ...(m.endDate ? { endDate: m.endDate } : {}) },
      });
    }
    case 'schuldregeling tot stand gekomen':
      return event('schuldregeling', detailDate, { category: 'tot-stand' });
  }
  const ended = /^oplossing beëindigd: (.+)$/.exec(entry.action);
  if (ended) return event('einde', detailDate, { category: ended[1]! });
  return [];
}
