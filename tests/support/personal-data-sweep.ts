import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Reads every store of a running system as someone without the key ring reads it, for tests that look for
 * personal data in them (tests/system/personal-data.test.ts).
 */

export interface Store {
  name: string;
  /** The store's bytes as latin1 text (one character per byte), payloads decoded from base64. */
  text: string;
}

export interface Secret {
  what: string;
  text: string;
  /** A number: it only counts when no digit or base64 character touches it (ciphertext holds digits by chance). */
  digits?: boolean;
}

/** Every file under `dir`, as bytes. */
export function fileStores(dir: string): Store[] {
  const stores: Store[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile())
        stores.push({ name: path.relative(dir, full), text: fs.readFileSync(full).toString('latin1') });
    }
  };
  walk(dir);
  return stores;
}

/** A Temporal API answer as text, with every payload's data and metadata decoded: what the server holds. */
function withPayloads(json: unknown): string {
  const decoded: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.data === 'string' && o.metadata && typeof o.metadata === 'object') {
        decoded.push(Buffer.from(o.data, 'base64').toString('latin1'));
        for (const m of Object.values(o.metadata))
          if (typeof m === 'string') decoded.push(Buffer.from(m, 'base64').toString('latin1'));
      }
      Object.values(o).forEach(visit);
    }
  };
  visit(json);
  return `${JSON.stringify(json)}\n${decoded.join('\n')}`;
}

/**
 * Temporal's answers through its CLI (no codec): the list of every run with its search attributes and memo, and
 * the history of each run.
 */
export async function temporalStores(cli: (...args: string[]) => Promise<string>): Promise<Store[]> {
  const listed = JSON.parse((await cli('workflow', 'list', '--output', 'json')) || '[]') as {
    execution: { workflowId: string; runId: string };
  }[];
  const stores: Store[] = [{ name: `temporal list (${listed.length} runs)`, text: withPayloads(listed) }];
  for (const { execution } of listed) {
    const run = ['--workflow-id', execution.workflowId, '--run-id', execution.runId, '--output', 'json'];
    for (const [command, label] of [
      ['show', 'history'],
      ['describe', 'describe'],
    ] as const) {
      const answer = JSON.parse(await cli('workflow', command, ...run));
      stores.push({
        name: `temporal ${label} ${execution.workflowId}/${execution.runId}`,
        text: withPayloads(answer),
      });
    }
  }
  return stores;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "<store>: <what> (<text>)" for each secret found in a store. */
export function findSecrets(stores: Store[], secrets: Secret[]): string[] {
  const patterns = secrets.map((s) => ({
    secret: s,
    pattern: s.digits
      ? new RegExp(`(?<![0-9A-Za-z+/])${escape(s.text)}(?![0-9A-Za-z+/])`)
      : new RegExp(escape(s.text), 'i'),
  }));
  return stores.flatMap((store) =>
    patterns
      .filter(({ pattern }) => pattern.test(store.text))
      .map(({ secret }) => `${store.name}: ${secret.what} (${secret.text})`),
  );
}
