import type { Payload } from '@temporalio/common';

/**
 * Who may read decrypted payloads through the codec server, and which. A caller is a staff member signed in
 * with an API token (the Temporal UI passes it as `Authorization: Bearer`); the development Web UI is one fixed
 * caller with its own key. Officers and gemeente supervisors see only payloads that name their own gemeente:
 * a payload naming another gemeente refuses the whole request (403), one naming none stays encrypted.
 */

export interface CodecCaller {
  /** For the log: the officer id, or the role (never what was decoded). */
  who: string;
  role: 'officer' | 'supervisor' | 'waarborgfonds' | 'dev-web-ui';
  /** Without one (a national supervisor, the development Web UI) every gemeente. */
  gemeenteCode?: string;
}

export type Admission = { ok: true } | { ok: false; status: 403; reason: string };

export function admit(caller: CodecCaller): Admission {
  if (caller.role === 'waarborgfonds')
    return { ok: false, status: 403, reason: 'the waarborgfonds has no access to case payloads' };
  if (caller.role === 'officer' && !caller.gemeenteCode)
    return { ok: false, status: 403, reason: 'an officer token without a gemeente' };
  return { ok: true };
}

const GEMEENTE = /GM\d{4}/g;

/** The gemeenten a decoded payload names (case ids, case references, gemeenteCode fields). */
export function gemeentenIn(payload: Payload): Set<string> {
  const text = Buffer.from(payload.data ?? []).toString('utf8');
  return new Set(text.match(GEMEENTE) ?? []);
}

export type Release =
  | { ok: true; payloads: Payload[]; withheld: number }
  | { ok: false; status: 403; reason: string };

/** What of the decoded payloads this caller gets; `encoded[i]` is returned where `decoded[i]` is withheld. */
export function release(caller: CodecCaller, encoded: Payload[], decoded: Payload[]): Release {
  const own = caller.gemeenteCode;
  if (!own) return { ok: true, payloads: decoded, withheld: 0 };
  let withheld = 0;
  const out: Payload[] = [];
  for (let i = 0; i < decoded.length; i++) {
    const named = gemeentenIn(decoded[i]!);
    if ([...named].some((g) => g !== own)) return { ok: false, status: 403, reason: `not a payload of ${own}` };
    if (named.has(own)) out.push(decoded[i]!);
    else {
      withheld++;
      out.push(encoded[i]!);
    }
  }
  return { ok: true, payloads: out, withheld };
}
