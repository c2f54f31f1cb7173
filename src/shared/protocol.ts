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

/** Request `faktenlage/overview`: a draft's facts at a glance, each beside what the corpus says. */
export const OverviewRequest = 'faktenlage/overview';
export interface OverviewParams {
  textDocument: { uri: string };
}
/** A passage to open with `faktenlage.openPassage`: a file and UTF-16 offsets in it. */
export interface OverviewPassage {
  uri: string;
  start: number;
  end: number;
}
/** A value of a quantity: its interval as the wording allows it (`high` null for an open end: "mehr als"). */
export interface OverviewValue extends OverviewPassage {
  text: string;
  low: number;
  high: number | null;
  /** Who is cited for it ("laut Austin"), or null. */
  source: string | null;
  date: string | null;
  outlet: string | null;
  title: string | null;
  snippet: string;
  /** Corpus values: true when it contradicts the draft's value within the comparison window. */
  conflict: boolean;
}
export interface OverviewFigure {
  key: string;
  unit: string | null;
  thing: string | null;
  /** The draft's value; `conflict` is true when any corpus value contradicts it. */
  draft: OverviewValue;
  /** Corpus values within the comparison window, conflicts first when capped, sorted by date. */
  corpus: OverviewValue[];
  /** Comparable corpus values left out by the cap. */
  more: number;
}
export interface OverviewDate extends OverviewPassage {
  text: string;
  /** ISO value (`2024-11-20`, `2024-11`, `2024-11-20/2024-11-22`); null when vague. */
  value: string | null;
  /** The first day the value names, for the timeline; null for months, years and vague dates. */
  day: string | null;
  relative: boolean;
  /** Corpus articles mentioning the same value, one passage each. */
  corpus: (OverviewPassage & { date: string | null; outlet: string | null; title: string | null; snippet: string })[];
}
export interface OverviewEntity {
  id: string;
  name: string;
  type: 'PER' | 'LOC' | 'ORG';
  /** Every mention in the draft; the first is where the entity opens. */
  mentions: OverviewPassage[];
  /** Corpus articles naming it (the draft itself left out). */
  corpusArticles: number;
}
export interface OverviewSource {
  /** Who is cited ("Austin"), else the marker's text ("Berichten zufolge"). */
  label: string;
  kind: 'source' | 'vague' | 'hearsay';
  mentions: OverviewPassage[];
}
export interface OverviewClaim extends OverviewPassage {
  /** The claim's sentence, whitespace collapsed and shortened. */
  text: string;
  vague: boolean;
}
export interface OverviewFinding extends OverviewPassage {
  code: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
}
export interface OverviewResult {
  uri: string;
  version: number | null;
  /** False when the draft is not open, or over the size limit (then nothing was analysed). */
  analysed: boolean;
  title: string | null;
  date: string | null;
  /** Whether the corpus index is still being built, so counts may grow. */
  indexing: boolean;
  figures: OverviewFigure[];
  dates: OverviewDate[];
  entities: OverviewEntity[];
  sources: OverviewSource[];
  /** Claims with no source, and those whose only source is vague. */
  claims: OverviewClaim[];
  findings: OverviewFinding[];
}
