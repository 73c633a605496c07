import { addressName, initials, salutationFor } from '../../../domain/salutation';

describe('how letters address a resident', () => {
  const berg = { givenNames: 'Jan Pieter', prefix: 'van der', surname: 'Berg' };

  it('initials: one letter and a full stop per given name, IJ as one letter', () => {
    expect(initials('Jan Pieter')).toBe('J.P.');
    expect(initials('IJsbrand')).toBe('IJ.');
    expect(initials('Anne-Marie')).toBe('A.M.');
  });

  it('aanhef known: "Geachte heer Van der Berg," (tussenvoegsel capitalised at the start)', () => {
    expect(salutationFor(berg, 'heer')).toBe('Geachte heer Van der Berg,');
    expect(salutationFor({ givenNames: 'Fatima', surname: 'Jansen' }, 'mevrouw')).toBe(
      'Geachte mevrouw Jansen,',
    );
    expect(addressName(berg, 'heer')).toBe('De heer J.P. van der Berg');
    expect(addressName({ givenNames: 'Fatima', surname: 'Jansen' }, 'mevrouw')).toBe('Mevrouw F. Jansen');
  });

  it('aanhef unknown: neutral, with initials and the tussenvoegsel in lower case', () => {
    expect(salutationFor(berg)).toBe('Geachte J.P. van der Berg,');
    expect(addressName(berg)).toBe('J.P. van der Berg');
  });
});
