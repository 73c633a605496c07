import { DATE, TEXT, type FieldWords } from './words';

/**
 * The words of the schuldregeling's forms (the oplossing workflow's officer actions and the creditors' answers
 * typed in from paper), keyed `<action>:<path>` where the plain word of labels.ts does not fit.
 */
export const OPLOSSING_FIELD_WORDS: Record<string, FieldWords> = {
  'oplossing-start:afloscapaciteitPerMonth': {
    label: 'Afloscapaciteit per maand',
    kind: 'euro',
    fix: 'Vul een bedrag in euro’s in, bijvoorbeeld 125,00. Nul mag ook.',
  },
  'oplossing-start:vtlbBasis': TEXT('Berekening VTLB', {
    hint: 'Waar de afloscapaciteit op rust',
    kind: 'textarea',
  }),
  'oplossing-start:form': {
    label: 'Vorm',
    kind: 'radio',
    options: [
      ['saneringskrediet', 'Saneringskrediet (kredietbank betaalt in één keer)'],
      ['betalingsregeling', 'Betalingsregeling (maandelijks, 18 maanden)'],
    ],
  },
  'oplossing-start:kredietbank': TEXT('Kredietbank', {
    hint: 'Verplicht bij een saneringskrediet',
    width: 'm',
  }),
  'oplossing-start:waarborgfonds': {
    label: 'Borgstelling bij het Waarborgfonds Saneringskredieten?',
    hint: 'Alleen bij een saneringskrediet; tot € 5.000 automatisch',
    kind: 'radio',
    options: [
      ['true', 'Ja, borgstelling aanvragen'],
      ['false', 'Nee'],
    ],
    initial: 'true',
  },
  'dwangakkoord-verzoek:date': DATE('Datum verzoek'),
  'dwangakkoord-zitting:date': DATE('Datum zitting'),
  'dwangakkoord-uitspraak:date': DATE('Datum uitspraak'),
  'dwangakkoord-uitspraak:granted': {
    label: 'Toegewezen?',
    kind: 'radio',
    options: [
      ['true', 'Ja, de schuldeiser is gebonden'],
      ['false', 'Nee, afgewezen'],
    ],
  },
  'dwangakkoord-uitspraak:wsnpToegelaten': {
    label: 'Besliste de rechtbank ook over de Wsnp?',
    hint: 'Alleen bij een afgewezen dwangakkoord: de rechtbank beslist dan in dezelfde uitspraak over het Wsnp-verzoek (Fw art. 287a).',
    kind: 'radio',
    options: [
      ['', 'Niet van toepassing, of toegelaten zonder aparte beslissing'],
      ['true', 'Ja, toegelaten tot de Wsnp'],
      ['false', 'Nee, niet toegelaten tot de Wsnp'],
    ],
    initial: '',
  },
  'wsnp-verklaring:reason': TEXT('Toelichting', { kind: 'textarea' }),
  'wsnp-verklaring:firstAflossingOn': DATE('Datum eerste aflossing', {
    hint: 'Als de inwoner al aflost vóór de looptijd van de Wsnp (Fw art. 349a).',
    initial: undefined,
  }),
  'borgstelling-vervolg:route': {
    label: 'Hoe verder',
    kind: 'select',
    width: 'm',
    options: [
      ['betalingsregeling', 'Betalingsregeling in plaats van het krediet'],
      ['zonder-borgstelling', 'Saneringskrediet zonder borgstelling'],
    ],
  },
  'betaling:date': DATE('Datum ontvangst'),
  'betaling:amount': { label: 'Bedrag', kind: 'euro' },
  'regeling-beeindigen:date': DATE('Einddatum'),
  'regeling-beeindigen:reason': {
    label: 'Reden',
    kind: 'select',
    width: 'm',
    options: [
      ['niet-nagekomen', 'Afspraken niet nagekomen'],
      ['op-verzoek', 'Op verzoek van de inwoner'],
      ['overlijden', 'Overlijden'],
      ['overig', 'Overig'],
    ],
  },
  'regeling-beeindigen:grounds': TEXT('Gronden', { hint: 'Eén grond per regel' }),
  'regeling-beeindigen:admissionDate': DATE('Datum beschikking toelating', { initial: undefined }),
  'finale-kwijting:date': DATE('Datum kwijting'),
};
