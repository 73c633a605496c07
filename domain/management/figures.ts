/**
 * The management figures of one gemeente over a period, from the reporting events: pure functions, each figure a
 * list of bars with the cases behind every bar (the page links to them). Terms come from domain/terms, so a
 * figure "within the term" means exactly what the workflows enforce.
 */
import { daysBetween, formatDutchDate, minCivilDate, type CivilDate } from '../civil-date';
import { DEFAULT_POLICY } from '../policy';
import type { ReportEvent } from '../reporting/events';
import type { Bar, Figure } from './figure';
import { beschikkingDeadline, creditorAnswerDeadline, eersteGesprekDeadline } from '../terms';

export type { Bar, Figure } from './figure';

export interface ManagementInput {
  gemeente: string;
  from: CivilDate;
  to: CivilDate;
  /** Open cases are counted on the earlier of `to` and this day. */
  today: CivilDate;
  beschikkingVerordeningWeeks?: number;
  creditorAnswerWerkdagen?: number;
}

interface CaseEvents {
  caseId: string;
  first(kind: ReportEvent['kind'], category?: string): ReportEvent | undefined;
  all: ReportEvent[];
}

function casesOf(events: readonly ReportEvent[], gemeente: string): CaseEvents[] {
  const byCase = new Map<string, ReportEvent[]>();
  for (const e of events)
    if (e.gemeente === gemeente) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
  return [...byCase.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([caseId, all]) => ({
      caseId,
      all,
      first: (kind, category) =>
        all.find((e) => e.kind === kind && (category === undefined || e.category === category)),
    }));
}

/** "1 zaak", "3 zaken". */
const zaken = (n: number) => `${n} ${n === 1 ? 'zaak' : 'zaken'}`;
const within = (on: CivilDate, from: CivilDate, to: CivilDate) => on >= from && on <= to;
const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part * 100) / whole));

function histogram(
  values: { caseId: string; days: number }[],
  buckets: { label: string; max: number }[],
): Bar[] {
  return buckets.map((b, i) => {
    const min = i === 0 ? -Infinity : buckets[i - 1]!.max;
    const ids = values.filter((v) => v.days > min && v.days <= b.max).map((v) => v.caseId);
    return { label: b.label, value: ids.length, caseIds: ids };
  });
}

