import { formatEuro } from '../domain/money';
import type { CasePhase, CreditorTrackPhase, WaitingOn } from '../workflows/case/types';

/** Dutch words for the codes the API returns. Unknown codes are shown as they are. */

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "2026-12-21" (or an ISO instant) → "21 december 2026". */
export function datum(value: string | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** An ISO instant's time of day in Amsterdam, to the second: "16:02:31" (a list seconds old). */
export function clockTime(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', timeStyle: 'medium' }).format(new Date(iso));
}

/** An ISO instant in Amsterdam time: "23 november 2026, 11:12". */
export function tijdstip(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${datum(`${get('year')}-${get('month')}-${get('day')}`)}, ${get('hour')}:${get('minute')}`;
}

export const euro = (cents: number | undefined): string => (cents === undefined ? '' : formatEuro(cents));

export const PHASES: Record<CasePhase, string> = {
  aanmelding: 'Aanmelding',
  beschikking: 'Beschikking',
  stabilisatie: 'Stabilisatie',
  oplossing: 'Oplossing',
  afgesloten: 'Afgesloten',
};

export const WAITING_ON: Record<WaitingOn, string> = {
  officer: 'de medewerker',
  creditor: 'een schuldeiser',
  resident: 'de inwoner',
  none: 'niemand',
};

export const DEADLINE_KINDS: Record<string, string> = {
  'eerste-gesprek': 'Eerste gesprek',
  beschikking: 'Beschikking',
  bezwaar: 'Bezwaar',
  'creditor-answer': 'Antwoord schuldeiser',
  'kennisgeving-pause': 'Pauze na kennisgeving',
  noodstop: 'Noodstop',
  schuldregeling: 'Schuldregeling',
  moratorium: 'Moratorium',
  looptijd: 'Looptijd',
};

export const DEADLINE_STATES: Record<string, { label: string; tone: string }> = {
  open: { label: 'Loopt', tone: 'info' },
  met: { label: 'Gehaald', tone: 'ok' },
  breached: { label: 'Overschreden', tone: 'alarm' },
  cancelled: { label: 'Vervallen', tone: 'neutral' },
};

export const TRACK_PHASES: Record<CreditorTrackPhase, { label: string; tone: string }> = {
  'wacht-op-stabilisatie': { label: 'Wacht op stabilisatie', tone: 'neutral' },
  'wacht-op-antwoord': { label: 'Wacht op antwoord', tone: 'info' },
  herinnerd: { label: 'Herinnerd', tone: 'warn' },
  geescaleerd: { label: 'Geëscaleerd', tone: 'alarm' },
  beantwoord: { label: 'Beantwoord', tone: 'ok' },
  gesloten: { label: 'Gesloten', tone: 'neutral' },
};

export const ANSWERS: Record<string, string> = {
  'saldo-opgave': 'Saldo-opgave',
  'vooraf-akkoord': 'Vooraf akkoord',
  'geen-medewerking': 'Geen medewerking',
  'pauze-bevestiging': 'Pauze bevestigd',
};

export const REASONS: Record<string, string> = {
  'termijn-overschreden': 'Termijn overschreden',
  'termijn-nadert': 'Termijn nadert',
  'wacht-lang-op-schuldeiser': 'Wacht lang op schuldeiser',
  'activiteit-faalt': 'Activiteit faalt',
  'workflowtaak-faalt': 'Workflowtaak faalt',
  'geen-voortgang': 'Geen voortgang',
};

export const CRISIS: Record<string, string> = {
  'gedwongen-woningontruiming': 'Gedwongen woningontruiming',
  'afsluiting-energie-water': 'Afsluiting van gas, elektriciteit, warmte of water',
  'beeindiging-zorgverzekering': 'Beëindiging van de zorgverzekering',
};

export const PARTNERS: Record<string, string> = {
  verhuurder: 'Verhuurder',
  zorgverzekeraar: 'Zorgverzekeraar',
  energieleverancier: 'Energieleverancier',
  drinkwaterbedrijf: 'Drinkwaterbedrijf',
};

export const GROUNDS: Record<string, string> = {
  'eerdere-schuldhulp': 'Eerdere schuldhulp (Wgs art. 3 lid 2)',
  fraude: 'Fraude (Wgs art. 3 lid 3)',
  'geen-rechtmatig-verblijf': 'Geen rechtmatig verblijf (Wgs art. 3 lid 4)',
  verordening: 'Grond uit de verordening van de gemeente',
};

/** "kennisgeving-noodstop" → "Kennisgeving noodstop". */
export function letterKind(kind: string): string {
  const words = kind.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const label = (table: Record<string, string>, code: string | undefined): string =>
  code === undefined ? '' : (table[code] ?? code);
// The tables above are typed on the declared lists (workflows/case/types.ts): a new phase without a label fails tsc.

/** Timeline actor: an officer id, 'system' or 'creditor:<id>'. */
export const byWhom = (by: string): string =>
  by === 'system'
    ? 'systeem'
    : by.startsWith('creditor:')
      ? `schuldeiser ${by.slice('creditor:'.length)}`
      : by;

const ISO_DAY = /\b(\d{4}-\d{2}-\d{2})(?:T[\d:.]+Z)?\b/g;
const TERM_CODES = new RegExp(`\\b(${Object.keys(DEADLINE_KINDS).join('|')})\\b`, 'g');

/** A workflow's short text for people: Dutch dates, term names instead of their codes. */
export function plainWords(text: string): string {
  return text
    .replace(/\b(\d+) cent\b/g, (_m, cents: string) => formatEuro(Number(cents)))
    .replace(ISO_DAY, (_m, day: string) => datum(day))
    .replace(/\btermijn (eerste-gesprek|beschikking|[a-z-]+)\b/gi, (m, kind: string) =>
      DEADLINE_KINDS[kind] ? `${m.slice(0, 8)}${DEADLINE_KINDS[kind].toLowerCase()}` : m,
    )
    .replace(TERM_CODES, (kind: string) => (kind.includes('-') ? (DEADLINE_KINDS[kind] ?? kind).toLowerCase() : kind));
}
