// Where the documentation lives: diagnostic codes link to their README section.
import type { Code } from '../core/types';

/** Must equal package.json `repository.url` without `.git` (the manifest test holds them together). */
export const REPOSITORY_URL = 'https://github.com/faktenlage/faktenlage';

/** The README section of a diagnostic code (`### unsourced-figure` gives the anchor `#unsourced-figure`). */
export const codeHref = (code: Code): string => `${REPOSITORY_URL}#${code}`;
