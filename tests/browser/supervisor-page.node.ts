import { afterEach, beforeEach, describe, it } from 'node:test';
import { expect } from 'expect';
import { consolePlugin } from '../../console/plugin';
import type { AttentionItem } from '../../services/supervisor/attention-types';
import { harness, NOW, TOKENS, type Harness } from '../api/support';

/**
 * The supervisor's "Aandacht nodig" over the API with fakes (no browser): a list longer than a page shows its
 * total per reason, how fresh it is, and the way to the next and previous page with the filters kept. Runs under
 * node's own test runner, started by supervisor-page.test.ts (the console calls the API with Fastify's inject).
 */

let h: Harness;
beforeEach(async () => {
  h = await harness({}, { plugins: [consolePlugin({ now: () => NOW })] });
});
afterEach(() => h.close());

const staffCookie = { cookie: `schuldhulp_medewerker=${encodeURIComponent(TOKENS.supervisor)}` };
const flat = (body: string) => body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

function caseNeeding(n: number, code: 'termijn-overschreden' | 'termijn-nadert'): AttentionItem {
  const id = `case-GM0599-2026-${String(n).padStart(4, '0')}`;
  return {
    caseId: id,
    caseReference: `GM0599-2026-${String(n).padStart(4, '0')}`,
    gemeente: 'GM0599',
    officerId: 'medewerker-001',
    phase: 'aanmelding',
    reasons: [{ code, message: code === 'termijn-overschreden' ? 'Termijn overschreden.' : 'Termijn verloopt over 2 werkdagen.' }],
    urgency: 2000 - n,
    workflowId: id,
    temporalUiUrl: `http://localhost:8233/namespaces/schuldhulp/workflows/${id}`,
  };
}

const page = async (query: string) =>
  flat((await h.inject({ method: 'GET', url: `/console/toezicht${query}`, headers: staffCookie })).body);

describe('Aandacht nodig over more than one page', () => {
  it('says how many cases over all pages, per reason and as of when, and pages on with the filters kept', async () => {
    // 450 cases: 300 breached, 150 due soon; the API pages them by 200.
    h.attentionItems = Array.from({ length: 450 }, (_, i) => caseNeeding(i + 1, i < 300 ? 'termijn-overschreden' : 'termijn-nadert'));
    const first = await page('?officer=medewerker-001');
    // NOW is 2026-12-01T10:00:00Z: 11:00:00 in Amsterdam.
    expect(first).toContain(
      '450 zaken (termijn overschreden 300, termijn nadert 150), urgentste eerst; stand van 1 december 2026 om 11:00:00.',
    );
    expect(first).toContain('Zaken 1–200 van 450 (pagina 1 van 3)');
    expect(first).toContain('GM0599-2026-0200');
    expect(first).not.toContain('GM0599-2026-0201');
    expect(first).not.toContain('Vorige pagina');
    const html = (await h.inject({ method: 'GET', url: '/console/toezicht?officer=medewerker-001', headers: staffCookie })).body;
    expect(html).toContain('href="/console/toezicht?officer=medewerker-001&amp;page=2"');

    const third = await page('?officer=medewerker-001&page=3');
    expect(third).toContain('Zaken 401–450 van 450 (pagina 3 van 3)');
    expect(third).toContain('GM0599-2026-0450');
    expect(third).not.toContain('GM0599-2026-0400 ');
    expect(third).toContain('Vorige pagina');
    expect(third).not.toContain('Volgende pagina');
    expect(h.attentionCalls.at(-1)?.filter).toEqual({ gemeente: 'GM0599', officerId: 'medewerker-001' });
  });

  it('shows no pager for a list that fits one page, and treats a page number that is no number as the first', async () => {
    h.attentionItems = [caseNeeding(1, 'termijn-overschreden')];
    const body = await page('?page=abc');
    expect(body).toContain('1 zaak (termijn overschreden 1), urgentste eerst');
    expect(body).not.toContain('Volgende pagina');
  });
});
