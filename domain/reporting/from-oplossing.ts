/**
 * The reporting events of one oplossing timeline entry: a pure function of the entry and the oplossing's state at
 * the moment it was recorded (the workflow calls it where every timeline entry passes, behind
 * patched('report-events')). Entries that are no business event give none.
 */
import { amsterdamDateOf } from '../amsterdam-time';
import type { CivilDate } from '../civil-date';
import type { Cents } from '../money';
import type { ReportEvent, ReportEventKind, TimelineEntryLike } from './events';

/** The parts of the oplossing workflow's state the events read (structurally). */
export interface OplossingReportSource {
  workflowId: string;
  status: {
    caseId: string;
    gemeente: string;
    form?: 'betalingsregeling' | 'saneringskrediet';
    proposal?: { kind: string; totalOfferedCents: Cents; totalClaimsCents: Cents };
    creditors: {
      creditorId: string;
      name: string;
      stage: string;
      /** The creditor's refusals so far, the one being recorded included. */
      rejections: readonly unknown[];
      voorafAkkoord: boolean;
      dwangakkoord?: { requestedOn: CivilDate; ruledOn?: CivilDate; granted?: boolean };
    }[];
    looptijd?: {
      startDate: CivilDate;
      endDate: CivilDate;
      totalCents: Cents;
      payments: { date: CivilDate; amountCents: Cents }[];
    };
  };
}

const isDate = (text: string | undefined): text is CivilDate => !!text && /^\d{4}-\d{2}-\d{2}$/.test(text);

export function oplossingReportEvents(
  entry: TimelineEntryLike,
  index: number,
  source: OplossingReportSource,
): ReportEvent[] {
  const { status } = source;
  const events: ReportEvent[] = [];
  const add = (kind: ReportEventKind, on: CivilDate, rest: Partial<ReportEvent> = {}) =>
    events.push({
      eventId: `${source.workflowId}#${index}.${events.length}`,
      workflowId: source.workflowId,
      caseId: status.caseId,
      gemeente: status.gemeente,
      at: entry.at,
      kind,
      on,
      ...rest,
    });
  const recordedOn = amsterdamDateOf(Date.parse(entry.at));
  const detailDate = isDate(entry.detail) ? entry.detail : recordedOn;
  const creditorId = entry.by.startsWith('creditor:') ? entry.by.slice('creditor:'.length) : entry.detail;
  const offer = status.creditors.find((c) => c.creditorId === creditorId);
  const toCreditor = (kind: ReportEventKind, category: string, on: CivilDate) =>
    offer &&
    add(kind, on, { category, creditorId: offer.creditorId, personal: { creditorName: offer.name } });

  switch (entry.action) {
    case 'oplossing gestart': {
      add('oplossing-start', recordedOn, {
        category: status.form,
        ...(status.proposal ? { amountCents: status.proposal.totalOfferedCents } : {}),
        flags: { nihil: status.proposal?.kind === 'nihil-aanbod' },
      });
      // Collectief schuldregelen: who agreed in advance gets no betaalvoorstel (only with a saneringskrediet).
      for (const c of status.creditors) {
        if (status.form === 'saneringskrediet' && c.voorafAkkoord) continue;
        add('creditor-bericht', recordedOn, {
          category: 'betaalvoorstel',
          creditorId: c.creditorId,
          personal: { creditorName: c.name },
        });
      }
      break;
    }
    case 'akkoord met betaalvoorstel':
      toCreditor('creditor-antwoord', 'voorstel-akkoord', recordedOn);
      break;
    case 'betaalvoorstel afgewezen':
      toCreditor('creditor-antwoord', 'voorstel-afwijzing', recordedOn);
      // A first refusal is followed by our heroverweging (the refusal is on the offer before it is recorded; the
      // stage may or may not have moved yet, depending on the workflow version).
      if (offer && offer.rejections.length <= 1)
        toCreditor('creditor-bericht', 'heroverweging', recordedOn);
      break;
    case 'finale kwijting verleend':
      toCreditor('creditor-antwoord', 'finale-kwijting', detailDate);
      break;
    case 'verzoek dwangakkoord ingediend (Fw art. 287a)':
      if (offer?.dwangakkoord)
        add('dwangakkoord', offer.dwangakkoord.requestedOn, {
          category: 'verzoek',
          creditorId: offer.creditorId,
        });
      break;
    case 'dwangakkoord toegewezen: schuldeiser gebonden':
    case 'dwangakkoord afgewezen': {
      const d = offer?.dwangakkoord;
      if (d?.ruledOn)
        add('dwangakkoord', d.ruledOn, {
          category: d.granted ? 'toegewezen' : 'afgewezen',
          creditorId: offer!.creditorId,
          dates: { requestedOn: d.requestedOn },
        });
      break;
    }
    case 'Wsnp-verklaring afgegeven; minnelijk traject beëindigd (Fw art. 285)':
      add('wsnp-verklaring', recordedOn);
      break;
    case 'alle schuldeisers akkoord':
      add('schuldregeling', detailDate, { category: 'akkoord' });
      break;
    case 'schuldregeling tot stand; looptijd begint': {
      const lt = status.looptijd;
      if (lt) add('looptijd-start', lt.startDate, { category: status.form, dates: { endDate: lt.endDate } });
      break;
    }
    case 'saneringskrediet uitbetaald aan alle schuldeisers': {
      const lt = status.looptijd;
      if (lt)
        add('betaling', lt.startDate, {
          category: 'saneringskrediet-uitbetaling',
          amountCents: lt.totalCents,
        });
      break;
    }
    case 'betaling ontvangen': {
      const last = status.looptijd?.payments.at(-1);
      if (last) add('betaling', last.date, { category: 'termijn', amountCents: last.amountCents });
      break;
    }
    case 'regeling beëindigd (Wgs art. 4a lid 6)':
      add('regeling-beeindigd', recordedOn);
      break;
    case 'looptijd voltooid':
      add('looptijd-einde', detailDate);
      break;
    case 'nazorg begint':
      add('nazorg', recordedOn, { category: 'start' });
      break;
    case 'nazorg afgerond; schuldregeling afgesloten':
      add('nazorg', recordedOn, { category: 'einde' });
      break;
  }
  return events;
}
