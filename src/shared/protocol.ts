// Custom LSP messages between client and server: names and shapes, shared by both sides.
import type { Range } from 'vscode-languageserver-types';
import type { DecorationKind } from './colors';

/** Options the client passes in `initialize`. */
export interface InitializationOptions {
  /** Folder for the cached corpus index (the workspace's storage, else the global storage). */
  storagePath?: string;
  /** Untrusted workspaces ignore corpus paths outside the workspace. */
  trusted?: boolean;
}

/** Request `faktenlage/decorations`: highlight ranges of a document, per kind. */
export const DecorationsRequest = 'faktenlage/decorations';
export interface DecorationsParams {
  textDocument: { uri: string };
}
export interface DecorationsResult {
  /** The document version the ranges belong to; the client drops results for older versions. */
  version: number | null;
  ranges: Partial<Record<DecorationKind, Range[]>>;
}

/** Request `faktenlage/references`: corpus passages for the entity/figure/date under the cursor, or by key. */
export const ReferencesRequest = 'faktenlage/references';
export type ReferencesParams =
  | { textDocument: { uri: string }; position: { line: number; character: number } }
  | { kind: 'entity' | 'figure' | 'date'; key: string; label: string; excludeUri?: string };
export interface ReferenceItem {
  uri: string;
  range: Range;
  /** Offsets of the passage in that file, for `faktenlage.openPassage`. */
  start: number;
  end: number;
  snippet: string;
  date: string | null;
  outlet: string | null;
  title: string | null;
  /** For figures: the value as written and whether it disagrees with the one under the cursor. */
  value?: string;
  disagrees?: boolean;
}
export interface ReferencesResult {
  /** What was looked up ("Kim Jong Un", "12.000 Soldaten"), or null when nothing is under the cursor. */
  label: string | null;
  items: ReferenceItem[];
}

/** Notification `faktenlage/status`: the state of the corpus index, for the status bar. */
export const StatusNotification = 'faktenlage/status';
export interface StatusParams {
  articles: number;
  indexing: boolean;
  skipped: number;
}
