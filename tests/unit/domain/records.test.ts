import {
  aanmeldingSchema,
  claimSchema,
  creditorSchema,
  fieldErrors,
  isValidBsn,
  parseRecord,
  residentFullName,
  residentSchema,
  type AanmeldingInput,
  type FieldError,
} from '../../../domain/records';

const resident = {
  bsn: '111222333',
  name: { givenNames: 'Fatima', prefix: 'el', surname: 'Amrani' },
  address: { street: 'Dorpsstraat', houseNumber: 12, postcode: '1234 AB', city: 'Utrecht' },
  dateOfBirth: '1985-06-15',
  contact: { email: 'fatima@example.nl', phone: '06-12345678' },
};

const aanmelding = (): AanmeldingInput => ({
  source: { kind: 'vroegsignalering', partnerType: 'zorgverzekeraar' },
  crisisSituation: 'beeindiging-zorgverzekering',
  officerId: 'officer-7',
  gemeenteCode: 'GM0344',
  resident,
  creditors: [
    {
      id: 'bd',
      name: 'Belastingdienst',
      type: 'belastingdienst',
      iban: 'NL86INGB0002445588',
      address: { line: 'Postbus 100', postcode: '1000 AA', city: 'Amsterdam' },
    },
    {
      id: 'cjib',
      name: 'CJIB',
      type: 'cjib',
      iban: 'NL95INGB0000006458',
      address: { line: 'Postbus 100', postcode: '1000 AA', city: 'Amsterdam' },
    },
    {
      id: 'zk',
      name: 'Zorgverzekeraar',
      type: 'zorgverzekeraar',
      iban: 'NL91ABNA0417164300',
      address: { line: 'Postbus 100', postcode: '1000 AA', city: 'Amsterdam' },
      convenantMonths: 8,
    },
  ],
  claims: [
    { creditorId: 'bd', amount: 123_456, reference: 'IB-2024' },
    { creditorId: 'cjib', amount: 9_000, reference: 'CJIB-1' },
    { creditorId: 'zk', amount: 45_000, reference: 'PREM-3', preferent: false },
  ],
  requestDate: '2026-12-23',
});

const errorsOf = (schema: Parameters<typeof parseRecord>[0], input: unknown): FieldError[] => {
  const result = parseRecord(schema, input);
  if (result.ok) throw new Error('expected invalid input');
  return result.errors;
};

describe('BSN elfproef', () => {
  test.each(['111222333', '123456782'])('%s is valid', (bsn) => expect(isValidBsn(bsn)).toBe(true));
  test.each(['123456789', '111222334', '12345678', '000000000', '1234567a2'])('%s is invalid', (bsn) =>
    expect(isValidBsn(bsn)).toBe(false),
  );
});

describe('resident', () => {
  test('valid resident is normalized (postcode, phone)', () => {
    const parsed = residentSchema.parse({
      ...resident,
      address: { ...resident.address, postcode: '1234ab' },
    });
    expect(parsed.address.postcode).toBe('1234 AB');
    expect(parsed.contact.phone).toBe('+31612345678');
    expect(residentFullName(parsed)).toBe('Fatima el Amrani');
  });

  test('a BSN failing the elfproef is reported at resident.bsn, in Dutch', () => {
    const errors = errorsOf(aanmeldingSchema, {
      ...aanmelding(),
      resident: { ...resident, bsn: '123456789' },
    });
    expect(errors).toContainEqual({ field: 'resident.bsn', message: expect.stringMatching(/elfproef/) });
  });

  test.each(['0123 AB', '1234 SA', '12345', '1234 A'])(
    'postcode %s is rejected at address.postcode',
    (postcode) => {
      const errors = errorsOf(residentSchema, { ...resident, address: { ...resident.address, postcode } });
      expect(errors.map((e) => e.field)).toEqual(['address.postcode']);
      expect(errors[0]!.message).toMatch(/postcode/);
    },
  );

  test('missing fields and wrong types are named, in Dutch', () => {
    const errors = errorsOf(residentSchema, {
      ...resident,
      name: { givenNames: 'A' },
      dateOfBirth: '1985-02-30',
    });
    expect(errors.map((e) => e.field).sort()).toEqual(['dateOfBirth', 'name.surname']);
    expect(errors.find((e) => e.field === 'dateOfBirth')!.message).toMatch(/geboortedatum/);
  });

  test('bad e-mail and phone are rejected', () => {
    const errors = errorsOf(residentSchema, { ...resident, contact: { email: 'geen-mail', phone: '12345' } });
    expect(errors.map((e) => e.field).sort()).toEqual(['contact.email', 'contact.phone']);
  });
});

