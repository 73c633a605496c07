import type { FastifyInstance } from 'fastify';
import type { AccessCodeOwner, OutboxEntry } from '../../activities/letters';
import type { Notification } from '../../activities/notifications/notification';
import type { CivilDate } from '../../domain/civil-date';
import type { Aanmelding, PaperEntry, SaldoOpgave } from '../../domain/records';
import { ActionRejectedError, CaseNotFoundError, InvalidInputError } from '../../services/errors';
import { fieldErrors, normaliseSaldoOpgave, residentSchema, type Resident } from '../../domain/records';
import { exampleAanmeldingInput } from '../support/aanmelding';
import type { Task } from '../../services/task-inbox';
import {
  caseActionSchemas,
  creditorAnswerSchemas,
  type CaseAction,
  type CreditorAnswer,
} from '../../workflows/case/actions';
import { caseIdOf, caseReferenceOf, caseReferenceOfCaseId } from '../../workflows/case/ids';
import type { CaseStatus } from '../../workflows/case/messages';
import type { TimelineEntry } from '../../workflows/case/types';
import type { CreditorTrackStatus } from '../../workflows/creditor-track/messages';
import { buildApi, type BuildApiOptions } from '../../api/app';
import { CreditorSessions } from '../../api/auth/creditor-session';
import { sha256Hex, TokenRegistry } from '../../api/auth/tokens';
import type { ApiDeps, AttentionFilter, AttentionItem, CaseListFilter, CaseListItem } from '../../api/deps';
import { FakeOplossingWorkflows } from './oplossing-fakes';

/**
 * An API over fakes: an in-memory CaseOperations that behaves like CaseService (same zod schemas, same errors),
 * letters in memory, fixed tokens and a pinned clock.
 */

export const NOW = new Date('2026-12-01T10:00:00Z');
export const d = (s: string) => s as CivilDate;

export const TOKENS = {
  officer: 'tok-officer-rotterdam',
  officer2: 'tok-officer-rotterdam-2',
  otherOfficer: 'tok-officer-amsterdam',
  supervisor: 'tok-supervisor-rotterdam',
  nationalSupervisor: 'tok-supervisor-all',
  waarborgfonds: 'tok-waarborgfonds',
};

export const tokenRegistry = () =>
  new TokenRegistry([
    {
      tokenSha256: sha256Hex(TOKENS.officer),
      role: 'officer',
      officerId: 'medewerker-001',
      gemeenteCode: 'GM0599',
    },
    {
      tokenSha256: sha256Hex(TOKENS.officer2),
      role: 'officer',
      officerId: 'medewerker-002',
      gemeenteCode: 'GM0599',
    },
    {
      tokenSha256: sha256Hex(TOKENS.otherOfficer),
      role: 'officer',
      officerId: 'medewerker-ams',
      gemeenteCode: 'GM0363',
    },
    {
      tokenSha256: sha256Hex(TOKENS.supervisor),
      role: 'supervisor',
      officerId: 'teamleider',
      gemeenteCode: 'GM0599',
    },
    { tokenSha256: sha256Hex(TOKENS.nationalSupervisor), role: 'supervisor' },
    { tokenSha256: sha256Hex(TOKENS.waarborgfonds), role: 'waarborgfonds' },
  ]);

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export class FakeCases {
  readonly cases = new Map<string, CaseStatus>();
  readonly tracks = new Map<string, CreditorTrackStatus>();
  readonly calls: { method: string; args: unknown[] }[] = [];
  /** The next act/answer is refused with this Dutch reason (as a workflow update validator would). */
  rejectNext?: string;

  async start(caseNumber: string, aanmelding: Aanmelding) {
    this.calls.push({ method: 'start', args: [caseNumber, aanmelding] });
    const caseId = caseIdOf(aanmelding.gemeenteCode, caseNumber);
    if (this.cases.has(caseId)) return { caseId, created: false };
    this.cases.set(caseId, statusOf(caseId, aanmelding.gemeenteCode, aanmelding.officerId));
    return { caseId, created: true };
  }

  async status(caseId: string): Promise<CaseStatus> {
    const status = this.cases.get(caseId);
    if (!status) throw new CaseNotFoundError(caseId);
    return status;
  }

  async timeline(caseId: string): Promise<TimelineEntry[]> {
    await this.status(caseId);
    return [{ at: '2026-11-23T09:00:00.000Z', by: 'system', action: 'aanmelding' }];
  }

  async act(caseId: string, action: CaseAction, officerId: string, input: unknown): Promise<CaseStatus> {
    this.calls.push({ method: 'act', args: [caseId, action, officerId, input] });
    const parsed = caseActionSchemas[action].safeParse({ ...(input as object), officerId });
    if (!parsed.success) throw new InvalidInputError(fieldErrors(parsed.error));
    const status = await this.status(caseId);
    if (this.rejectNext) {
      const reason = this.rejectNext;
      this.rejectNext = undefined;
      throw new ActionRejectedError(reason);
    }
    if (action === 'eerste-gesprek') {
      status.eersteGesprekOn = (parsed.data as { date: CivilDate }).date;
      status.phase = 'beschikking';
    }
    return status;
  }

  async resident(caseId: string): Promise<Resident> {
    await this.status(caseId);
    return residentSchema.parse(exampleAanmeldingInput().resident);
  }

  async creditorTrack(caseId: string, creditorId: string): Promise<CreditorTrackStatus> {
    const track = this.tracks.get(`${caseId}/creditor/${creditorId}`);
    if (!track) throw new CaseNotFoundError(`${caseId}/creditor/${creditorId}`);
    return track;
  }

  async answer(
    caseId: string,
    creditorId: string,
    answer: CreditorAnswer,
    input: unknown,
    enteredBy?: PaperEntry,
  ): Promise<CreditorTrackStatus> {
    this.calls.push({
      method: 'answer',
      args: [caseId, creditorId, answer, input, ...(enteredBy ? [enteredBy] : [])],
    });
    const parsed = creditorAnswerSchemas[answer].safeParse(input ?? {});
    if (!parsed.success) throw new InvalidInputError(fieldErrors(parsed.error));
    const track = await this.creditorTrack(caseId, creditorId);
    if (this.rejectNext) {
      const reason = this.rejectNext;
      this.rejectNext = undefined;
      throw new ActionRejectedError(reason);
    }
    if (answer === 'saldo-opgave') {
      track.answer = 'saldo-opgave';
      track.phase = 'beantwoord';
      track.claimAmount = normaliseSaldoOpgave(parsed.data as SaldoOpgave).totaal;
    }
    return track;
  }

  addTrack(caseId: string, creditorId: string): CreditorTrackStatus {
    const track: CreditorTrackStatus = {
      caseId,
      creditorId,
      name: `Schuldeiser ${creditorId}`,
      phase: 'wacht-op-antwoord',
      answerDeadline: d('2026-12-10'),
      pauseConfirmed: false,
      collectionBreaches: 0,
      removed: false,
      claims: [],
      letters: [],
    };
    this.tracks.set(`${caseId}/creditor/${creditorId}`, track);
    return track;
  }
}

