import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import { promisify } from 'node:util';
import { amsterdamDateOf } from '../../domain/amsterdam-time';
import { temporalCliPath } from '../../scripts/lib/dev-server';
import { exampleAanmeldingInput } from '../support/aanmelding';
import { eventually } from '../support/eventually';
import { startedSystem, type RunningSystem } from '../support/system';
import { pdfText } from '../unit/letters/pdf-text';
import { fileStores, findSecrets, temporalStores, type Secret } from '../support/personal-data-sweep';

/**
 * Issue 15, "nothing personal": the whole system (README command 1) takes one resident through aanmelding, eerste
 * gesprek, toelating, three saldo-opgaven from the creditors' portal, stabilisatie, a betaalvoorstel that all
 * creditors accept and a first instalment; the officer also reveals the BSN. Then every store is read as someone
 * without the key ring would read it: every file in the data folder (the dev server's SQLite history and
 * visibility, the reporting store, letters, notifications, access state), every line the processes logged, and
 * Temporal's own answers (histories, search attributes, memos) without our codec. None may hold the resident's
 * BSN, name, address, birth date, contact details or the amounts of their debts. The same data is shown to be in
 * the system (the API and the letters give it to those allowed), so the sweep cannot pass by looking nowhere.
 */

jest.setTimeout(300_000);

const run = promisify(execFile);
const CASE_NUMBER = 'PII-1';
const CASE_ID = `case-GM0599-${CASE_NUMBER}`;
const resident = {
  bsn: '573816402',
  name: { givenNames: 'Liesbeth', surname: 'Verschuure-Tjallingii' },
  aanhef: 'mevrouw',
  address: { street: 'Zwaanshals', houseNumber: 277, postcode: '3035 KS', city: 'Rotterdam' },
  dateOfBirth: '1979-08-23',
  contact: { email: 'l.verschuure@voorbeeld.nl', phone: '06 98765432' },
};
/** Claims at aanmelding and the creditors' own saldo-opgaven (cents); each also appears formatted in letters. */
// Seven digits at least: a shorter number turns up by chance in megabytes of ciphertext.
const claims = { belastingdienst: 1_845_371, woonstad: 3_120_793, cjib: 1_450_137 };
const saldi = { belastingdienst: 1_873_419, woonstad: 3_182_639, cjib: 1_472_193 };

const secrets: Secret[] = [
  { what: 'BSN', text: resident.bsn, digits: true },
  { what: 'achternaam', text: 'Verschuure' },
  { what: 'achternaam (tweede deel)', text: 'Tjallingii' },
  { what: 'voornaam', text: 'Liesbeth' },
  { what: 'straat', text: 'Zwaanshals' },
  { what: 'postcode', text: '3035 KS' },
  { what: 'postcode', text: '3035KS' },
  { what: 'geboortedatum', text: resident.dateOfBirth },
  { what: 'geboortedatum', text: '23-08-1979' },
  { what: 'e-mail', text: resident.contact.email },
  { what: 'telefoon', text: resident.contact.phone },
  ...[claims, saldi].flatMap((amounts, i) =>
    Object.entries(amounts).flatMap(([creditor, cents]) => [
      { what: `${i ? 'saldo' : 'vordering'} ${creditor} (centen)`, text: String(cents), digits: true },
      { what: `${i ? 'saldo' : 'vordering'} ${creditor} (euro)`, text: euro(cents) },
    ]),
  ),
];

function euro(cents: number): string {
  const whole = Math.floor(cents / 100).toLocaleString('nl-NL');
  return `${whole},${String(cents % 100).padStart(2, '0')}`;
}

let system: RunningSystem;
/** What those allowed see: the sweep must find the secrets there, or it is looking for the wrong text. */
const control: { name: string; text: string }[] = [];
let api: <T>(path: string, init?: { method?: string; body?: unknown; token?: string }) => Promise<T>;
/** How long the whole system may take to show what a step caused (letters, tasks, the oplossing). */
const WAIT_MS = 60_000;
const today = amsterdamDateOf(Date.now());
const sixWeeksAgo = amsterdamDateOf(Date.now() - 42 * 86_400_000);