describe('creditor', () => {
  const creditor = {
    id: 'x',
    name: 'Woonstichting',
    type: 'verhuurder',
    iban: 'NL91 ABNA 0417 1643 00',
    address: { line: 'Postbus 100', postcode: '1000 AA', city: 'Amsterdam' },
  };

  test('a creditor needs a postal address for its letters, with a Dutch postcode', () => {
    const { address: _address, ...withoutAddress } = creditor;
    const missing = parseRecord(creditorSchema, withoutAddress);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.errors.map((e) => e.field)).toContain('address');
    const badPostcode = parseRecord(creditorSchema, {
      ...creditor,
      address: { ...creditor.address, postcode: '100 AA' },
    });
    expect(badPostcode.ok).toBe(false);
    if (!badPostcode.ok) expect(badPostcode.errors[0]!.field).toBe('address.postcode');
  });

  test('IBAN normalized; defaults: convenant 4 months, finale kwijting granted', () => {
    expect(creditorSchema.parse(creditor)).toMatchObject({
      iban: 'NL91ABNA0417164300',
      convenantMonths: 4,
      grantsFinaleKwijting: true,
    });
  });

  test.each(['DE89370400440532013000', 'BE68539007547034', 'GB29NWBK60161331926819'])(
    'SEPA IBAN %s accepted',
    (iban) => {
      expect(creditorSchema.safeParse({ ...creditor, iban }).success).toBe(true);
    },
  );

  test.each([
    ['NL91ABNA0417164301', /controlegetal/], // checksum
    ['NL91ABNA041716430', /lengte/], // too short for NL
    ['BR1800360305000010009795493C1', /SEPA/], // valid Brazilian IBAN, not SEPA
    ['hallo', /vorm/],
  ])('IBAN %s rejected at iban', (iban, message) => {
    const errors = errorsOf(creditorSchema, { ...creditor, iban });
    expect(errors).toEqual([{ field: 'iban', message: expect.stringMatching(message) }]);
  });

  test('CJIB and DUO never grant finale kwijting', () => {
    expect(creditorSchema.parse({ ...creditor, type: 'cjib' }).grantsFinaleKwijting).toBe(false);
    expect(creditorSchema.parse({ ...creditor, type: 'duo' }).grantsFinaleKwijting).toBe(false);
    const errors = errorsOf(creditorSchema, { ...creditor, type: 'duo', grantsFinaleKwijting: true });
    expect(errors.map((e) => e.field)).toEqual(['grantsFinaleKwijting']);
  });

  test('KvK must be 8 digits; convenant 4 or 8', () => {
    expect(creditorSchema.safeParse({ ...creditor, kvk: '12345678' }).success).toBe(true);
    expect(errorsOf(creditorSchema, { ...creditor, kvk: '1234567' }).map((e) => e.field)).toEqual(['kvk']);
    expect(errorsOf(creditorSchema, { ...creditor, convenantMonths: 6 }).map((e) => e.field)).toEqual([
      'convenantMonths',
    ]);
  });
});

describe('claim', () => {
  test('amount must be a positive whole number of cents', () => {
    for (const amount of [0, -5, 12.5, '100']) {
      expect(errorsOf(claimSchema, { creditorId: 'a', amount, reference: 'r' }).map((e) => e.field)).toEqual([
        'amount',
      ]);
    }
    expect(claimSchema.parse({ creditorId: 'a', amount: 1, reference: 'r' }).preferent).toBe(false);
  });
});

describe('aanmelding', () => {
  test('valid; claims take preferent from the creditor type unless set (Belastingdienst preferent)', () => {
    const parsed = aanmeldingSchema.parse(aanmelding());
    expect(parsed.claims.map((c) => c.preferent)).toEqual([true, false, false]);
    expect(parsed.gemeenteCode).toBe('GM0344');
  });

  test('a resident request needs no partner', () => {
    const input = {
      ...aanmelding(),
      source: { kind: 'resident-request' as const },
      crisisSituation: undefined,
    };
    expect(aanmeldingSchema.safeParse(input).success).toBe(true);
  });

  test("a gemeente's own urgent reason is not a statutory crisis situation", () => {
    const errors = errorsOf(aanmeldingSchema, { ...aanmelding(), crisisSituation: 'beslaglegging' });
    expect(errors.map((e) => e.field)).toEqual(['crisisSituation']);
  });

  test('vroegsignalering without a known partner type', () => {
    const errors = errorsOf(aanmeldingSchema, {
      ...aanmelding(),
      source: { kind: 'vroegsignalering', partnerType: 'bank' },
    });
    expect(errors.map((e) => e.field)).toEqual(['source.partnerType']);
  });

  test('claims must reference a known creditor; nested errors carry array indices', () => {
    const input = aanmelding();
    input.claims = [{ creditorId: 'onbekend', amount: 100, reference: 'r' }];
    expect(errorsOf(aanmeldingSchema, input)).toEqual([
      { field: 'claims[0].creditorId', message: expect.stringMatching(/onbekend/) },
    ]);
    input.claims = [{ creditorId: 'bd', amount: -1, reference: 'r' }];
    expect(errorsOf(aanmeldingSchema, input).map((e) => e.field)).toEqual(['claims[0].amount']);
  });

  test('fieldErrors works on a plain ZodError too, with a prefix', () => {
    const result = residentSchema.safeParse({ ...resident, bsn: '1' });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!, 'resident')).toEqual([
      { field: 'resident.bsn', message: expect.stringMatching(/9 cijfers/) },
    ]);
  });

  test('a missing object gets a Dutch message', () => {
    expect(errorsOf(aanmeldingSchema, { ...aanmelding(), resident: undefined })[0]).toMatchObject({
      field: 'resident',
    });
    expect(errorsOf(aanmeldingSchema, { ...aanmelding(), requestDate: undefined })[0]!.message).toMatch(
      /datum/,
    );
  });
});
