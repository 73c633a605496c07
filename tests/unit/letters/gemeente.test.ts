import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { composeLetter } from '../../../activities/letters/compose';
import { exampleLetterInput, exampleLetterhead } from '../../../activities/letters/examples';
import {
  createGemeenteDirectory,
  gemeenteCodeOf,
  loadGemeentenFile,
} from '../../../activities/letters/gemeente';
import { LetterInputError } from '../../../activities/letters/schemas';
import { GEMEENTEN_FILE } from '../../../activities/letters/example-gemeente';
import { pdfText } from './pdf-text';

const PORTAL = 'http://localhost:3000/schuldeisers';

describe('gemeente configuration for letters', () => {
  const directory = loadGemeentenFile(GEMEENTEN_FILE, PORTAL);

  it('finds the gemeente by the code that starts the case reference', () => {
    expect(gemeenteCodeOf('GM0599-2026-0001')).toBe('GM0599');
    expect(gemeenteCodeOf('SHV-2026-000123')).toBeUndefined();
    const rotterdam = directory.forCase('GM0599-2026-0001');
    expect(rotterdam.letterhead.name).toBe('Gemeente Rotterdam');
    expect(rotterdam.portalUrl).toBe('https://schuldeisers.rotterdam.nl');
    expect(rotterdam.signatory).toEqual({ name: 'Marloes de Groot', role: 'teamleider Schuldhulpverlening' });
  });

  it("refuses a case of a gemeente it has no letterhead for (never another gemeente's)", () => {
    expect(() => directory.forCase('GM0363-2026-0001')).toThrow(LetterInputError);
    expect(() => directory.forCase('GM0363-2026-0001')).toThrow(
      'Geen briefconfiguratie voor gemeente GM0363',
    );
  });

  it('names the officer of the case as contact; an unknown officer gets the team details', () => {
    expect(directory.contactFor('GM0599-2026-0001', 'medewerker-002')).toEqual({
      name: 'Daan Verhoeven',
      role: 'consulent schuldhulpverlening',
      phone: '14 010 (toestel 4830)',
      email: 'd.verhoeven@rotterdam.nl',
    });
    expect(directory.contactFor('GM0599-2026-0001', 'medewerker-999')).toEqual({
      name: 'Schuldhulpverlening',
      phone: '14 010',
      email: 'schuldhulp@rotterdam.nl',
    });
  });

  it('an unknown officer: the mandated official signs, the team is not printed twice', async () => {
    const gemeente = directory.forCase('GM0599-2026-0001');
    const input = {
      ...exampleLetterInput('kennisgeving'),
      contact: directory.contactFor('GM0599-2026-0001', 'medewerker-999'),
    };
    const letter = await composeLetter(input, {
      letterhead: gemeente.letterhead,
      portalUrl: gemeente.portalUrl,
      signatory: gemeente.signatory!,
      accessCodeFor: () => 'K7QF-3MZP-W8HD-2RXT',
    });
    const { text } = await pdfText(letter.pdf);
    expect(text).toContain('Met vriendelijke groet, Marloes de Groot Teamleider Schuldhulpverlening');
    expect(text).not.toContain('Schuldhulpverlening Schuldhulpverlening');
  });

  it('one letterhead without a configuration file serves every case (tests, examples)', () => {
    const single = createGemeenteDirectory(exampleLetterhead, PORTAL);
    expect(single.forCase('GM0363-2026-0001').letterhead.name).toBe('Gemeente Voorbeeldstad');
    expect(single.forCase('GM0363-2026-0001').portalUrl).toBe(PORTAL);
  });

  it('reads the logo relative to the file and names a bad field', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gemeenten-'));
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    writeFileSync(path.join(dir, 'logo.png'), png);
    const entry = { code: 'GM0363', letterhead: { ...exampleLetterhead, logoPath: 'logo.png' } };
    writeFileSync(path.join(dir, 'ok.json'), JSON.stringify({ gemeenten: [entry] }));
    expect(loadGemeentenFile(path.join(dir, 'ok.json'), PORTAL).forCase('GM0363-1').letterhead.logo).toEqual(
      png,
    );
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ gemeenten: [{ ...entry, code: '0363' }] }));
    expect(() => loadGemeentenFile(path.join(dir, 'bad.json'), PORTAL)).toThrow("veld 'gemeenten.0.code'");
  });
});
