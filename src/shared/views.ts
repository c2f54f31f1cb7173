// View ids contributed in package.json, defined once for the manifest test and the client.

/** The "Corpus references" tree in the Explorer. */
export const REFERENCES_VIEW = 'faktenlage.references';
