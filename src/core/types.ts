// The plain data the engine produces: every position is a UTF-16 offset into the original file text.

/** A half-open range [start, end) in UTF-16 code units of the original text. */
export interface Span {
  start: number;
  end: number;
}

/** Metadata of an article, from YAML front matter (or a date line at the top of a plain text). */
export interface ArticleMeta {
  /** ISO date (`2024-11-23`) or null when unknown. */
  date: string | null;
  title?: string;
  source?: string;
  author?: string;
  /** Diagnostic codes the author asked to ignore for the whole file (front matter `faktenlage-ignore`). */
  ignore?: string[];
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'ws';

export interface Token extends Span {
  text: string;
  kind: TokenKind;
}

/** A sentence of prose; tokens exclude nothing inside the sentence (whitespace tokens included). */
export interface Sentence extends Span {
  tokens: Token[];
  /** Index of the paragraph (prose block) the sentence belongs to. */
  paragraph: number;
}

/** The text prepared for analysis: front matter read, prose located, sentences split. */
export interface Doc {
  text: string;
  meta: ArticleMeta;
  /** Ranges of the text that are prose (Markdown: paragraphs, headings, list items; not code, HTML, URLs). */
  prose: Span[];
  sentences: Sentence[];
}

export type EntityType = 'PER' | 'LOC' | 'ORG';

export interface Entity extends Span {
  text: string;
  type: EntityType;
  /** Canonical id, stable across articles: `per:wladimir-putin`, `org:deutsche-bahn`, `loc:russland`. */
  id: string;
  /** Canonical display name ("Wladimir Putin", "Deutsche Bahn"). */
  name: string;
}

export interface DateMention extends Span {
  text: string;
  /**
   * ISO value at its granularity: `2024`, `2024-06`, `2024-06-03`, `2024-06-03T14:30`;
   * for intervals `2024-06-21/2024-06-23`; null when vague ("in den letzten Stunden").
   */
  value: string | null;
  /** True when the value was resolved against the article date. */
  relative: boolean;
  vague: boolean;
  /** A weekday named next to the date (1 = Monday … 7 = Sunday), for the weekday-mismatch check. */
  weekday?: number;
  /** Span of that weekday word, when present. */
  weekdaySpan?: Span;
}

export interface Attribution extends Span {
  text: string;
  /** `source`: a named source; `vague`: "Berichten zufolge"; `hearsay`: "sollen", "offenbar" (not a source). */
  kind: 'source' | 'vague' | 'hearsay';
  /** Who is cited, when the marker names someone ("die Polizei", "Selenskyj"). */
  who?: string;
}

export interface Figure extends Span {
  text: string;
  /** The number as written (1.5e6 for "1,5 Millionen"); for ranges the midpoint is not used: see low/high. */
  value: number;
  /**
   * Interval the wording allows, closed at both ends: exact "12.000" → [12000, 12000];
   * "bis zu 12.000" → [0, 12000]; "mehr als 10.000" → [10000, Infinity]; "rund 10.000" → [9000, 11000].
   * Infinity is written as null in JSON.
   */
  low: number;
  high: number;
  /** Unit or counted thing's unit: "Prozent", "Euro", "Meter", or null for a bare count. */
  unit: string | null;
  /** Lemma of the counted thing ("Soldat"), or null. */
  thing: string | null;
  /** Quantity key that lets the same quantity be recognised across articles ("soldat", "euro:schaden"). */
  key: string;
  /** "Tausende", "Dutzende": an amount with no checkable value. */
  vague: boolean;
  /** The attribution covering this figure's sentence (hearsay never counts), or null. */
  source: Attribution | null;
}

export interface Claim extends Span {
  source: Attribution | null;
  /** True when the only attribution is vague or hearsay. */
  vague: boolean;
}

export interface Analysis {
  /** The document as prepared (text, meta, prose, sentences). */
  doc: Doc;
  entities: Entity[];
  dates: DateMention[];
  figures: Figure[];
  attributions: Attribution[];
  claims: Claim[];
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const CODES = ['unsourced-figure', 'conflicting-figure', 'vague-source', 'weekday-mismatch'] as const;
export type Code = (typeof CODES)[number];

export interface RelatedInformation extends Span {
  uri: string;
  message: string;
}

export interface Finding extends Span {
  code: Code;
  severity: Severity;
  message: string;
  related: RelatedInformation[];
}

export type Locale = 'de' | 'en';

/** An article of the corpus as the core receives it: never a path to read. */
export interface ArticleRecord {
  uri: string;
  text: string;
  /** Hint for the parser: Markdown or plain text. Derived from the uri's extension when absent. */
  format?: 'markdown' | 'text';
}
