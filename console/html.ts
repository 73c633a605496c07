/**
 * HTML as escaped strings. `html` is a tagged template: every interpolated value is escaped unless it is
 * already `SafeHtml` (the output of another `html` call, or `raw` for the few fixed strings we trust).
 * Arrays are joined; null, undefined and false render as nothing.
 */

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Html = SafeHtml;
type Part = SafeHtml | string | number | boolean | null | undefined | readonly Part[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c] as string);
}

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return (part as readonly Part[]).map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Only for fixed markup written in this code base, never for data. */
export const raw = (markup: string): SafeHtml => new SafeHtml(markup);

/** Attribute value for an id: "aanmelding.resident.bsn" → "f-aanmelding-resident-bsn". */
export const idOf = (name: string): string => `f-${name.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;
