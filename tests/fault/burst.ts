import * as fs from 'node:fs';
import * as path from 'node:path';
import { exampleAanmeldingInput } from '../support/aanmelding';

/**
 * A burst of letters through the cluster's API instances (round robin): cases with 10 creditors each are
 * started, had their eerste gesprek and their toelating; the toelating sends the beschikking to the resident and a
 * kennisgeving and a saldoverzoek to every creditor: 21 letters per case, every one also by e-mail.
 */
export const CREDITORS = 10;
export const LETTERS_PER_CASE = 1 + 2 * CREDITORS;

export function aanmeldingWithCreditors(requestDate: string) {
  const example = exampleAanmeldingInput();
  const template = example.creditors![1]!;
  const creditors = Array.from({ length: CREDITORS }, (_, i) => ({
    ...template,
    id: `schuldeiser-${String(i + 1).padStart(2, '0')}`,
    name: `Schuldeiser ${i + 1}`,
    email: `incasso${i + 1}@schuldeiser.example`,
  }));
  const claims = creditors.map((c, i) => ({ creditorId: c.id, amount: 10_000 + i * 100, reference: `REF-${i + 1}` }));
  return { ...example, requestDate, creditors, claims };
}

export class Api {
  private next = 0;
  private readonly token: string;
  constructor(
    private readonly urls: string[],
    dataDir: string,
  ) {
    const tokens = JSON.parse(fs.readFileSync(path.join(dataDir, 'dev-api-tokens.json'), 'utf8')) as { token: string; role: string }[];
    this.token = tokens.find((t) => t.role === 'officer')!.token;
  }

  /** One request to the next API instance; a 5xx or a refused connection is retried for up to 60 s. */
  async call(method: 'GET' | 'POST', route: string, body?: unknown): Promise<unknown> {
    const deadline = Date.now() + 60_000;
    let last = '';
    let tries = 0;
    while (Date.now() < deadline) {
      tries += 1;
      const url = this.urls[this.next++ % this.urls.length]!;
      try {
        const response = await fetch(`${url}/api/v1${route}`, {
          method,
          headers: { authorization: `Bearer ${this.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
          body: body ? JSON.stringify(body) : undefined,
          signal: AbortSignal.timeout(15_000),
        });
        const text = await response.text();
        if (response.ok) return text ? JSON.parse(text) : undefined;
        last = `${response.status} ${text.slice(0, 200)}`;
        // A retried action the first try did apply comes back refused: it is done.
        if (response.status === 409 && tries > 1) return undefined;
        if (response.status < 500) throw new Error(`${method} ${route}: ${last}`);
      } catch (error) {
        if (error instanceof Error && error.message.startsWith(`${method} ${route}`)) throw error;
        last = String(error);
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
    throw new Error(`${method} ${route}: no answer within 60 s (${last})`);
  }
}

export async function startBurst(api: Api, caseNumbers: string[], today: string): Promise<string[]> {
  return Promise.all(
    caseNumbers.map(async (caseNumber) => {
      const started = (await api.call('POST', '/cases', { caseNumber, aanmelding: aanmeldingWithCreditors(today) })) as { caseId: string };
      const act = (action: string, body: unknown) => api.call('POST', `/cases/${started.caseId}/actions/${action}`, body);
      await act('eerste-gesprek', { date: today });
      await act('beschikking-toelating', {
        date: today,
        plan: { goal: 'Schuldenvrij', residentActions: ['Post meenemen'], gemeenteActions: ['Pauze vragen'] },
      });
      return started.caseId;
    }),
  );
}
