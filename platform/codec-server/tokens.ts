import type { CodecCaller } from './access';

/** A staff principal of the API's token registry as a codec caller (structural: no import of api/). */
export function codecCallerOf(
  principal: { role: 'officer' | 'supervisor' | 'waarborgfonds'; officerId?: string; gemeenteCode?: string } | undefined,
): CodecCaller | undefined {
  if (!principal) return undefined;
  return { who: principal.officerId ?? principal.role, role: principal.role, gemeenteCode: principal.gemeenteCode };
}
