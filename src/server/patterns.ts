// Turns include/exclude globs into scan roots and matchers, refusing patterns that are too long, too complex or outside an untrusted workspace.
import * as path from 'node:path';
import picomatch from 'picomatch';

export const MAX_PATTERN_LENGTH = 256;
export const MAX_PATTERNS = 64;
/** Braces, brackets and extglob groups expand combinatorially; a handful is plenty for real corpora. */
const MAX_GROUPS = 12;

export type Matcher = (relativePath: string) => boolean;

/** A folder to walk and the test each file below it must pass (paths relative to that folder, `/`-separated). */
export interface ScanRoot {
  root: string;
  include: Matcher;
}

export interface PatternProblem {
  pattern: string;
  reason: 'invalid' | 'too-long' | 'too-complex' | 'outside-workspace' | 'too-many';
}

export interface CompiledPatterns {
  roots: ScanRoot[];
  exclude: Matcher;
  problems: PatternProblem[];
}

/** Wildcards per path segment: picomatch turns `?*?*?*…` into a regex that backtracks for minutes. */
const MAX_WILDCARDS_PER_SEGMENT = 4;

/** Why a raw pattern is refused, or null; checked on the whole pattern before it is split or compiled. */
function checkPattern(p: string): PatternProblem['reason'] | null {
  if (p.length > MAX_PATTERN_LENGTH) return 'too-long';
  if (/\0/.test(p)) return 'invalid';
  if ((p.match(/[{[(]/g) ?? []).length > MAX_GROUPS) return 'too-complex';
  for (const segment of p.split('/')) {
    if (segment === '**') continue;
    if ((segment.match(/[*?]/g) ?? []).length > MAX_WILDCARDS_PER_SEGMENT) return 'too-complex';
  }
  try {
    picomatch.makeRe(p, { dot: true, maxLength: MAX_PATTERN_LENGTH });
  } catch {
    return 'invalid';
  }
  return null;
}

/** The patterns that pass `checkPattern`, at most MAX_PATTERNS of them; the rest become problems. */
function validPatterns(patterns: string[], problems: PatternProblem[]): string[] {
  const ok: string[] = [];
  patterns.forEach((p, i) => {
    const reason = i >= MAX_PATTERNS ? 'too-many' : checkPattern(p);
    if (reason) problems.push({ pattern: p.length > 80 ? p.slice(0, 80) + '…' : p, reason });
    else ok.push(p);
  });
  return ok;
}

function compile(patterns: string[]): Matcher | null {
  return patterns.length ? picomatch(patterns, { dot: true, maxLength: MAX_PATTERN_LENGTH }) : null;
}

const isInside = (dir: string, candidate: string): boolean => {
  const rel = path.relative(dir, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/**
 * Splits a pattern into the folder it starts in and the glob below it. A pattern without glob
 * characters names a single file (it has an extension) or a folder (every article below it).
 */
function splitPattern(wsRoot: string, pattern: string): { root: string; glob: string } {
  const { base, glob } = picomatch.scan(pattern.replace(/\\/g, '/'));
  const resolved = path.resolve(wsRoot, base || '.');
  if (glob) return { root: resolved, glob };
  if (/\.[a-z0-9]+$/i.test(base)) return { root: path.dirname(resolved), glob: path.basename(resolved) };
  return { root: resolved, glob: '**/*.{md,txt}' };
}

/**
 * Groups include patterns by the folder they start in (`archiv/**\/*.md` walks `archiv`), so a
 * pattern naming a folder outside the workspace gets its own root — and is refused when the
 * workspace is untrusted.
 */
export function compilePatterns(
  workspaceRoots: string[],
  include: string[],
  exclude: string[],
  trusted: boolean,
): CompiledPatterns {
  const problems: PatternProblem[] = [];
  const excludeMatcher = compile(validPatterns(exclude, problems)) ?? (() => false);
  const byRoot = new Map<string, string[]>();
  for (const pattern of validPatterns(include, problems)) {
    for (const wsRoot of workspaceRoots) {
      const { root, glob } = splitPattern(wsRoot, pattern);
      if (!trusted && !workspaceRoots.some((w) => isInside(w, root))) {
        problems.push({ pattern, reason: 'outside-workspace' });
        continue;
      }
      const list = byRoot.get(root) ?? [];
      list.push(glob);
      byRoot.set(root, list);
    }
  }
  const roots: ScanRoot[] = [];
  for (const [root, globs] of byRoot) {
    const m = compile([...new Set(globs)]);
    if (m) roots.push({ root, include: m });
  }
  // Nested roots would index the same files twice; the walker also de-duplicates by real path.
  return { roots, exclude: excludeMatcher, problems: dedupe(problems) };
}

function dedupe(problems: PatternProblem[]): PatternProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => (seen.has(p.pattern) ? false : (seen.add(p.pattern), true)));
}

/** Whether a file belongs to the corpus (used for watched-file events, which arrive one path at a time). */
export function isCorpusFile(compiled: CompiledPatterns, file: string): boolean {
  return compiled.roots.some((r) => {
    if (!isInside(r.root, file)) return false;
    const rel = path.relative(r.root, file).split(path.sep).join('/');
    return r.include(rel) && !compiled.exclude(rel);
  });
}
