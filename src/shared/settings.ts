// The extension's settings, defined once: the manifest test holds package.json against this list.
import { CODES, type Code } from '../core/types';

export type SeveritySetting = 'default' | 'error' | 'warning' | 'information' | 'hint' | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['default', 'error', 'warning', 'information', 'hint', 'off'];

export interface SettingDefinition {
  /** Full key, e.g. `faktenlage.maxFileSizeKb`. */
  key: string;
  type: 'boolean' | 'number' | 'array' | 'string';
  default: unknown;
  enum?: readonly string[];
  /** `%key%` of the description in package.nls*.json. */
  description: string;
  /** Settings that name paths outside the workspace are ignored in untrusted workspaces. */
  restrictedInUntrusted?: boolean;
  minimum?: number;
  maximum?: number;
}

export const DEFAULT_INCLUDE: readonly string[] = ['**/*.md', '**/*.txt'];
export const DEFAULT_EXCLUDE: readonly string[] = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**', '**/build/**'];
export const DEFAULT_MAX_FILE_SIZE_KB = 1024;
export const DEFAULT_DEBOUNCE_MS = 300;

export const severityKey = (code: Code): string => `faktenlage.severity.${code}`;

export const SETTINGS: readonly SettingDefinition[] = [
  {
    key: 'faktenlage.corpus.include',
    type: 'array',
    default: DEFAULT_INCLUDE,
    description: '%setting.corpus.include%',
    restrictedInUntrusted: true,
  },
  {
    key: 'faktenlage.corpus.exclude',
    type: 'array',
    default: DEFAULT_EXCLUDE,
    description: '%setting.corpus.exclude%',
  },
  {
    key: 'faktenlage.maxFileSizeKb',
    type: 'number',
    default: DEFAULT_MAX_FILE_SIZE_KB,
    minimum: 1,
    maximum: 65536,
    description: '%setting.maxFileSizeKb%',
  },
  {
    key: 'faktenlage.windowDays',
    type: 'number',
    default: 30,
    minimum: 0,
    maximum: 3650,
    description: '%setting.windowDays%',
  },
  {
    key: 'faktenlage.highlights.enabled',
    type: 'boolean',
    default: true,
    description: '%setting.highlights.enabled%',
  },
  ...CODES.map(
    (code): SettingDefinition => ({
      key: severityKey(code),
      type: 'string',
      default: 'default',
      enum: SEVERITY_SETTINGS,
      description: `%setting.severity.${code}%`,
    }),
  ),
];

/** The settings as the server receives them (`workspace/configuration` section `faktenlage`). */
export interface FaktenlageSettings {
  corpus?: { include?: string[]; exclude?: string[] };
  maxFileSizeKb?: number;
  windowDays?: number;
  highlights?: { enabled?: boolean };
  severity?: Partial<Record<Code, SeveritySetting>>;
}
