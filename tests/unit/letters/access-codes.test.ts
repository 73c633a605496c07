import {
  ACCESS_CODE_ALPHABET,
  MemoryAccessCodeIndex,
  accessCodeHash,
  createAccessCodes,
  normalizeAccessCode,
} from '../../../activities/letters/access-codes';

const SECRET = 'test-secret-0123456789-0123456789-abcdef';
const CODE_SHAPE = /^[23456789A-HJ-NP-Z]{4}(-[23456789A-HJ-NP-Z]{4}){3}$/;

describe('access codes', () => {
  const make = (secret = SECRET) => createAccessCodes({ secret, index: new MemoryAccessCodeIndex() });

  it('look like K7QF-3MZP-W8HD-2RXT, without 0/O/1/I', () => {
    const code = make().codeFor('SHV-2026-000123', 'CR-0017');
    expect(code).toMatch(CODE_SHAPE);
    expect(ACCESS_CODE_ALPHABET).toHaveLength(32);
    expect(ACCESS_CODE_ALPHABET).not.toMatch(/[01OI]/);
  });

  it('are the same for the same case and creditor, and differ otherwise', () => {
    const codes = make();
    expect(codes.codeFor('SHV-1', 'CR-1')).toBe(codes.codeFor('SHV-1', 'CR-1'));
    expect(make().codeFor('SHV-1', 'CR-1')).toBe(codes.codeFor('SHV-1', 'CR-1'));
    expect(codes.codeFor('SHV-1', 'CR-2')).not.toBe(codes.codeFor('SHV-1', 'CR-1'));
    expect(codes.codeFor('SHV-2', 'CR-1')).not.toBe(codes.codeFor('SHV-1', 'CR-1'));
    // No ambiguity from concatenation: ("SHV-1", "1CR") vs ("SHV-11", "CR").
    expect(codes.codeFor('SHV-1', '1CR')).not.toBe(codes.codeFor('SHV-11', 'CR'));
    expect(make(`${SECRET}x`).codeFor('SHV-1', 'CR-1')).not.toBe(codes.codeFor('SHV-1', 'CR-1'));
  });

  it('do not collide over a few thousand creditors and spread over the alphabet', () => {
    const codes = make();
    const seen = new Set<string>();
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const code = codes.codeFor(`SHV-${i % 100}`, `CR-${i}`);
      seen.add(code);
      for (const ch of code.replace(/-/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    expect(seen.size).toBe(3000);
    expect(counts.size).toBe(32);
    const expected = (3000 * 16) / 32;
    for (const n of counts.values()) expect(Math.abs(n - expected)).toBeLessThan(expected * 0.2);
  });

  it('resolve through the index without knowing the case, forgiving case and separators', async () => {
    const codes = make();
    const code = await codes.issue('SHV-2026-000123', 'CR-0017');
    await codes.issue('SHV-2026-000123', 'CR-0018');
    expect(await codes.resolveAccessCode(code)).toEqual({
      caseReference: 'SHV-2026-000123',
      creditorId: 'CR-0017',
    });
    expect(await codes.resolveAccessCode(` ${code.toLowerCase().replace(/-/g, ' ')} `)).toEqual({
      caseReference: 'SHV-2026-000123',
      creditorId: 'CR-0017',
    });
    expect(await codes.resolveAccessCode(codes.codeFor('SHV-9', 'CR-9'))).toBeUndefined(); // never issued
    expect(await codes.resolveAccessCode('not a code')).toBeUndefined();
    expect(await codes.resolveAccessCode('0000-0000-0000-0000')).toBeUndefined();
  });

  it('do not trust a tampered index: the secret decides', async () => {
    const index = new MemoryAccessCodeIndex();
    const codes = createAccessCodes({ secret: SECRET, index });
    const forged = 'ABCD-EFGH-JKLM-NPQR';
    await index.put(accessCodeHash(normalizeAccessCode(forged)!), {
      caseReference: 'SHV-1',
      creditorId: 'CR-1',
    });
    expect(await codes.resolveAccessCode(forged)).toBeUndefined();
  });

  it('verify compares in constant time and rejects near misses', () => {
    const codes = make();
    const code = codes.codeFor('SHV-1', 'CR-1');
    expect(codes.verify('SHV-1', 'CR-1', code)).toBe(true);
    expect(codes.verify('SHV-1', 'CR-1', code.toLowerCase())).toBe(true);
    const last = code.at(-1) === 'Z' ? 'Y' : 'Z';
    expect(codes.verify('SHV-1', 'CR-1', `${code.slice(0, -1)}${last}`)).toBe(false);
    expect(codes.verify('SHV-1', 'CR-2', code)).toBe(false);
    expect(codes.verify('SHV-1', 'CR-1', '')).toBe(false);
  });

  it('refuse a short secret', () => {
    expect(() => make('too-short')).toThrow('minstens 32 bytes');
  });
});