async function letterPdf(letterId: string): Promise<Buffer> {
  const response = await fetch(
    `${system.baseUrl}/api/v1/cases/${CASE_ID}/letters/${encodeURIComponent(letterId)}/pdf`,
    { headers: { authorization: `Bearer ${system.token('officer')}` } },
  );
  if (!response.ok) throw new Error(`letter ${letterId}: ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** A creditor session from the access code printed in one of its letters. */
async function creditorSession(letterId: string): Promise<string> {
  const { text } = await pdfText(await letterPdf(letterId));
  const code = /[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(text)?.[0];
  if (!code) throw new Error(`no access code in ${letterId}`);
  const { token } = await api<{ token: string }>('/creditor-sessions', {
    method: 'POST',
    body: { code },
    token: '',
  });
  return token;
}

type Letters = { letters: { letterId: string; kind: string; recipient: string }[] };
const lettersOf = async (path: string, kind: string, count: number) =>
  eventually(async () => {
    const found = (await api<Letters>(path)).letters.filter((l) => l.kind === kind);
    if (found.length < count) throw new Error(`${found.length} of ${count} ${kind} letters`);
    return found;
  }, WAIT_MS);

beforeAll(async () => {
  // Every log line there is: the API and the workers at debug level.
  system = await startedSystem({ SCHULDHULP_LOG_LEVEL: 'debug' }, 'schuldhulp-pii-');
  api = async (path, init = {}) => {
    const token = init.token ?? system.token('officer');
    const response = await fetch(`${system.baseUrl}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(init.body ? { 'content-type': 'application/json' } : {}),
      },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as never;
  };
}, 240_000);

afterAll(async () => {
  if (!system) return;
  await system.stop();
  fs.rmSync(system.dataDir, { recursive: true, force: true });
});

