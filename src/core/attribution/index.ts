// Finds source markers ("laut", "zufolge", "sagte"), vague sources and hearsay, and builds claims.
export { extractAttributions } from './markers';
export { attachSources, buildClaims, sourceUnits } from './claims';
export { sentenceUnits, type Unit } from './units';
