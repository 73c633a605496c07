// The search attributes are shared by the case and its oplossing: declared once in workflows/shared.
export * from '../shared/search-attributes';
