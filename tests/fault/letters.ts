import * as fs from 'node:fs';
import * as path from 'node:path';

/** What the letter stores hold (`<dataDir>/letters`): the document index and the outboxes, read from disk. */
export interface StoredLetter {
  letterId: string;
  caseReference: string;
  kind: string;
  recipientType: string;
  recipientKey: string;
  placedAt?: string;
}

function walkJson(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walkJson(p) : e.name.endsWith('.json') ? [p] : [];
  });
}

const read = (files: string[]) => files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as StoredLetter);

export const storeIndex = (dataDir: string) => read(walkJson(path.join(dataDir, 'letters', 'documents', 'index')));
export const outboxEntries = (dataDir: string) => read(walkJson(path.join(dataDir, 'letters', 'outbox')));

/** Letters of these cases per "case / recipient / kind", and the keys seen more than once. */
export function tally(letters: StoredLetter[], caseRefs: Set<string>) {
  const counts = new Map<string, number>();
  for (const l of letters) {
    if (!caseRefs.has(l.caseReference)) continue;
    const key = `${l.caseReference}/${l.recipientType}:${l.recipientKey}/${l.kind}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { counts, duplicates: [...counts].filter(([, n]) => n > 1).map(([k]) => k) };
}

/**
 * Letters whose delivery ran more than once (their activity was retried: it died with a worker, say), each with the
 * time its first retry (from `since` on) reached the delivery step.
 */
export function retriedLetters(dataDir: string, letterIds: Iterable<string>, since = 0): Map<string, number> {
  const dir = path.join(dataDir, 'letters', 'delivery-log');
  const out = new Map<string, number>();
  for (const id of letterIds) {
    const file = path.join(dir, `${id}.jsonl`);
    if (!fs.existsSync(file)) continue;
    const retries = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { attempt: number; at: string })
      .filter((e) => e.attempt >= 2 && Date.parse(e.at) >= since)
      .map((e) => Date.parse(e.at));
    if (retries.length) out.set(id, Math.min(...retries));
  }
  return out;
}
