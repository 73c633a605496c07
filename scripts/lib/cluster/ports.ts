import * as net from 'node:net';
import { freePort } from '../dev-server';

/** The preferred port when it is free on loopback, otherwise any free one (other servers run on this machine). */
export async function portOr(preferred: number | undefined): Promise<number> {
  if (!preferred) return freePort();
  const free = await new Promise<boolean>((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(preferred, '127.0.0.1', () => s.close(() => resolve(true)));
  });
  return free ? preferred : freePort();
}

/** `http://localhost:8888` with another port. */
export function withPort(url: string, port: number): string {
  const u = new URL(url);
  u.port = String(port);
  return u.toString().replace(/\/$/, '');
}

/**
 * A free port below 32768: the Temporal server stores membership ports in a PostgreSQL smallint, so the kernel's
 * ephemeral range (32768 and up) breaks its start ("out of range for type smallint").
 */
export async function freeLowPort(): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const candidate = 20000 + Math.floor(Math.random() * 12000);
    if ((await portOr(candidate)) === candidate) return candidate;
  }
  throw new Error('no free port between 20000 and 32000');
}
