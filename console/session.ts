import { createHash, timingSafeEqual } from 'node:crypto';
import '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The browser keeps the bearer token (staff) or the creditor session token in an HttpOnly, SameSite=Strict
 * cookie scoped to its part of the site. Forms carry a CSRF token derived from that cookie (a page of another
 * site can neither read the cookie nor compute the token), and every POST with an Origin header must come from
 * this site.
 */

export const STAFF_COOKIE = 'schuldhulp_medewerker';
export const CREDITOR_COOKIE = 'schuldhulp_schuldeiser';

/** The cookies of the request, as @fastify/cookie parsed them (registered by console/plugin.ts). */
export function cookiesOf(request: FastifyRequest): Record<string, string> {
  return Object.fromEntries(
    Object.entries(request.cookies ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

export function setCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  name: string,
  value: string,
  path: string,
  maxAgeSeconds?: number,
): void {
  void reply.setCookie(name, value, {
    path,
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  });
}

export function clearCookie(request: FastifyRequest, reply: FastifyReply, name: string, path: string): void {
  void reply.clearCookie(name, {
    path,
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
  });
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
