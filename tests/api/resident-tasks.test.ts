import { Writable } from 'node:stream';
import { bearer, harness, TOKENS, type Harness } from './support';
import { exampleAanmeldingInput } from '../support/aanmelding';

/** The resident on the case page (BSN masked, a logged reveal) and the task inbox ("Mijn taken"). */

const CASE = 'case-GM0599-2026-0001';
const lines: string[] = [];
let h: Harness;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  h = await harness({}, { logger: { level: 'info', stream: sink } });
  await h.cases.start('2026-0001', {
    ...exampleAanmeldingInput(),
    gemeenteCode: 'GM0599',
    officerId: 'medewerker-001',
  } as never);
});
afterAll(() => h.close());

describe('the resident of a case', () => {
  const bsn = exampleAanmeldingInput().resident.bsn as string;

  it('shows name, address and contact with the BSN masked to its last four digits', async () => {
    const res = await h.inject({
      method: 'GET',
      url: `/api/v1/cases/${CASE}/resident`,
      headers: bearer(TOKENS.officer),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { bsnMasked: string; fullName: string; address: { city: string } };
    expect(body.bsnMasked).toBe(`•••••${bsn.slice(-4)}`);
    expect(JSON.stringify(body)).not.toContain(bsn);
    expect(body.fullName.length).toBeGreaterThan(3);
  });

  it('reveals the BSN on request and logs who asked, without the BSN', async () => {
    lines.length = 0;
    const res = await h.inject({
      method: 'POST',
      url: `/api/v1/cases/${CASE}/resident/bsn-reveals`,
      headers: bearer(TOKENS.officer),
    });
    expect(res.statusCode).toBe(200);
    expect((res.json() as { bsn: string }).bsn).toBe(bsn);
    const audit = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.audit === 'bsn-reveal');
    expect(audit).toMatchObject({ caseId: CASE, officerId: 'medewerker-001', role: 'officer' });
    expect(lines.join('\n')).not.toContain(bsn);
  });

  it('refuses an officer of another gemeente', async () => {
    const res = await h.inject({
      method: 'POST',
      url: `/api/v1/cases/${CASE}/resident/bsn-reveals`,
      headers: bearer(TOKENS.otherOfficer),
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('the task inbox', () => {
  beforeAll(() => {
    const base = { caseId: CASE, gemeente: 'GM0599', createdAt: '2026-11-30T10:00:00.000Z' };
    h.notifications.push(
      {
        ...base,
        id: 't1',
        audience: 'officer',
        kind: 'deadline-reminder',
        officerId: 'medewerker-001',
        message: 'Eerste gesprek nadert',
      },
      {
        ...base,
        id: 't2',
        audience: 'officer',
        kind: 'officer-task',
        officerId: 'medewerker-002',
        message: 'Van een ander',
      },
      {
        ...base,
        id: 't3',
        audience: 'supervisor',
        kind: 'deadline-breached',
        officerId: 'medewerker-001',
        message: 'Termijn overschreden',
      },
    );
  });

  it('gives an officer the own tasks and a supervisor those of the gemeente', async () => {
    const mine = await h.inject({ method: 'GET', url: '/api/v1/tasks', headers: bearer(TOKENS.officer) });
    expect((mine.json() as { items: { id: string }[] }).items.map((t) => t.id)).toEqual(['t1']);
    const all = await h.inject({ method: 'GET', url: '/api/v1/tasks', headers: bearer(TOKENS.supervisor) });
    expect((all.json() as { items: { id: string }[] }).items.map((t) => t.id).sort()).toEqual([
      't1',
      't2',
      't3',
    ]);
  });

  it('marks a task done, after which it no longer counts as open', async () => {
    const done = await h.inject({
      method: 'POST',
      url: '/api/v1/tasks/t1/done',
      headers: bearer(TOKENS.officer),
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ id: 't1', done: { by: 'medewerker-001' } });
    const open = await h.inject({
      method: 'GET',
      url: '/api/v1/tasks?open=true',
      headers: bearer(TOKENS.officer),
    });
    expect(open.json()).toMatchObject({ items: [], open: 0 });
  });

  it('does not let an officer mark another officer’s task', async () => {
    const res = await h.inject({
      method: 'POST',
      url: '/api/v1/tasks/t2/done',
      headers: bearer(TOKENS.officer),
    });
    expect(res.statusCode).toBe(404);
  });
});