const median = (xs: number[]) => {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export function managementFigures(events: readonly ReportEvent[], input: ManagementInput): Figure[] {
  const cases = casesOf(events, input.gemeente);
  const { from, to } = input;
  const started = cases.filter((c) => {
    const a = c.first('aanmelding');
    return a && within(a.on, from, to);
  });

  // Wgs art. 4 lid 1 (4 weken) and lid 2 (3 werkdagen in a bedreigende situatie); Atw.
  const gesprekken = started.flatMap((c) => {
    const a = c.first('aanmelding')!;
    const g = c.first('eerste-gesprek');
    if (!g) return [];
    const term = eersteGesprekDeadline(a.on, a.flags?.crisis ? 'gedwongen-woningontruiming' : null);
    return [{ caseId: c.caseId, days: daysBetween(a.on, g.on), inTerm: g.on <= term.deadline }];
  });
  const gesprekInTerm = gesprekken.filter((g) => g.inTerm);
  const wait: Figure = {
    id: 'wachttijd',
    title: 'Wachttijd van aanmelding tot eerste gesprek',
    unit: 'zaken',
    summary: `${pct(gesprekInTerm.length, gesprekken.length)}% van ${gesprekken.length} eerste gesprekken binnen de termijn van de Wgs (art. 4).`,
    bars: histogram(gesprekken, [
      { label: '0–3 dagen', max: 3 },
      { label: '4–7 dagen', max: 7 },
      { label: '8–14 dagen', max: 14 },
      { label: '15–28 dagen', max: 28 },
      { label: 'meer dan 28 dagen', max: Infinity },
    ]),
  };
  const gesprekTerm: Figure = {
    id: 'gesprek-termijn',
    title: 'Eerste gesprek binnen de Wgs-termijn',
    unit: 'zaken',
    summary: wait.summary,
    bars: [
      {
        label: 'binnen de termijn',
        value: gesprekInTerm.length,
        caseIds: gesprekInTerm.map((g) => g.caseId),
      },
      {
        label: 'te laat',
        value: gesprekken.length - gesprekInTerm.length,
        caseIds: gesprekken.filter((g) => !g.inTerm).map((g) => g.caseId),
      },
    ],
  };

  // Wgs art. 4a: the beschikking within the verordening's term, at most 8 weeks after the eerste gesprek.
  const weeks = input.beschikkingVerordeningWeeks ?? DEFAULT_POLICY.beschikkingVerordeningWeeks;
  const beschikkingen = cases.flatMap((c) => {
    const b = c.first('beschikking');
    const g = c.first('eerste-gesprek');
    if (!b || !g || !within(b.on, from, to)) return [];
    return [{ caseId: c.caseId, inTerm: b.on <= beschikkingDeadline(g.on, weeks).deadline }];
  });
  const bIn = beschikkingen.filter((b) => b.inTerm);
  const beschikking: Figure = {
    id: 'beschikking-termijn',
    title: 'Beschikkingen binnen de termijn',
    unit: 'beschikkingen',
    summary: `${pct(bIn.length, beschikkingen.length)}% van ${beschikkingen.length} beschikkingen binnen de termijn (Wgs art. 4a).`,
    bars: [
      { label: 'binnen de termijn', value: bIn.length, caseIds: bIn.map((b) => b.caseId) },
      {
        label: 'te laat',
        value: beschikkingen.length - bIn.length,
        caseIds: beschikkingen.filter((b) => !b.inTerm).map((b) => b.caseId),
      },
    ],
  };

  const weeksBuckets = [
    { label: 'tot 4 weken', max: 28 },
    { label: '4–8 weken', max: 56 },
    { label: '8–13 weken', max: 91 },
    { label: '13–26 weken', max: 182 },
    { label: 'meer dan 26 weken', max: Infinity },
  ];
  const durationTo = (kind: ReportEvent['kind'], id: string, title: string): Figure => {
    const values = started.flatMap((c) => {
      const end = c.first(kind);
      return end ? [{ caseId: c.caseId, days: daysBetween(c.first('aanmelding')!.on, end.on) }] : [];
    });
    const m = median(values.map((v) => v.days));
    return {
      id,
      title,
      unit: 'zaken',
      summary: m === undefined ? 'Nog geen zaken.' : `Mediaan ${m} dagen over ${zaken(values.length)}.`,
      bars: histogram(values, weeksBuckets),
    };
  };

  // Outcomes: the end of a case, or the schuldregeling reached (with its form), in the period.
  const OUTCOMES = [
    'schuldregeling',
    'saneringskrediet',
    'Wsnp',
    'afgewezen',
    'ingetrokken',
    'beëindigd',
  ] as const;
  const outcomeOf = (c: CaseEvents): { label: (typeof OUTCOMES)[number]; on: CivilDate } | undefined => {
    const agreed = c.first('schuldregeling', 'akkoord');
    const form = c.first('oplossing-start')?.category;
    if (agreed)
      return { label: form === 'saneringskrediet' ? 'saneringskrediet' : 'schuldregeling', on: agreed.on };
    const end = c.first('einde');
    if (!end) return undefined;
    const label = (
      { wsnp: 'Wsnp', afgewezen: 'afgewezen', ingetrokken: 'ingetrokken', beeindigd: 'beëindigd' } as const
    )[end.category as 'wsnp'];
    return label ? { label, on: end.on } : undefined;
  };
  const outcomes = cases.flatMap((c) => {
    const o = outcomeOf(c);
    return o && within(o.on, from, to) ? [{ caseId: c.caseId, label: o.label }] : [];
  });
  const outcome: Figure = {
    id: 'uitkomsten',
    title: 'Uitkomsten',
    unit: 'zaken',
    summary: `${zaken(outcomes.length)} ${outcomes.length === 1 ? 'kreeg' : 'kregen'} in de periode een uitkomst.`,
    bars: OUTCOMES.map((label) => {
      const ids = outcomes.filter((o) => o.label === label).map((o) => o.caseId);
      return { label, value: ids.length, caseIds: ids };
    }),
  };

  const asOf = minCivilDate(to, input.today);
  const PHASES = ['aanmelding', 'beschikking', 'stabilisatie', 'oplossing', 'looptijd', 'nazorg'] as const;
  const phaseOf = (c: CaseEvents): (typeof PHASES)[number] | undefined => {
    const by = (kind: ReportEvent['kind'], category?: string) => {
      const e = c.all.find((x) => x.kind === kind && (category === undefined || x.category === category));
      return e && e.on <= asOf ? e : undefined;
    };
    if (!by('aanmelding') || by('einde')) return undefined;
    if (by('nazorg', 'start')) return 'nazorg';
    if (by('looptijd-start')) return 'looptijd';
    if (by('stabilisatie-afgerond')) return 'oplossing';
    if (by('beschikking')) return 'stabilisatie';
    if (by('eerste-gesprek')) return 'beschikking';
    return 'aanmelding';
  };
  const open = cases.flatMap((c) => {
    const p = phaseOf(c);
    return p ? [{ caseId: c.caseId, phase: p }] : [];
  });
  const openFigure: Figure = {
    id: 'open-zaken',
    title: `Open zaken per fase op ${formatDutchDate(asOf)}`,
    unit: 'zaken',
    summary: `${zaken(open.length)} open op ${formatDutchDate(asOf)}.`,
    bars: PHASES.map((phase) => {
      const ids = open.filter((o) => o.phase === phase).map((o) => o.caseId);
      return { label: phase, value: ids.length, caseIds: ids };
    }),
  };

  return [
    wait,
    gesprekTerm,
    beschikking,
    durationTo('stabilisatie-afgerond', 'tot-stabilisatie', 'Tijd van aanmelding tot einde stabilisatie'),
    durationTo('oplossing-start', 'tot-oplossing', 'Tijd van aanmelding tot start oplossing'),
    outcome,
    openFigure,
    creditorLateness(cases, input, asOf),
  ];
}

/**
 * Creditors ranked by how late they answer a saldoverzoek: days past the answer term (10 werkdagen, a
 * Schuldenknooppunt process agreement), averaged over the saldoverzoeken of the period; an open one counts up to
 * the day of the figure.
 */
function creditorLateness(cases: CaseEvents[], input: ManagementInput, asOf: CivilDate): Figure {
  const werkdagen = input.creditorAnswerWerkdagen ?? DEFAULT_POLICY.creditorAnswerWerkdagen;
  const ANSWERS = ['saldo-opgave', 'vooraf-akkoord', 'geen-medewerking'];
  const late = new Map<string, { days: number[]; caseIds: Set<string> }>();
  for (const c of cases)
    for (const request of c.all.filter(
      (e) => e.kind === 'creditor-bericht' && e.category === 'saldoverzoek',
    )) {
      if (!within(request.on, input.from, input.to) || !request.creditorId) continue;
      const answer = c.all.find(
        (e) =>
          e.kind === 'creditor-antwoord' &&
          e.creditorId === request.creditorId &&
          ANSWERS.includes(e.category ?? ''),
      );
      const deadline = creditorAnswerDeadline(request.on, werkdagen).deadline;
      const end = answer && answer.on <= asOf ? answer.on : asOf;
      const entry = late.get(request.creditorId) ?? { days: [], caseIds: new Set<string>() };
      entry.days.push(Math.max(0, daysBetween(deadline, end)));
      entry.caseIds.add(c.caseId);
      late.set(request.creditorId, entry);
    }
  const bars = [...late.entries()]
    .map(([creditorId, e]) => ({
      label: creditorId,
      value: Math.round(e.days.reduce((s, d) => s + d, 0) / e.days.length),
      caseIds: [...e.caseIds],
    }))
    .sort((a, b) => b.value - a.value || (a.label < b.label ? -1 : 1))
    .slice(0, 10);
  return {
    id: 'schuldeisers-laat',
    title: 'Schuldeisers naar hoe laat zij antwoorden op het saldoverzoek',
    unit: 'dagen te laat (gemiddeld)',
    summary: bars.length
      ? `${bars[0]!.label} antwoordt het laatst: gemiddeld ${bars[0]!.value} dagen na de termijn van ${werkdagen} werkdagen.`
      : 'Geen saldoverzoeken in de periode.',
    bars,
  };
}
