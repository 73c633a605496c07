export * from './aanmelding';
export * from './checks';
export * from './claim';
export * from './creditor';
export * from './errors';
export * from './resident';
export * from './creditor-answers';
export * from './saldo-opgave';
