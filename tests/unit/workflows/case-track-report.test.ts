import { parseCivilDate } from '../../../domain/civil-date';
import type { CreditorTrackReport } from '../../../workflows/creditor-track/messages';
import { initialCaseState } from '../../../workflows/case/state';
import { trackReported } from '../../../workflows/case/track-report';
import { exampleAanmelding } from '../../support/aanmelding';

/**
 * A track's report reaches the case; after a server or database restart the same report can arrive twice
 * (the fault tests saw a case list 22 of its 21 letters). The officer must see each letter and event once.
 */
function setup() {
  const state = initialCaseState('case-GM0599-TR-1', 'GM0599-TR-1', exampleAanmelding());
  const summary = state.status.creditors[0]!;
  const report: CreditorTrackReport = {
    ...summary,
    event: 'kennisgeving verstuurd',
    letter: {
      letterId: 'GM0599-TR-1/kennisgeving/1',
      kind: 'kennisgeving',
      recipient: summary.creditorId,
      on: parseCivilDate('2026-12-01'),
      sha256: 'a'.repeat(64),
    },
  };
  return { status: state.status, report };
}

describe('a creditor track reports to the case', () => {
  it('its letter is listed and its event goes to the timeline', () => {
    const { status, report } = setup();
    const first = trackReported(status, report);
    expect(status.letters.map((l) => l.letterId)).toEqual(['GM0599-TR-1/kennisgeving/1']);
    expect(first.entry).toMatchObject({ action: 'kennisgeving verstuurd', detail: 'GM0599-TR-1/kennisgeving/1' });
  });

  it('the same report a second time adds no letter and no timeline entry', () => {
    const { status, report } = setup();
    trackReported(status, report);
    const again = trackReported(status, { ...report });
    expect(status.letters).toHaveLength(1);
    expect(again.entry).toBeUndefined();
  });

  it('a second, different letter of the same creditor is listed', () => {
    const { status, report } = setup();
    trackReported(status, report);
    trackReported(status, { ...report, letter: { ...report.letter!, letterId: 'GM0599-TR-1/saldoverzoek/1' } });
    expect(status.letters).toHaveLength(2);
  });
});
