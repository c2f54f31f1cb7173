// Reads `.faktenlage.yaml`, the newsroom's shared project file: corpus folders, excludes, house entities, severities, window.
import { parse } from 'yaml';
import { CODES, type Code, type EntityType, type Severity } from '../core/types';

export const WORKSPACE_FILE = '.faktenlage.yaml';

export interface HouseEntity {
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface WorkspaceFile {
  /** Folders (relative to the workspace folder, or absolute) whose articles form the corpus. */
  folders?: string[];
  exclude?: string[];
  entities: HouseEntity[];
  severity: Partial<Record<Code, Severity | 'off'>>;
  windowDays?: number;
}

export const EMPTY_WORKSPACE_FILE: WorkspaceFile = { entities: [], severity: {} };

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];
const TYPES: Record<string, EntityType> = {
  per: 'PER', person: 'PER', loc: 'LOC', ort: 'LOC', place: 'LOC', org: 'ORG', organisation: 'ORG', organization: 'ORG',
};

const strings = (x: unknown): string[] | undefined =>
  Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string' && s.length > 0) : typeof x === 'string' ? [x] : undefined;

/**
 * Parses the workspace file leniently: unknown keys and malformed entries are dropped rather than
 * failing the whole file, because one typo must not switch off a newsroom's settings. Throws only
 * on YAML syntax errors, which the caller reports.
 */
export function parseWorkspaceFile(text: string): WorkspaceFile {
  const data = parse(text, { maxAliasCount: 50, logLevel: 'error' }) as unknown;
  if (!data || typeof data !== 'object') return { ...EMPTY_WORKSPACE_FILE };
  const d = data as Record<string, unknown>;
  const corpus = (d.corpus && typeof d.corpus === 'object' ? d.corpus : {}) as Record<string, unknown>;
  const out: WorkspaceFile = { entities: [], severity: {} };
  const folders = strings(corpus.folders ?? corpus.ordner);
  if (folders) out.folders = folders;
  const exclude = strings(corpus.exclude);
  if (exclude) out.exclude = exclude;
  const window = d.windowDays ?? d.zeitfenster;
  if (typeof window === 'number' && window >= 0) out.windowDays = window;
  const severity = (d.severity ?? d.schweregrad) as Record<string, unknown> | undefined;
  if (severity && typeof severity === 'object') {
    for (const code of CODES) {
      const v = severity[code];
      // YAML reads a bare `off` as the string "off" but `no`/`false` as false; both mean off.
      if (v === false) out.severity[code] = 'off';
      else if (typeof v === 'string' && SEVERITIES.includes(v)) out.severity[code] = v as Severity | 'off';
    }
  }
  const entities = d.entities ?? d.entitaeten;
  if (Array.isArray(entities)) {
    for (const e of entities) {
      if (!e || typeof e !== 'object') continue;
      const r = e as Record<string, unknown>;
      if (typeof r.name !== 'string' || !r.name.trim()) continue;
      const type = TYPES[String(r.type ?? 'per').toLowerCase()];
      if (!type) continue;
      out.entities.push({ name: r.name.trim(), type, aliases: strings(r.aliases) ?? [] });
    }
  }
  return out;
}

/** The canonical id the core uses for a name: `per:kim-jong-un`. */
export function entityId(type: EntityType, name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${type.toLowerCase()}:${slug}`;
}