export function statusOf(caseId: string, gemeente: string, officerId: string): CaseStatus {
  return {
    caseId,
    caseReference: caseReferenceOfCaseId(caseId),
    gemeente,
    officerId,
    phase: 'aanmelding',
    crisis: false,
    requestDate: d('2026-11-23'),
    waitingOn: 'officer',
    deadlines: [
      { kind: 'eerste-gesprek', deadline: d('2026-12-21'), source: 'Wgs art. 4 lid 1; Atw', state: 'open' },
    ],
    creditors: [],
    letters: [],
  };
}

export const ROTTERDAM_CASE = caseIdOf('GM0599', '2026-0001');
export const AMSTERDAM_CASE = caseIdOf('GM0363', '2026-0001');
export const ROTTERDAM_REF = caseReferenceOf('GM0599', '2026-0001');

/** Access codes: a code is `CODE-<ref>-<creditor>` in these tests; the real resolver is tested with letters. */
export const codeOf = (ref: string, creditorId: string) => `CODE-${ref}-${creditorId}`;

export interface InjectOptions {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** An object or array is sent as JSON; a string as it is. */
  payload?: unknown;
}

export interface InjectResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  rawBody: Buffer;
  json(): any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * Like fastify.inject, over a real loopback socket: jest cannot load light-my-request's ESM-only `cookie`
 * dependency (node itself can), so the tests talk HTTP to the app listening on a free port.
 */
export async function listenAndInject(
  app: FastifyInstance,
): Promise<(options: InjectOptions) => Promise<InjectResponse>> {
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return async ({ method, url, headers = {}, payload }) => {
    const hasJson = payload !== undefined && typeof payload !== 'string';
    const res = await fetch(`${address}${url}`, {
      method,
      headers: { ...(hasJson ? { 'content-type': 'application/json' } : {}), ...headers },
      body: payload === undefined ? undefined : hasJson ? JSON.stringify(payload) : (payload as string),
    });
    const rawBody = Buffer.from(await res.arrayBuffer());
    const body = rawBody.toString('utf8');
    return {
      statusCode: res.status,
      headers: Object.fromEntries(res.headers.entries()),
      body,
      rawBody,
      json: () => JSON.parse(body),
    };
  };
}

export interface Harness {
  app: FastifyInstance;
  inject: (options: InjectOptions) => Promise<InjectResponse>;
  cases: FakeCases;
  /** Oplossingen by case id, behind the real OplossingService. */
  oplossing: FakeOplossingWorkflows;
  letters: Map<string, { entry: OutboxEntry; pdf: Buffer }>;
  notifications: Notification[];
  listCalls: CaseListFilter[];
  attentionCalls: { filter: AttentionFilter; today: CivilDate }[];
  listItems: CaseListItem[];
  attentionItems: AttentionItem[];
  close(): Promise<void>;
}

