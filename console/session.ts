import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The browser keeps the bearer token (staff) or the creditor session token in an HttpOnly, SameSite=Strict
 * cookie scoped to its part of the site. Forms carry a CSRF token derived from that cookie (a page of another
 * site can neither read the cookie nor compute the token), and every POST with an Origin header must come from
 * this site.
 */

export const STAFF_COOKIE = 'schuldhulp_medewerker';
export const CREDITOR_COOKIE = 'schuldhulp_schuldeiser';

export function cookiesOf(request: FastifyRequest): Record<string, string> {
  const header = request.headers.cookie;
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    const value = part.slice(at + 1).trim();
    try {
      out[name] = decodeURIComponent(value);
    } catch {
      out[name] = value;
    }
  }
  return out;
}

export function setCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  name: string,
  value: string,
  path: string,
  maxAgeSeconds?: number,
): void {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${path}`, 'HttpOnly', 'SameSite=Strict'];
  if (request.protocol === 'https') parts.push('Secure');
  if (maxAgeSeconds !== undefined) parts.push(`Max-Age=${maxAgeSeconds}`);
  reply.header('set-cookie', parts.join('; '));
}

export function clearCookie(request: FastifyRequest, reply: FastifyReply, name: string, path: string): void {
  setCookie(request, reply, name, '', path, 0);
}

/** The form token for a signed-in browser: a hash of its cookie. */
export function csrfFor(cookieValue: string): string {
  return createHash('sha256').update(`schuldhulp-console-csrf:${cookieValue}`).digest('base64url');
}

export function csrfValid(cookieValue: string, posted: string | undefined): boolean {
  if (!posted) return false;
  const expected = Buffer.from(csrfFor(cookieValue));
  const given = Buffer.from(posted);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A cross-site POST is refused outright (Origin, or else Referer, must name this host). */
export function sameOrigin(request: FastifyRequest): boolean {
  const source = request.headers.origin ?? request.headers.referer;
  if (!source || source === 'null') return source === undefined;
  try {
    return new URL(source).host === request.headers.host;
  } catch {
    return false;
  }
}
