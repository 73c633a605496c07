/** Moved to services/borgstellingen.ts (kept for api/ internals). */
export * from '../../services/borgstellingen';
