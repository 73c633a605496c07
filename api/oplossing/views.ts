/** Moved to services/oplossing-views.ts (kept for api/ internals). */
export * from '../../services/oplossing-views';
