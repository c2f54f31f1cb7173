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

function checkPattern(p: string): PatternProblem['reason'] | null {
  if (p.length > MAX_PATTERN_LENGTH) return 'too-long';
  if ((p.match(/[{[(]/g) ?? []).length > MAX_GROUPS) return 'too-complex';
  if (/\0/.test(p)) return 'invalid';
  return null;
}

function compile(patterns: string[], problems: PatternProblem[]): Matcher | null {
  const ok: string[] = [];
  for (const p of patterns.slice(0, MAX_PATTERNS)) {
    const reason = checkPattern(p);
    if (reason) {
      problems.push({ pattern: p, reason });
      continue;
    }
    try {
      picomatch.makeRe(p, { dot: true, maxLength: MAX_PATTERN_LENGTH });
      ok.push(p);
    } catch {
      problems.push({ pattern: p, reason: 'invalid' });
    }
  }
  for (const p of patterns.slice(MAX_PATTERNS)) problems.push({ pattern: p, reason: 'too-many' });
  return ok.length ? picomatch(ok, { dot: true, maxLength: MAX_PATTERN_LENGTH }) : null;
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
  const excludeMatcher = compile(exclude, problems) ?? (() => false);
  const byRoot = new Map<string, string[]>();
  for (const wsRoot of workspaceRoots) {
    for (const pattern of include) {
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
    const m = compile([...new Set(globs)], problems);
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