describe('personal data after a whole case', () => {
  it('a resident goes from aanmelding to the first instalment; the officer sees who it is', async () => {
    const example = exampleAanmeldingInput();
    await api('/cases', {
      method: 'POST',
      body: {
        caseNumber: CASE_NUMBER,
        aanmelding: {
          ...example,
          // Six weeks ago: the eerste-gesprek term has passed, so the officer and the supervisor get notified.
          requestDate: sixWeeksAgo,
          resident,
          claims: example.claims!.map((c) => ({ ...c, amount: claims[c.creditorId as keyof typeof claims] })),
        },
      },
    });
    await eventually(async () => {
      const { items } = await api<{ items: unknown[] }>('/tasks', { token: system.token('supervisor') });
      if (!JSON.stringify(items).includes(`GM0599-${CASE_NUMBER}`))
        throw new Error('no task for the late term yet');
    }, WAIT_MS);
    await api(`/cases/${CASE_ID}/actions/eerste-gesprek`, { method: 'POST', body: { date: today } });
    await api(`/cases/${CASE_ID}/actions/beschikking-toelating`, {
      method: 'POST',
      body: {
        date: today,
        plan: { goal: 'Schuldenvrij', residentActions: ['Post'], gemeenteActions: ['Pauze'] },
      },
    });
    for (const l of await lettersOf(`/cases/${CASE_ID}`, 'kennisgeving', 3)) {
      const token = await creditorSession(l.letterId);
      const amount = saldi[l.recipient as keyof typeof saldi];
      await api('/creditor/answers/saldo-opgave', {
        method: 'POST',
        body: { amount, reference: `S-${l.recipient}` },
        token,
      });
    }
    await api(`/cases/${CASE_ID}/actions/stabilisatie-complete`, { method: 'POST', body: { date: today } });
    await eventually(() => api(`/cases/${CASE_ID}/oplossing`), WAIT_MS);
    await api(`/cases/${CASE_ID}/oplossing/actions/oplossing-start`, {
      method: 'POST',
      body: { afloscapaciteitPerMonth: 15_000, vtlbBasis: 'VTLB november 2026', form: 'betalingsregeling' },
    });
    for (const l of await lettersOf(`/cases/${CASE_ID}/oplossing`, 'betaalvoorstel', 3)) {
      const token = await creditorSession(l.letterId);
      await api('/creditor/oplossing/answers/voorstel-akkoord', { method: 'POST', body: {}, token });
    }
    const due = await eventually(async () => {
      const s = await api<{ phase: string; nextDuePayment?: { dueDate: string; amountCents: number } }>(
        `/cases/${CASE_ID}/oplossing`,
      );
      if (!s.nextDuePayment) throw new Error(`no instalment due yet (phase ${s.phase})`);
      return s.nextDuePayment;
    }, WAIT_MS);
    await api(`/cases/${CASE_ID}/oplossing/actions/betaling`, {
      method: 'POST',
      body: { date: due.dueDate < today ? due.dueDate : today, amount: due.amountCents },
    });

    // The data is in the system, for those allowed to see it.
    const shown = await api<{ name: string }>(`/cases/${CASE_ID}/resident`);
    expect(JSON.stringify(shown)).toContain('Verschuure-Tjallingii');
    expect(await api(`/cases/${CASE_ID}/resident/bsn-reveals`, { method: 'POST', body: {} })).toEqual({
      bsn: resident.bsn,
    });
    const [beschikking] = await lettersOf(`/cases/${CASE_ID}`, 'beschikking-toelating', 1);
    const { text } = await pdfText(await letterPdf(beschikking!.letterId));
    expect(text).toContain('Verschuure-Tjallingii');
    expect(text).toContain('Zwaanshals 277');
    const [voorstel] = await lettersOf(`/cases/${CASE_ID}/oplossing`, 'betaalvoorstel', 1);
    const shownTo = { name: 'what the officer is shown (API, letters)', text: '' };
    shownTo.text = [
      JSON.stringify(shown),
      resident.bsn,
      text,
      (await pdfText(await letterPdf(voorstel!.letterId))).text,
    ].join('\n');
    control.push(shownTo);
  });

  it('no store holds it readable: data folder, logs, Temporal histories, search attributes and memos', async () => {
    // Let the last activities (letters, reporting, notifications) finish and the processes flush, then stop.
    await new Promise((r) => setTimeout(r, 3000));
    const cli = (...args: string[]) =>
      run(
        temporalCliPath,
        [...args, '--address', `127.0.0.1:${system.ports.grpc}`, '--namespace', 'schuldhulp'],
        {
          env: system.env,
          maxBuffer: 64 * 1024 * 1024,
        },
      ).then((r) => r.stdout);
    const stores = await temporalStores(cli);
    expect(await system.stop()).toBe(0);
    stores.push(...fileStores(system.dataDir));
    stores.push({ name: 'logs (all processes)', text: system.output() });

    console.log(
      `personal-data sweep read:\n${stores.map((st) => `  ${st.name} (${st.text.length} bytes)`).join('\n')}`,
    );
    // What the sweep read: each store is really there and really about this case.
    const names = stores.map((s) => s.name);
    for (const expected of [
      /temporal.*\.db$|\.sqlite$/,
      /reporting/,
      /letters\//,
      /notifications\//,
      /^logs/,
      /^temporal history/,
      /^temporal list/,
    ])
      expect(names).toContainEqual(expect.stringMatching(expected));
    expect(
      stores.filter((s) => s.text.includes(CASE_ID) || s.text.includes(`GM0599-${CASE_NUMBER}`)).length,
    ).toBeGreaterThan(5);

    const shown = findSecrets(control, secrets);
    console.log(`the same sweep over what the officer is shown finds:\n  ${shown.join('\n  ')}`);
    for (const what of [
      'BSN',
      'achternaam',
      'voornaam',
      'straat',
      'postcode',
      'geboortedatum',
      'e-mail',
      'saldo belastingdienst (euro)',
    ])
      expect(shown.filter((f) => f.includes(`: ${what} (`)).length).toBeGreaterThan(0);
    // Payment instructions and letters are files of ciphertext (document-cipher: SHD1 ‖ key id ‖ …).
    const sealedStores = stores.filter((st) => /^(payments|letters\/documents\/documents)\//.test(st.name));
    expect(sealedStores.length).toBeGreaterThan(10);
    for (const st of sealedStores) expect({ [st.name]: st.text.slice(0, 4) }).toEqual({ [st.name]: 'SHD1' });

    const found = findSecrets(stores, secrets);
    if (found.length) console.log(found.join('\n'));
    expect(found).toEqual([]);
    console.log(
      `personal-data sweep: ${stores.length} stores, ${stores.reduce((n, s) => n + s.text.length, 0)} bytes, ${secrets.length} secrets, 0 found`,
    );
  });
});
