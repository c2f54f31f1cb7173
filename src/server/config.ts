// The configuration in effect: VS Code settings over the workspace file over the built-in defaults.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CODES, DEFAULT_WINDOW_DAYS, type Code, type Severity } from '../core';
import {
  DEFAULT_EXCLUDE,
  DEFAULT_INCLUDE,
  DEFAULT_MAX_FILE_SIZE_KB,
  type FaktenlageSettings,
} from '../shared/settings';
import { EMPTY_WORKSPACE_FILE, parseWorkspaceFile, WORKSPACE_FILE, type HouseEntity, type WorkspaceFile } from './workspace-file';

export interface EffectiveConfig {
  workspaceRoots: string[];
  trusted: boolean;
  include: string[];
  exclude: string[];
  maxFileSizeKb: number;
  windowDays: number;
  severities: Partial<Record<Code, Severity | 'off'>>;
  entities: HouseEntity[];
}

const sameList = (a: readonly string[] | undefined, b: readonly string[]): boolean =>
  !a || (a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * Merges the layers. VS Code cannot tell the server whether a value was set by the user or is the
 * default, so a setting left at its default leaves the workspace file in charge; anything else
 * overrides it. Excludes add up, because each layer names folders that are not articles.
 */
export function mergeConfig(
  settings: FaktenlageSettings,
  file: WorkspaceFile,
  workspaceRoots: string[],
  trusted: boolean,
): EffectiveConfig {
  const include =
    !sameList(settings.corpus?.include, DEFAULT_INCLUDE) ? settings.corpus!.include! : file.folders ?? [...DEFAULT_INCLUDE];
  const exclude = [...new Set([...(settings.corpus?.exclude ?? DEFAULT_EXCLUDE), ...(file.exclude ?? [])])];
  const windowDays =
    settings.windowDays !== undefined && settings.windowDays !== DEFAULT_WINDOW_DAYS
      ? settings.windowDays
      : file.windowDays ?? DEFAULT_WINDOW_DAYS;
  const severities: EffectiveConfig['severities'] = {};
  for (const code of CODES) {
    const s = settings.severity?.[code];
    const v = s && s !== 'default' ? s : file.severity[code];
    if (v) severities[code] = v;
  }
  const kb = settings.maxFileSizeKb;
  return {
    workspaceRoots,
    trusted,
    include,
    exclude,
    maxFileSizeKb: typeof kb === 'number' && kb > 0 ? kb : DEFAULT_MAX_FILE_SIZE_KB,
    windowDays,
    severities,
    entities: file.entities,
  };
}

/** A key of everything that decides which files are indexed and how, for cache invalidation. */
export function indexKey(c: EffectiveConfig): string {
  return JSON.stringify([c.workspaceRoots, c.trusted, c.include, c.exclude, c.maxFileSizeKb]);
}

/** Reads `.faktenlage.yaml` from the first workspace folder that has one. */
export async function readWorkspaceFile(
  workspaceRoots: string[],
): Promise<{ file: WorkspaceFile; path?: string; error?: string }> {
  for (const root of workspaceRoots) {
    const p = path.join(root, WORKSPACE_FILE);
    let text: string;
    try {
      const stat = await fs.stat(p);
      if (stat.size > 1024 * 1024) return { file: EMPTY_WORKSPACE_FILE, path: p, error: '> 1 MB' };
      text = await fs.readFile(p, 'utf8');
    } catch {
      continue;
    }
    try {
      return { file: parseWorkspaceFile(text), path: p };
    } catch (e) {
      return { file: EMPTY_WORKSPACE_FILE, path: p, error: (e as Error).message.split('\n')[0] };
    }
  }
  return { file: EMPTY_WORKSPACE_FILE };
}