export function letterFor(caseReference: string, creditorId: string, seq = 1): OutboxEntry {
  return {
    letterId: `${caseReference}.saldoverzoek.${creditorId}.${seq}`,
    caseReference,
    kind: 'saldoverzoek',
    subject: 'Verzoek om saldo-opgave',
    recipientType: 'creditor',
    recipientKey: creditorId,
    sha256: 'a'.repeat(64),
    bytes: 1234,
    pages: 1,
    placedAt: '2026-11-30T10:00:00.000Z',
  };
}

export async function harness(
  overrides: Partial<ApiDeps> = {},
  options: BuildApiOptions = {},
): Promise<Harness> {
  const cases = new FakeCases();
  const oplossing = new FakeOplossingWorkflows();
  const letters = new Map<string, { entry: OutboxEntry; pdf: Buffer }>();
  const notifications: Notification[] = [];
  const done = new Map<string, { by: string; at: string }>();
  const listCalls: CaseListFilter[] = [];
  const attentionCalls: { filter: AttentionFilter; today: CivilDate }[] = [];
  const h = {
    cases,
    oplossing,
    letters,
    notifications,
    listCalls,
    attentionCalls,
    listItems: [] as CaseListItem[],
    attentionItems: [] as AttentionItem[],
  };
  const deps: ApiDeps = {
    cases,
    oplossing: oplossing.service(),
    borgstellingen: {
      awaitingDecision: async (limit) => [...oplossing.statuses.values()].slice(0, limit),
    },
    directory: {
      list: async (filter) => {
        listCalls.push(filter);
        return h.listItems;
      },
    },
    attention: {
      find: async (filter, today) => {
        attentionCalls.push({ filter, today });
        return h.attentionItems;
      },
    },
    letters: {
      forCreditor: async (ref, creditorId) =>
        [...letters.values()]
          .map((l) => l.entry)
          .filter(
            (e) => e.caseReference === ref && e.recipientType === 'creditor' && e.recipientKey === creditorId,
          ),
      pdf: async (letterId) => {
        const l = letters.get(letterId);
        return l
          ? {
              record: {
                letterId,
                sha256: l.entry.sha256,
                bytes: l.pdf.length,
                pages: 1,
                storedAt: l.entry.placedAt,
              } as never,
              pdf: l.pdf,
            }
          : undefined;
      },
      resolveAccessCode: async (code): Promise<AccessCodeOwner | undefined> => {
        const m = /^CODE-(GM\d{4}-[\w-]+?)-([a-z][\w]*)$/.exec(code);
        return m ? { caseReference: m[1]!, creditorId: m[2]! } : undefined;
      },
    },
    tasks: {
      list: async (filter) =>
        notifications
          .filter(
            (n) =>
              (!filter.gemeente || n.gemeente === filter.gemeente) &&
              (!filter.officerId || (n.audience === 'officer' && n.officerId === filter.officerId)),
          )
          .map((n) => ({ ...n, done: done.get(n.id) }) as Task),
      markDone: async (id, by, at) => {
        const n = notifications.find((x) => x.id === id);
        if (!n) return undefined;
        done.set(id, done.get(id) ?? { by, at: at.toISOString() });
        return { ...n, done: done.get(id) };
      },
    },
    notifications: {
      add: async (n) => {
        if (notifications.some((x) => x.id === n.id)) return false;
        notifications.push(n);
        return true;
      },
    },
    tokens: tokenRegistry(),
    creditorSessions: new CreditorSessions('s'.repeat(40), 60 * 60_000),
    now: () => NOW,
    strictResponses: true,
    ...overrides,
  };
  const app = await buildApi(deps, options);
  const inject = await listenAndInject(app);
  return Object.assign(h, { app, inject, close: () => app.close() });
}

/** Adds a letter to the fake outbox and returns its id. */
export function placeLetter(h: Harness, ref: string, creditorId: string, seq = 1): string {
  const entry = letterFor(ref, creditorId, seq);
  h.letters.set(entry.letterId, { entry, pdf: Buffer.from(`%PDF-1.7 ${entry.letterId}`) });
  return entry.letterId;
}

export async function creditorToken(h: Harness, ref: string, creditorId: string): Promise<string> {
  // A code only exists for a case that exists: the API checks the case before it opens a session.
  const caseId = `case-${ref}`;
  if (!h.cases.cases.has(caseId)) h.cases.cases.set(caseId, statusOf(caseId, ref.slice(0, 6), 'medewerker-001'));
  const res = await h.inject({
    method: 'POST',
    url: '/api/v1/creditor-sessions',
    payload: { code: codeOf(ref, creditorId) },
  });
  if (res.statusCode !== 201) throw new Error(`session: ${res.statusCode} ${res.body}`);
  return res.json().token as string;
}

export function expectProblem(
  res: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
  field?: string,
): { detail?: string; 'invalid-params'?: { name: string; reason: string }[] } {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = res.json() as {
    status: number;
    title: string;
    detail?: string;
    'invalid-params'?: { name: string; reason: string }[];
  };
  expect(body.status).toBe(status);
  expect(typeof body.title).toBe('string');
  if (field) expect(body['invalid-params']?.map((p) => p.name)).toContain(field);
  return body;
}
