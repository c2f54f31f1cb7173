// View ids contributed in package.json, defined once for the manifest test and the client.

/** The "Corpus references" tree in the Explorer. */
export const REFERENCES_VIEW = 'faktenlage.references';

/** The "Faktenlage" tree in the Explorer: the active draft's entities, figures, dates and claims. */
export const OVERVIEW_VIEW = 'faktenlage.overview';

/** The overview webview panel's view type. */
export const OVERVIEW_PANEL = 'faktenlage.overviewPanel';
