import { exampleAanmeldingInput } from '../support/aanmelding';
import { caseWorld } from '../support/case-driver';

/** Officer actions on the creditors of a running case (time-skipping). */

const world = caseWorld('CRED');

const template = exampleAanmeldingInput().creditors![1]!;

it('a creditor found during stabilisatie gets its own track and letters at once; a removed one leaves quietly', async () => {
  const c = await world.cases.start();
  await c.admit();
  const added = await c.act('creditor-add', {
    creditor: { ...template, id: 'eneco', name: 'Eneco', type: 'energieleverancier' },
    claims: [{ creditorId: 'eneco', amount: 48_210, reference: 'KL-99812' }],
  });
  expect(added.creditors.map((x) => x.creditorId)).toContain('eneco');
  const track = await c.until(async () => {
    const t = await c.track('eneco');
    return t.letters.length === 2 && t;
  }, 'letters to the new creditor');
  expect(track.letters.map((l) => l.kind)).toEqual(['kennisgeving', 'saldoverzoek']);
  expect(track.claimAmount).toBe(48_210);

  await c.act('creditor-correct', {
    creditor: { ...template, id: 'eneco', name: 'Eneco Consumenten B.V.', type: 'energieleverancier' },
  });
  await c.until(
    async () => (await c.track('eneco')).name === 'Eneco Consumenten B.V.',
    'corrected name on the track',
  );

  const removed = await c.act('creditor-remove', {
    creditorId: 'cjib',
    reason: 'Vordering blijkt van de partner',
  });
  expect(removed.creditors.find((x) => x.creditorId === 'cjib')!.removed).toBe(true);
  const ended = await world.env.client.workflow.getHandle(`${c.caseId}/creditor/cjib`).result();
  expect(ended).toMatchObject({ phase: 'gesloten', removed: true });
  // Removed means left out: no einde-pauze letter to a creditor that is not part of the case.
  expect((await c.track('cjib')).letters.map((l) => l.kind)).not.toContain('einde-pauze');
  await expect(
    c.act('claim-record', { claim: { creditorId: 'cjib', amount: 100, reference: 'x' } }),
  ).rejects.toThrow(/niet bekend/);
});

it('a creditor that keeps collecting during the pause: officer and supervisor are told, the moratorium route is offered', async () => {
  const c = await world.cases.start();
  await c.admit();
  await c.until(async () => (await c.track('woonstad')).phase === 'wacht-op-antwoord', 'kennisgeving');
  await c.act('collection-breach', {
    date: await world.cases.today(),
    creditorId: 'woonstad',
    note: 'Deurwaarder kondigt beslag aan',
  });
  const alerts = await c.until(async () => {
    const list = (await world.h.notifications.list({ caseId: c.caseId })).filter((n) =>
      n.id.includes('/breach/'),
    );
    return list.length === 2 && list;
  }, 'breach alerts');
  expect(alerts.map((n) => n.audience).sort()).toEqual(['officer', 'supervisor']);
  expect(alerts[0]!.message).toMatch(/moratorium/);
  await c.until(
    async () =>
      (await c.status()).creditors.find((x) => x.creditorId === 'woonstad')!.collectionBreaches === 1,
    'count',
  );
});
