// The open drafts: each one's analysis and findings for its current version, re-checked debounced while typing.
import type { CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, check, formatOf, type Analysis, type Corpus, type Finding, type Locale } from '../core';
import type { NameRegistry } from '../core/entities';
import { checkRun } from '../core/checks/run';
import { DEFAULT_DEBOUNCE_MS } from '../shared/settings';
import type { EffectiveConfig } from './config';
import { LineIndex } from './conversions';

export interface CheckEnvironment {
  corpus: Corpus;
  config: EffectiveConfig;
  locale: Locale;
  names: NameRegistry;
}

export interface DraftState {
  uri: string;
  version: number;
  lines: LineIndex;
  /** Null when the draft is over the size limit: such files are not analysed at all. */
  analysis: Analysis | null;
  /** Every finding, computed at once on first read (or taken from a finished `checked()`). */
  findings: Finding[];
  /**
   * Every finding, computed in slices that yield to the event loop, so hovers and cancellations get
   * through while a huge draft is checked. Null when the state was superseded (a newer version, a
   * changed corpus, the draft closed) or the caller's `token` was cancelled before the check finished.
   */
  checked(token?: CancellationToken): Promise<Finding[] | null>;
  /** Set when a newer state replaces this one: its unfinished check stops at the next slice. */
  superseded: boolean;
}

/** Wall time one slice of a check may take before the server looks at its message queue again. */
export const SLICE_MS = 8;

export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Analyses a text as a draft; the check against the corpus (the costly part with a large corpus)
 * runs when findings are first asked for, so hovers and highlights during typing do not wait for it.
 */
export function checkText(uri: string, text: string, version: number, env: CheckEnvironment): DraftState {
  const lines = new LineIndex(text);
  if (text.length > env.config.maxFileSizeKb * 1024) {
    return { uri, version, lines, analysis: null, findings: [], checked: async () => [], superseded: false };
  }
  const analysis = analyze(text, { uri, format: formatOf(uri), names: env.names });
  // The draft's own corpus entry (its saved version) is left out by `uri`.
  const options = { uri, locale: env.locale, corpus: env.corpus, windowDays: env.config.windowDays, severities: env.config.severities };
  let findings: Finding[] | undefined;
  /** The one sliced run of this state, shared by every caller (publishing, the overview, code actions). */
  let running: Promise<Finding[] | null> | undefined;
  const state: DraftState = {
    uri,
    version,
    lines,
    analysis,
    superseded: false,
    get findings(): Finding[] {
      findings ??= check(analysis, options);
      return findings;
    },
    async checked(token?: CancellationToken) {
      if (findings) return findings;
      running ??= (async () => {
        const run = checkRun(analysis, options);
        let sliceStart = performance.now();
        for (const _ of run.steps) {
          if (performance.now() - sliceStart < SLICE_MS) continue;
          await nextTurn();
          if (state.superseded) return null;
          sliceStart = performance.now();
        }
        findings ??= run.findings();
        return findings;
      })();
      if (!token) return running;
      if (token.isCancellationRequested) return null;
      // A caller that gives up (a cancelled request) stops waiting at once; the run goes on for the others.
      let listener: { dispose(): void } | undefined;
      const gaveUp = new Promise<null>((resolve) => (listener = token.onCancellationRequested(() => resolve(null))));
      try {
        return await Promise.race([running, gaveUp]);
      } finally {
        listener?.dispose();
      }
    },
  };
  return state;
}

export class Drafts {
  private readonly states = new Map<string, { state: DraftState; epoch: number }>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Incremented when the corpus or the configuration changes: every cached state is then stale. */
  private epoch = 0;

  constructor(
    private readonly document: (uri: string) => TextDocument | undefined,
    private readonly environment: () => CheckEnvironment,
    private readonly publish: (state: DraftState) => Promise<void>,
    private readonly debounceMs = DEFAULT_DEBOUNCE_MS,
  ) {}

  /** The state of an open draft at its current version, computed on demand and cached. */
  state(uri: string): DraftState | undefined {
    const doc = this.document(uri);
    if (!doc) return undefined;
    const cached = this.states.get(uri);
    if (cached && cached.state.version === doc.version && cached.epoch === this.epoch) return cached.state;
    if (cached) cached.state.superseded = true;
    const state = checkText(uri, doc.getText(), doc.version, this.environment());
    this.states.set(uri, { state, epoch: this.epoch });
    return state;
  }

  /** Stops the unfinished check of a draft's cached state when it no longer matches the document. */
  private supersede(uri: string): void {
    const cached = this.states.get(uri);
    if (cached && (cached.epoch !== this.epoch || cached.state.version !== this.document(uri)?.version)) cached.state.superseded = true;
  }

  /** Re-checks after a pause in typing; a newer edit replaces the pending run instead of queueing another. */
  schedule(uri: string): void {
    this.supersede(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.checkNow(uri);
      }, this.debounceMs),
    );
  }

  async checkNow(uri: string): Promise<void> {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    // Requests already queued (a hover, a cancellation) are answered before a long analysis starts.
    await nextTurn();
    const state = this.state(uri);
    if (!state) return;
    await this.publish(state);
  }

  /** The corpus or the settings changed: every open draft is checked again. */
  invalidateAll(openUris: string[]): void {
    this.epoch++;
    for (const uri of openUris) this.schedule(uri);
  }

  close(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    const cached = this.states.get(uri);
    if (cached) cached.state.superseded = true;
    this.states.delete(uri);
  }

  dispose(): void {
    for (const { state } of this.states.values()) state.superseded = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
