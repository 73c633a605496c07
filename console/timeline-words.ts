import { letterRegistry } from '../activities/letters/registry';
import { CRISIS, GROUNDS, letterKind, plainWords } from './format';
import { html, type Html } from './html';

/**
 * A timeline entry in the officer's words: Dutch labels for the workflow's codes, Dutch dates, creditor names
 * instead of ids, and each letter by its name with a link to it. Internal steps (a run continued as new) are left
 * out: they are the system's, not the case's.
 */

export interface TimelineContext {
  creditors: readonly { creditorId: string; name: string }[];
  letters: readonly { letterId: string; kind: string }[];
  /** The letter link: /console/zaken/{caseId}/brieven/{letterId}. */
  letterHref: (letterId: string) => string;
}

export interface ShownEntry {
  at: string;
  what: string;
  detail?: Html | string;
  by: string;
}

export const letterName = (kind: string): string =>
  (letterRegistry as Record<string, { title?: string }>)[kind]?.title ?? letterKind(kind);

const SOURCES: Record<string, string> = {
  'resident-request': 'de inwoner vroeg zelf om hulp',
  vroegsignalering: 'via vroegsignalering',
};
const HIDDEN = [/^zaak voortgezet \(run \d+\)$/];

export function shownEntries(
  events: readonly { at: string; action: string; detail?: string; by: string }[],
  ctx: TimelineContext,
): ShownEntry[] {
  const nameOf = (id: string) => ctx.creditors.find((c) => c.creditorId === id)?.name ?? id;
  const byWhom = (by: string) =>
    by === 'system' ? 'systeem' : by.startsWith('creditor:') ? nameOf(by.slice('creditor:'.length)) : by;
  const words = (text: string) =>
    plainWords(text).replace(/^([A-Za-z0-9][A-Za-z0-9._-]*): /, (m, id: string) =>
        ctx.creditors.some((c) => c.creditorId === id) ? `${nameOf(id)}: ` : m,
      );
  return events
    .filter((e) => !HIDDEN.some((h) => h.test(e.action)))
    .map((e) => {
      let what = e.action;
      let detail: Html | string | undefined = e.detail;
      const letter = e.detail ? ctx.letters.find((l) => l.letterId === e.detail) : undefined;
      if (what === 'aanmelding') {
        what = 'Aanmelding ontvangen';
        const crisis = /^bedreigende situatie: (.+)$/.exec(e.detail ?? '');
        detail = crisis
          ? `bedreigende situatie: ${CRISIS[crisis[1]!] ?? crisis[1]}`
          : (SOURCES[e.detail ?? ''] ?? e.detail);
      } else if (letter) {
        detail = html`<a href="${ctx.letterHref(letter.letterId)}">${letterName(letter.kind)}</a>`;
      } else if (what === 'beschikking: afwijzing' && e.detail) {
        detail = e.detail
          .split(', ')
          .map((g) => GROUNDS[g] ?? g)
          .join(', ');
      } else if (what === 'oplossing gestart') {
        detail = undefined;
      } else if (/^schuldeiser (toegevoegd|gecorrigeerd)$|^vordering vastgelegd$/.test(what) && e.detail) {
        detail = nameOf(e.detail);
      } else if (typeof detail === 'string') {
        detail = words(detail);
      }
      what = plainWords(what);
      return { at: e.at, what: what.charAt(0).toUpperCase() + what.slice(1), detail, by: byWhom(e.by) };
    });
}
