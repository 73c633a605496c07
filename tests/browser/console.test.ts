import { amsterdamDateOf } from '../../domain/amsterdam-time';
import { startedSystem, type RunningSystem } from '../support/system';
import { exampleAanmeldingInput } from '../support/aanmelding';
import { pdfText } from '../unit/letters/pdf-text';
import { eventually } from '../support/eventually';
import { checkAxe, openBrowser, shot, SCREENSHOT_DIR, type Browser } from './support';

/**
 * The web console in headless Chromium against the whole system (README command 1): an officer starts a case
 * and records the eerste gesprek (and sees the case refuse a wrong action), a creditor signs in with the code
 * from the letter and answers the saldoverzoek, a supervisor sees a case whose term was breached, with the
 * reason. Every page is saved as a screenshot in SCREENSHOT_DIR.
 */

jest.setTimeout(180_000);

let system: RunningSystem;
let base: string;
const browsers: Browser[] = [];
const today = amsterdamDateOf(Date.now());
const CASE_ID = 'case-GM0599-BRW-1';

async function browser(): Promise<Browser> {
  const b = await openBrowser();
  browsers.push(b);
  return b;
}

async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; token?: string } = {},
): Promise<T> {
  const response = await fetch(`${base}/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Bearer ${init.token ?? system.token('officer')}`,
      ...(init.body ? { 'content-type': 'application/json' } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const activeId = (b: Browser) => b.page.evaluate<string>('document.activeElement?.id ?? ""');
const activeClass = (b: Browser) => b.page.evaluate<string>('document.activeElement?.className ?? ""');
const text = async (b: Browser, selector: string) =>
  (await b.page.locator(selector).innerText()).replace(/\s+/g, ' ');

beforeAll(async () => {
  system = await startedSystem({}, 'schuldhulp-browser-');
  base = system.baseUrl;
  // A case whose eerste gesprek is overdue: a reminder in the officer's inbox, a breach for the supervisor.
  const sixWeeksAgo = amsterdamDateOf(Date.now() - 42 * 86_400_000);
  await api('/cases', {
    method: 'POST',
    body: { caseNumber: 'BRW-2', aanmelding: { ...exampleAanmeldingInput(), requestDate: sixWeeksAgo } },
  });
}, 240_000);

afterAll(async () => {
  for (const b of browsers) await b.close().catch(() => undefined);
  if (system) await system.stop();
  console.log(`Screenshots: ${SCREENSHOT_DIR}`);
});

describe('the web console in a browser', () => {
  let officer: Browser;

  it('prints the console URLs at start', () => {
    expect(system.output()).toContain(`Officer console    ${base}/console/zaken`);
    expect(system.output()).toContain(`Creditor portal    ${base}/schuldeisers`);
    expect(system.output()).toContain(`Supervisor view    ${base}/console/toezicht`);
  });

  it('an officer signs in with the keyboard, starts a case (after fixing the fields the API names) and records the eerste gesprek', async () => {
    officer = await browser();
    const { page } = officer;

    await page.goto(`${base}/console`);
    expect(page.url()).toBe(`${base}/console/aanmelden`);
    await shot(page, '01-aanmelden');
    // Keyboard only: the skip link first, then the token field; Enter submits.
    await page.keyboard.press('Tab');
    expect(await activeClass(officer)).toContain('skiplink');
    await page.keyboard.press('Tab');
    expect(await activeId(officer)).toBe('f-token');
    await shot(page, '01b-aanmelden-focus');
    await page.keyboard.type(system.token('officer'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/console/zaken`);
    const cookies = await officer.context.cookies();
    const cookie = cookies.find((c) => c.name === 'schuldhulp_medewerker');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/console' });
    await shot(page, '02-mijn-zaken-leeg');

    // A wrong BSN and missing names: B1 Dutch that names each field by its label, in the summary and at the field.
    await page.getByRole('link', { name: 'Nieuwe aanmelding', exact: true }).click();
    await checkAxe(page, 'nieuwe aanmelding');
    await page.fill('#f-caseNumber', 'BRW-1');
    await page.fill('#f-aanmelding-resident-bsn', '123456789');
    await page.getByRole('button', { name: 'Zaak starten' }).click();
    expect(await page.title()).toMatch(/^Fout: Nieuwe aanmelding/);
    const summary = await text(officer, '.foutoverzicht');
    expect(summary).toContain(
      '‘BSN’: Vul een BSN van 9 cijfers in. Neem het over van het identiteitsbewijs: dit nummer bestaat niet.',
    );
    expect(summary).toContain('Vul ‘Achternaam’ in.');
    expect(summary).not.toMatch(/name\.surname|elfproef|ontbreekt of is geen/);
    expect(await page.getAttribute('#f-aanmelding-resident-bsn', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#f-aanmelding-resident-bsn', 'aria-describedby')).toContain(
      'f-aanmelding-resident-bsn-fout',
    );
    expect(await activeClass(officer)).toContain('foutoverzicht');
    expect(await page.inputValue('#f-aanmelding-resident-bsn')).toBe('123456789');
    await shot(page, '03-aanmelding-fouten');
    await checkAxe(page, 'aanmelding met fouten');
    // The summary link takes the keyboard to the field.
    await page.getByRole('link', { name: /‘BSN’: Vul een BSN/ }).click();
    expect(await activeId(officer)).toBe('f-aanmelding-resident-bsn');

    await page.fill('#f-aanmelding-resident-bsn', '123456782');
    await page.fill('#f-aanmelding-resident-name-givenNames', 'Annemarie');
    await page.fill('#f-aanmelding-resident-name-surname', 'Zwartkruis-Oudshoorn');
    await page.fill('#f-aanmelding-resident-dateOfBirth', '1984-03-12');
    await page.fill('#f-aanmelding-resident-address-street', 'Coolsingel');
    await page.fill('#f-aanmelding-resident-address-houseNumber', '40');
    await page.fill('#f-aanmelding-resident-address-postcode', '3011 AD');
    await page.fill('#f-aanmelding-resident-address-city', 'Rotterdam');
    await page.fill('#f-aanmelding-creditors-0-name', 'Woonstad Rotterdam');
    await page.fill('#f-aanmelding-creditors-0-id', 'woonstad');
    await page.selectOption('#f-aanmelding-creditors-0-type', 'verhuurder');
    await page.fill('#f-aanmelding-creditors-0-iban', 'NL44 RABO 0123 4567 89');
    await page.fill('#f-aanmelding-creditors-0-address-line', 'Postbus 2012');
    await page.fill('#f-aanmelding-creditors-0-address-postcode', '3000 CA');
    await page.fill('#f-aanmelding-creditors-0-address-city', 'Rotterdam');
    await page.check('#f-aanmelding-creditors-0-convenantMonths-1');
    await page.fill('#f-aanmelding-creditors-0-claim-amount', '3.120,75');
    await page.fill('#f-aanmelding-creditors-0-claim-reference', 'HUUR-2026-0042');
    await page.getByRole('button', { name: 'Zaak starten' }).click();
    await page.waitForURL(`${base}/console/zaken/${CASE_ID}?gestart`);
    // The case page says who the resident is, and what comes next.
    expect(await page.locator('h1').innerText()).toBe('Zaak GM0599-BRW-1 · Annemarie Zwartkruis-Oudshoorn');
    expect(await text(officer, '.melding')).toContain('De zaak is gestart');
    const resident = await text(officer, 'section[aria-labelledby="h-inwoner"]');
    expect(resident).toContain('Annemarie Zwartkruis-Oudshoorn');
    expect(resident).toContain('•••••6782');
    expect(resident).not.toContain('123456782');
    expect(resident).toContain('Coolsingel 40');
    expect(resident).toContain('3011 AD Rotterdam');
    expect(await page.locator('#h-acties').innerText()).toBe('Volgende stap');
    expect(await page.locator('#actie-plan-eerste-gesprek').getAttribute('open')).not.toBeNull();
    const deadlines = await text(officer, 'section[aria-labelledby="h-termijnen"]');
    expect(deadlines).toMatch(/Eerste gesprek .* Wgs art\. 4 .*lid 1.* Loopt/);
    expect(
      await page
        .locator(
          'section[aria-labelledby="h-termijnen"] a[href="https://wetten.overheid.nl/jci1.3:c:BWBR0031331&artikel=4"]',
        )
        .count(),
    ).toBe(1);
    const creditors = await text(officer, 'section[aria-labelledby="h-schuldeisers"]');
    expect(creditors).toContain('Woonstad Rotterdam');
    expect(creditors).toContain('€ 3.120,75');
    expect(await text(officer, '.tijdlijn')).toContain(
      'Aanmelding ontvangen — de inwoner vroeg zelf om hulp',
    );
    expect(await text(officer, '.tijdlijn')).not.toMatch(/resident-request|run \d|T\d\d:\d\d/);
    await shot(page, '04-aanmelding-inwoner-volgende-stap');
    await checkAxe(page, 'zaak: aanmelding');

    // Actions of another phase have no form, but say why.
    await page.locator('#niet-mogelijk > summary').click();
    expect(await text(officer, '#niet-mogelijk')).toMatch(
      /Beschikking: toelating: Niet mogelijk in fase aanmelding; deze actie hoort bij fase beschikking\./,
    );
    expect(await page.locator('#actie-beschikking-toelating').count()).toBe(0);
    await shot(page, '05-zaak-niet-mogelijk');

    // The full BSN only on request (the API logs who asked).
    await page.getByRole('button', { name: /BSN tonen/ }).click();
    expect(await text(officer, 'section[aria-labelledby="h-inwoner"]')).toContain('123456782');

    // An empty date: B1 Dutch at the field.
    await page.locator('#actie-eerste-gesprek > summary').click();
    await page.fill('#f-eerste-gesprek--date', '');
    await page.getByRole('button', { name: 'Gesprek vastleggen' }).click();
    expect(await text(officer, '.foutoverzicht')).toContain('Vul ‘Datum gesprek’ in.');
    expect(await text(officer, '#actie-eerste-gesprek .veldfout')).toContain('Vul ‘Datum gesprek’ in.');
    await shot(page, '05b-zaak-veldfout');
    await checkAxe(page, 'zaak: veldfout');

    await page.fill('#f-eerste-gesprek--date', today);
    await page.getByRole('button', { name: 'Gesprek vastleggen' }).click();
    await page.waitForURL(/gedaan=eerste-gesprek/);
    expect(await text(officer, '.melding')).toContain('Verwerkt: Eerste gesprek vastleggen');
    const terms = await text(officer, 'section[aria-labelledby="h-termijnen"]');
    expect(terms).toMatch(/Eerste gesprek .* Gehaald/);
    expect(terms).toMatch(/Beschikking .* Wgs art\. 4a/);
    expect(await text(officer, '.tijdlijn')).toContain('Eerste gesprek gehouden');
    expect(await page.locator('#actie-beschikking-toelating').getAttribute('open')).not.toBeNull();
    await shot(page, '06-zaak-gesprek-vastgelegd');

    // The case page on a phone: nothing wider than the screen but the tables, which scroll in their box.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, '06b-zaak-telefoon');
    await page.setViewportSize({ width: 1280, height: 900 });

    await eventually(async () => {
      await page.goto(`${base}/console/zaken`);
      expect(await text(officer, 'table')).toMatch(/GM0599-BRW-1 Beschikking/);
    });
    expect(await page.locator('tbody tr', { hasText: 'GM0599-BRW-1' }).count()).toBe(1);
    await shot(page, '07-mijn-zaken');
    await checkAxe(page, 'mijn zaken');

    // The inbox: the reminder of the overdue case, with a count in the menu; linked to its case; marked done.
    // The teamleider asks the officer to act on the overdue case: a task in the officer's inbox.
    await api('/supervisor/cases/case-GM0599-BRW-2/reminders', {
      method: 'POST',
      body: {},
      token: system.token('supervisor'),
    });
    await eventually(async () => {
      await page.goto(`${base}/console/taken`);
      expect(await page.locator('.taak', { hasText: 'GM0599-BRW-2' }).count()).toBeGreaterThan(0);
    }, 60_000);
    const menu = await text(officer, 'nav.menu');
    expect(menu).toMatch(/Mijn taken [1-9]\d* open/);
    const task = page.locator('.taak', { hasText: 'GM0599-BRW-2' }).first();
    expect((await task.innerText()).replace(/\s+/g, ' ')).toMatch(/Zaak GM0599-BRW-2/);
    expect(await task.innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}|eerste-gesprek/);
    await shot(page, '07b-mijn-taken');
    await checkAxe(page, 'mijn taken');
    expect(await task.getByRole('link', { name: 'Zaak GM0599-BRW-2' }).getAttribute('href')).toBe(
      '/console/zaken/case-GM0599-BRW-2',
    );
    const before = await page.locator('.taak').count();
    await task.getByRole('button', { name: /Afvinken/ }).click();
    await page.waitForURL(/taken\?gedaan/);
    expect(await text(officer, '.melding')).toContain('De taak is afgevinkt.');
    expect(await page.locator('.taak').count()).toBe(before - 1);
  });

  it('a creditor signs in with the code from the letter, downloads it and answers the saldoverzoek', async () => {
    const { page } = officer;
    await page.goto(`${base}/console/zaken/${CASE_ID}`);
    // The toelating is the open next step in the beschikking phase.
    await page.fill('#f-beschikking-toelating--plan-goal', 'Schuldenvrij in 18 maanden');
    await page.fill('#f-beschikking-toelating--plan-residentActions', 'Post meenemen\nBudgetcursus volgen');
    await page.fill('#f-beschikking-toelating--plan-gemeenteActions', 'Pauze vragen bij schuldeisers');
    await page.getByRole('button', { name: 'Toelating vastleggen' }).click();
    await page.waitForURL(/gedaan=beschikking-toelating/);

    // The kennisgeving to Woonstad as the creditor receives it, with its access code.
    const letter = await eventually(async () => {
      const status = await api<{ letters: { letterId: string; kind: string; recipient: string }[] }>(
        `/cases/${CASE_ID}`,
      );
      const found = status.letters.find((l) => l.kind === 'kennisgeving' && l.recipient === 'woonstad');
      if (!found) throw new Error('no kennisgeving yet');
      return found;
    }, 60_000);
    await page.reload();
    // Toelating: the bezwaartermijn, each creditor's answer term and its pause end, each with its source.
    const afterToelating = await text(officer, 'section[aria-labelledby="h-termijnen"]');
    expect(afterToelating).toMatch(/Bezwaar tegen de beschikking \d+ \w+ \d{4} Awb art\. 6:7/);
    expect(afterToelating).toMatch(/Antwoord Woonstad Rotterdam op het saldoverzoek .* Schuldenknooppunt/);
    expect(afterToelating).toMatch(/Incassopauze Woonstad Rotterdam .* NVVK-convenant/);
    expect(
      await page.locator('a[href="https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=6:7"]').count(),
    ).toBeGreaterThan(0);
    expect(await text(officer, 'section[aria-labelledby="h-brieven"]')).toContain('Kennisgeving');
    expect(await text(officer, '.tijdlijn')).not.toMatch(/voortgezet|run \d|woonstad\.\d|\.kennisgeving\./);
    expect(await page.locator('#h-acties').innerText()).toBe('Volgende stap');
    expect(await page.locator('#actie-stabilisatie-complete').count()).toBe(1);
    await shot(page, '08-zaak-toegelaten-brieven');
    await checkAxe(page, 'zaak: toelating');
    // The officer's download link serves the PDF.
    const href = await page
      .locator(`a[href$="/brieven/${encodeURIComponent(letter.letterId)}"]`)
      .first()
      .getAttribute('href');
    const download = await page.request.get(`${base}${href}`);
    expect(download.headers()['content-type']).toBe('application/pdf');
    const { text: letterText } = await pdfText(Buffer.from(await download.body()));
    const code = /[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(letterText)?.[0];
    expect(code).toBeDefined();
    // Letters print the gemeente's public portal address (deploy/gemeenten.json, GM0599), not this test server.
    expect(letterText).toContain('https://schuldeisers.rotterdam.nl');

    const creditor = await browser();
    const c = creditor.page;
    await c.goto(`${base}/schuldeisers`);
    await shot(c, '09-portaal-code');
    await checkAxe(c, 'portaal: code');
    await c.fill('#f-code', 'AAAA-BBBB-CCCC-DDDD');
    await c.getByRole('button', { name: 'Verder' }).click();
    expect(await text(creditor, '.foutoverzicht')).toMatch(/‘Toegangscode’: Deze toegangscode is onbekend/);
    await shot(c, '10-portaal-code-onbekend');
    await c.fill('#f-code', code!.toLowerCase());
    await c.getByRole('button', { name: 'Verder' }).click();
    await c.waitForURL(`${base}/schuldeisers/zaak`);
    // The portal names the debtor and the gemeente.
    expect(await c.locator('h1').innerText()).toBe('Zaak GM0599-BRW-1 · Annemarie Zwartkruis-Oudshoorn');
    const portalFacts = await text(creditor, '.feiten');
    expect(portalFacts).toMatch(/Schuldenaar Annemarie Zwartkruis-Oudshoorn, geboren 12 maart 1984/);
    expect(portalFacts).toContain('Gemeente Gemeente Rotterdam'); // deploy/gemeenten.json, as the letters
    expect(portalFacts).toContain('Woonstad Rotterdam');
    expect(await text(creditor, 'header')).toContain('Gemeente Rotterdam');
    const rows = c.locator('section[aria-labelledby="h-brieven"] tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    await shot(c, '11-portaal-zaak');
    await checkAxe(c, 'portaal: zaak');

    const [pdf] = await Promise.all([c.waitForEvent('download'), rows.first().getByRole('link').click()]);
    expect(pdf.suggestedFilename()).toMatch(/\.woonstad\..*\.pdf$/);

    // The saldo-opgave asks what the saldoverzoek asks. A hoofdsom that is no amount: B1 Dutch at the field.
    expect(await c.inputValue('#f-saldo-opgave--kenmerkSchuldeiser')).toBe('HUUR-2026-0042');
    await c.fill('#f-saldo-opgave--hoofdsom', 'drieduizend');
    await c.getByRole('button', { name: 'Saldo-opgave versturen' }).click();
    expect(await text(creditor, '.foutoverzicht')).toContain(
      '‘Hoofdsom’: Vul de hoofdsom in euro’s in, bijvoorbeeld 2.900,00. Rente en kosten vult u apart in.',
    );
    expect(await text(creditor, '.foutoverzicht')).not.toMatch(/centen|amount/);
    expect(await c.inputValue('#f-saldo-opgave--hoofdsom')).toBe('drieduizend');
    await shot(c, '12-portaal-saldo-fout');
    await checkAxe(c, 'portaal: saldo-opgave met fout');
    await c.fill('#f-saldo-opgave--hoofdsom', '2.900,00');
    await c.fill('#f-saldo-opgave--rente', '125,50');
    await c.fill('#f-saldo-opgave--kosten', '125,25');
    await c.fill('#f-saldo-opgave--datumOntstaan', '2025-06-01');
    await c.selectOption('#f-saldo-opgave--beslag-0-soort', 'loonbeslag');
    await c.getByRole('button', { name: 'Saldo-opgave versturen' }).click();
    await c.waitForURL(/beantwoord=saldo-opgave/);
    expect(await text(creditor, '.melding')).toContain('Uw antwoord is ontvangen: Saldo-opgave');
    const answered = await text(creditor, '.feiten');
    expect(answered).toMatch(/Uw antwoord Saldo-opgave/);
    expect(answered).toContain(
      'Uw saldo-opgave € 3.150,75 (hoofdsom € 2.900,00, rente € 125,50, kosten € 125,25)',
    );
    expect(answered).toContain('Schuld ontstaan op 1 juni 2025');
    expect(answered).toContain('Beslag loonbeslag');
    await shot(c, '13-portaal-saldo-opgave-uitsplitsing');
    await checkAxe(c, 'portaal: beantwoord');

    const track = await api<{ answer: string; claimAmount: number }>(`/cases/${CASE_ID}/creditors/woonstad`);
    expect(track).toMatchObject({ answer: 'saldo-opgave', claimAmount: 315075 });

    // The pause confirmation without the box ticked: the schema's message at the box; then ticked.
    await c.locator('#antwoord-pauze-bevestiging > summary').click();
    await c.getByRole('button', { name: 'Pauze bevestigen' }).click();
    expect(await text(creditor, '.foutoverzicht')).toContain('Zet een vinkje bij ‘Wij pauzeren de incasso’.');
    expect(await c.locator('#antwoord-pauze-bevestiging').getAttribute('open')).not.toBeNull();
    await shot(c, '14-portaal-pauze-fout');
    await c.check('#f-pauze-bevestiging--confirmed');
    await c.getByRole('button', { name: 'Pauze bevestigen' }).click();
    await c.waitForURL(/beantwoord=pauze-bevestiging/);
    expect(await text(creditor, '.feiten')).toMatch(/Incassopauze tot .* bevestigd/);
    expect(await text(creditor, '.feiten')).not.toContain('nog niet bevestigd');

    // The creditor cookie opens nothing of the staff console.
    await c.goto(`${base}/console/zaken/${CASE_ID}`);
    expect(c.url()).toBe(`${base}/console/aanmelden`);
  });

  it('a supervisor sees a case whose term was breached, with the reason, filters, and sends a reminder', async () => {
    const supervisor = await browser();
    const { page } = supervisor;
    await page.goto(`${base}/console/aanmelden`);
    await page.fill('#f-token', system.token('supervisor'));
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.waitForURL(`${base}/console/toezicht`);
    const row = page.locator('tbody tr', { hasText: 'GM0599-BRW-2' });
    await eventually(async () => {
      await page.reload();
      expect(await row.count()).toBe(1);
      // The reason, as the API words it (with the day when the case still knows its deadline).
      expect((await row.innerText()).replace(/\s+/g, ' ')).toMatch(
        /GM0599-BRW-2 Termijn overschreden (Een termijn is overschreden|Termijn overschreden: verliep op)/,
      );
    }, 60_000);
    await shot(page, '15-toezicht');
    await checkAxe(page, 'toezicht');
    // How many over all pages, per reason, and how fresh the list is.
    expect(await text(supervisor, 'p.lijst-stand')).toMatch(
      /^\d+ (zaak|zaken) \(.*termijn overschreden \d+.*\), urgentste eerst; stand van \d+ \w+ \d{4} om \d\d:\d\d:\d\d\./,
    );
    const temporal = await row.getByRole('link', { name: /Temporal UI/ }).getAttribute('href');
    expect(temporal).toContain(`/namespaces/schuldhulp/workflows/case-GM0599-BRW-2`);

    // Filters: phase and officer narrow the list; a malformed officer id is named at its field.
    await page.selectOption('#f-phase', 'aanmelding');
    await page.fill('#f-officer', 'medewerker-001');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/phase=aanmelding/);
    expect(await row.count()).toBe(1);
    expect(await page.locator('tbody tr', { hasText: 'GM0599-BRW-1' }).count()).toBe(0);
    await shot(page, '16-toezicht-gefilterd');
    await page.fill('#f-officer', 'niet geldig!');
    await page.getByRole('button', { name: 'Filteren' }).click();
    expect(await text(supervisor, '.foutoverzicht')).toContain(
      '‘Medewerker’: Vul de code van de medewerker in, zoals medewerker-001: alleen letters, cijfers, punt en streepjes.',
    );
    await shot(page, '17-toezicht-filterfout');

    await page.goto(`${base}/console/toezicht`);
    await row.getByRole('button', { name: /Herinnering sturen/ }).click();
    await page.waitForURL(/verstuurd=case-GM0599-BRW-2/);
    expect(await text(supervisor, '.melding')).toContain(
      'Herinnering verstuurd aan de medewerker van GM0599-BRW-2',
    );
    await shot(page, '18-toezicht-herinnerd');

    await row.getByRole('link', { name: 'GM0599-BRW-2', exact: true }).click();
    await page.waitForURL(`${base}/console/zaken/case-GM0599-BRW-2`);
    expect(await text(supervisor, 'section[aria-labelledby="h-termijnen"]')).toMatch(
      /Eerste gesprek .* Overschreden/,
    );
    expect(await page.locator('#h-acties').count()).toBe(0);
    await shot(page, '19-zaak-toezicht');
    await checkAxe(page, 'zaak voor de teamleider');
    // The supervisor's inbox: the breach alert of the gemeente.
    await page.goto(`${base}/console/taken`);
    expect(await text(supervisor, 'h1')).toBe('Taken van de gemeente');
    expect(await text(supervisor, '.taken')).toMatch(/Termijn overschreden Zaak GM0599-BRW-2/);
    await shot(page, '19b-taken-gemeente');
    await checkAxe(page, 'taken gemeente');
    await page.goto(`${base}/console/zaken/case-GM0599-BRW-2`);
    await page.getByRole('button', { name: /Herinnering sturen/ }).click();
    await page.waitForURL(/herinnerd/);
    expect(await text(supervisor, '.melding')).toContain('De medewerker heeft een herinnering gekregen');

    // The management view, from the menu: the gemeente's figures from the reporting store, each linked to its cases.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cijfers' }).click();
    await page.waitForURL(`${base}/console/cijfers`);
    expect(await page.locator('svg[role="img"] > title').count()).toBe(8);
    expect(await page.locator('table caption').count()).toBe(8);
    // BRW-2 waits in aanmelding: the open-cases figure lists it (the store is fed by the workers' activities).
    await eventually(async () => {
      await page.reload();
      expect(await page.locator('#open-zaken a[href="/console/zaken/case-GM0599-BRW-2"]').count()).toBe(1);
    }, 60_000);
    await shot(page, '19c-cijfers');
    await checkAxe(page, 'cijfers');
  });

  it('the officer completes stabilisatie and makes the betaalvoorstel; the creditor signs in with the code from it, rejects with a reason and then agrees', async () => {
    const { page } = officer;
    await page.goto(`${base}/console/zaken/${CASE_ID}`);
    // In stabilisatie, a paper answer without the creditor chosen: named at its field.
    await page.locator('#andere-acties > summary').click();
    await page.locator('#actie-papier-geen-medewerking > summary').click();
    await page.getByRole('button', { name: 'Geen medewerking vastleggen' }).click();
    expect(await text(officer, '.foutoverzicht')).toContain(
      'Kies bij ‘Schuldeiser’ van wie het antwoord komt.',
    );
    expect(await text(officer, '.foutoverzicht')).toContain('Vul ‘Reden’ in.');
    await shot(page, '19c-zaak-papier-fout');
    await page.goto(`${base}/console/zaken/${CASE_ID}`);
    await page.getByRole('button', { name: 'Stabilisatie afronden' }).click();
    await page.waitForURL(/gedaan=stabilisatie-complete/);
    // The case starts its schuldregeling (a child workflow): the case page shows it once it runs.
    await eventually(async () => {
      await page.reload();
      expect(await page.locator('#h-oplossing').count()).toBe(1);
    }, 60_000);
    expect(await text(officer, '#oplossing')).toMatch(/Fase Voorbereiding betaalvoorstel/);
    await shot(page, '20-zaak-schuldregeling');
    await page.getByRole('link', { name: 'Naar de schuldregeling: acties en tijdlijn' }).click();
    await page.waitForURL(`${base}/console/zaken/${CASE_ID}/schuldregeling`);
    // The schuldregeling pages carry the gemeente of the case pages (deploy/gemeenten.json), not the example.
    expect(await text(officer, 'header')).toContain('Gemeente Rotterdam');
    expect(await page.locator('h1').innerText()).toBe('Schuldregeling GM0599-BRW-1');

    // A saneringskrediet without a kredietbank: the refinement's message at the kredietbank field.
    await page.locator('#actie-oplossing-start > summary').click();
    await page.fill('#f-oplossing-start--afloscapaciteitPerMonth', '100,00');
    await page.fill('#f-oplossing-start--vtlbBasis', 'Inkomen € 1.650, VTLB € 1.550 (november 2026)');
    await page.check('#f-oplossing-start--form-0');
    await page.getByRole('button', { name: 'Betaalvoorstel versturen' }).click();
    expect(await text(officer, '.foutoverzicht')).toMatch(
      /‘Kredietbank’: bij een saneringskrediet is de kredietbank verplicht/,
    );
    expect(await page.getAttribute('#f-oplossing-start--kredietbank', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#f-oplossing-start--afloscapaciteitPerMonth')).toBe('100,00');
    await shot(page, '21-schuldregeling-veldfout');
    await page.fill('#f-oplossing-start--kredietbank', 'Kredietbank Rijnmond');
    await page.getByRole('button', { name: 'Betaalvoorstel versturen' }).click();
    await page.waitForURL(/gedaan=oplossing-start/);
    expect(await text(officer, '.melding')).toContain('Verwerkt: Betaalvoorstel doen');
    const proposal = await text(officer, 'section[aria-labelledby="h-voorstel"]');
    expect(proposal).toMatch(
      // € 1.800,00 / € 3.150,75 = 57,129…%: two decimals, rounded half up (domain/percentage.ts) → 57,13%.
      /Woonstad Rotterdam € 3\.150,75 € 1\.800,00 57,13% Voorstel verstuurd/,
    );
    await shot(page, '22-schuldregeling-voorstel');

    // A payment before the looptijd: the schuldregeling refuses it and the page says why.
    await page.locator('#andere-acties > summary').click();
    await page.locator('#actie-betaling > summary').click();
    await page.fill('#f-betaling--amount', '100,00');
    await page.getByRole('button', { name: 'Betaling vastleggen' }).click();
    expect(await text(officer, '.foutoverzicht')).toMatch(
      /De schuldregeling weigert deze actie .*fase betaalvoorstel/,
    );
    expect(await text(officer, '#actie-betaling .weigering')).toMatch(/Geweigerd: .*fase looptijd/);
    await shot(page, '23-schuldregeling-geweigerd');

    // The betaalvoorstel to Woonstad, as the creditor receives it, with its access code.
    const letter = await eventually(async () => {
      const status = await api<{ letters: { letterId: string; kind: string; recipient: string }[] }>(
        `/cases/${CASE_ID}/oplossing`,
      );
      const found = status.letters.find((l) => l.kind === 'betaalvoorstel' && l.recipient === 'woonstad');
      if (!found) throw new Error('no betaalvoorstel yet');
      return found;
    }, 60_000);
    const download = await page.request.get(
      `${base}/console/zaken/${CASE_ID}/brieven/${encodeURIComponent(letter.letterId)}`,
    );
    expect(download.headers()['content-type']).toBe('application/pdf');
    const { text: letterText } = await pdfText(Buffer.from(await download.body()));
    const code = /[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(letterText)?.[0];
    expect(code).toBeDefined();

    const creditor = await browser();
    const c = creditor.page;
    await c.goto(`${base}/schuldeisers`);
    await c.fill('#f-code', code!);
    await c.keyboard.press('Enter');
    await c.waitForURL(`${base}/schuldeisers/zaak`);
    expect(await text(creditor, '#h-betaalvoorstel')).toBe('Er ligt een betaalvoorstel voor u klaar');
    await shot(c, '24-portaal-zaak-betaalvoorstel');
    await c.getByRole('link', { name: 'Bekijk en beantwoord het betaalvoorstel' }).click();
    await c.waitForURL(`${base}/schuldeisers/betaalvoorstel`);
    const facts = await text(creditor, '.feiten');
    expect(facts).toMatch(/Uw vordering € 3\.150,75/);
    expect(facts).toMatch(/Aanbod aan u € 1\.800,00 \(57,13%\)/);
    expect(facts).toMatch(/Saneringskrediet: de kredietbank \(Kredietbank Rijnmond\) betaalt/);
    expect(facts).toMatch(/Antwoord graag uiterlijk/);
    await shot(c, '25-portaal-betaalvoorstel');

    // An afwijzing without a reason: the schema's message at the field; then with one.
    await c.getByRole('button', { name: 'Voorstel afwijzen' }).click();
    expect(await text(creditor, '.foutoverzicht')).toContain('Vul ‘Reden van de afwijzing’ in.');
    expect(await c.getAttribute('#f-voorstel-afwijzing--reason', 'aria-invalid')).toBe('true');
    await shot(c, '26-portaal-afwijzing-fout');
    await c.fill('#f-voorstel-afwijzing--reason', 'Percentage te laag voor een huurschuld');
    await c.getByRole('button', { name: 'Voorstel afwijzen' }).click();
    await c.waitForURL(/beantwoord=voorstel-afwijzing/);
    expect(await text(creditor, '.melding')).toContain('Uw afwijzing is ontvangen');
    expect(await text(creditor, '#h-uw-antwoord')).toBe('Heroverweging: uw antwoord');
    expect(await text(creditor, 'section[aria-labelledby="h-eerder"]')).toContain(
      'Percentage te laag voor een huurschuld',
    );
    await shot(c, '27-portaal-heroverweging');

    // On reconsideration the creditor agrees, with the keyboard.
    await c.getByRole('button', { name: 'Akkoord geven' }).focus();
    await c.keyboard.press('Enter');
    await c.waitForURL(/beantwoord=voorstel-akkoord/);
    expect(await text(creditor, '.melding')).toContain('Uw akkoord met het betaalvoorstel is ontvangen');
    expect(await c.locator('#h-uw-antwoord').count()).toBe(0);
    await shot(c, '28-portaal-akkoord');

    // All creditors agreed; the credit is below € 5.000, so the borgstelling is automatic and the looptijd starts.
    await eventually(async () => {
      await page.goto(`${base}/console/zaken/${CASE_ID}/schuldregeling`);
      expect(await text(officer, '.feiten >> nth=0')).toMatch(/Fase Looptijd/);
    }, 60_000);
    expect(await text(officer, '#h-borgstelling ~ p')).toMatch(/Verleend .*automatisch/);
    expect(await text(officer, '.tijdlijn')).toContain('Betaalvoorstel afgewezen');
    expect(await text(officer, '.tijdlijn')).not.toMatch(/\d cent/);
    await shot(page, '29-schuldregeling-looptijd');

    // Both pages on a phone: nothing wider than the screen but the tables, which scroll in their box.
    for (const [p, name] of [
      [page, '29b-schuldregeling-telefoon'],
      [c, '28b-portaal-betaalvoorstel-telefoon'],
    ] as const) {
      await p.setViewportSize({ width: 390, height: 844 });
      await p.reload();
      const overflow = await p.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow).toBeLessThanOrEqual(0);
      await shot(p, name);
      await p.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('the waarborgfonds signs in with its token, sees a borgstelling above € 5.000 waiting and grants it', async () => {
    const caseId = 'case-GM0599-BRW-3';
    await api('/cases', {
      method: 'POST',
      body: { caseNumber: 'BRW-3', aanmelding: exampleAanmeldingInput() },
    });
    await api(`/cases/${caseId}/actions/eerste-gesprek`, { method: 'POST', body: { date: today } });
    await api(`/cases/${caseId}/actions/beschikking-toelating`, {
      method: 'POST',
      body: {
        date: today,
        plan: { goal: 'Schuldenvrij', residentActions: ['Post'], gemeenteActions: ['Pauze'] },
      },
    });
    await api(`/cases/${caseId}/actions/stabilisatie-complete`, { method: 'POST', body: { date: today } });
    await eventually(() => api(`/cases/${caseId}/oplossing`), 60_000);
    await api(`/cases/${caseId}/oplossing/actions/oplossing-start`, {
      method: 'POST',
      body: {
        afloscapaciteitPerMonth: 40_000,
        vtlbBasis: 'VTLB november 2026',
        form: 'saneringskrediet',
        kredietbank: 'Kredietbank Rijnmond',
      },
    });
    // Every creditor agrees, each with the code from its own betaalvoorstel.
    const letters = await eventually(async () => {
      const status = await api<{ letters: { letterId: string; kind: string; recipient: string }[] }>(
        `/cases/${caseId}/oplossing`,
      );
      const found = status.letters.filter((l) => l.kind === 'betaalvoorstel');
      if (found.length < 3) throw new Error('not all betaalvoorstellen yet');
      return found;
    }, 60_000);
    for (const l of letters) {
      const pdf = await fetch(
        `${base}/api/v1/cases/${caseId}/letters/${encodeURIComponent(l.letterId)}/pdf`,
        {
          headers: { authorization: `Bearer ${system.token('officer')}` },
        },
      );
      const { text: body } = await pdfText(Buffer.from(await pdf.arrayBuffer()));
      const code = /[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(body)![0];
      const session = await fetch(`${base}/api/v1/creditor-sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
      const { token } = (await session.json()) as { token: string };
      await api('/creditor/oplossing/answers/voorstel-akkoord', { method: 'POST', body: {}, token });
    }

    const fund = await browser();
    const { page } = fund;
    await page.goto(`${base}/console/aanmelden`);
    await page.fill('#f-token', system.token('waarborgfonds'));
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.waitForURL(`${base}/console/waarborgfonds`);
    const request = page.locator(`#besluit-${caseId}`);
    await eventually(async () => {
      await page.reload();
      expect(await request.count()).toBe(1);
    }, 60_000);
    const details = (await request.innerText()).replace(/\s+/g, ' ');
    expect(details).toMatch(/Lening € 5\.415,75/);
    // The fund's premium is 1% truncated to the cent (sbnnl/documentatie): 1% of € 5.415,75 = € 54,1575 → € 54,15.
    expect(details).toMatch(/Premie \(1%\) € 54,15/);
    expect(details).not.toContain('Zwartkruis');
    await shot(page, '30-waarborgfonds-aanvragen');

    await request.getByRole('button', { name: /Besluit vastleggen/ }).click();
    expect(await text(fund, '.foutoverzicht')).toContain('Vul ‘Kenmerk besluit’ in.');
    await shot(page, '31-waarborgfonds-fout');
    await page.fill(`#f-besluit-${caseId}--by`, 'WF-2026-0118');
    await page.check(`#f-besluit-${caseId}--granted-0`);
    await page
      .locator(`#besluit-${caseId}`)
      .getByRole('button', { name: /Besluit vastleggen/ })
      .click();
    await page.waitForURL(/besloten=case-GM0599-BRW-3/);
    expect(await text(fund, '.melding')).toContain('Besluit vastgelegd voor zaak GM0599-BRW-3');
    await shot(page, '32-waarborgfonds-besloten');
    const after = await api<{ phase: string; borgstelling: { granted: boolean; by: string } }>(
      `/cases/${caseId}/oplossing`,
    );
    expect(after.borgstelling).toMatchObject({ granted: true, by: 'WF-2026-0118' });
    expect(after.phase).toBe('looptijd');
  });

  it('refuses a form posted without the CSRF token of the session', async () => {
    const response = await officer.page.request.post(
      `${base}/console/zaken/${CASE_ID}/acties/noodstop-pull`,
      {
        form: { reason: 'zonder token' },
      },
    );
    expect(response.status()).toBe(403);
  });
});
