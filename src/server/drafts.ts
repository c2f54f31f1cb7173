// The open drafts: each one's analysis and findings for its current version, re-checked debounced while typing.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, check, formatOf, type Analysis, type Corpus, type Finding, type Locale } from '../core';
import type { NameRegistry } from '../core/entities';
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
  findings: Finding[];
}

/**
 * Analyses a text as a draft; the check against the corpus (the costly part with a large corpus)
 * runs when `findings` is first read, so hovers and highlights during typing do not wait for it.
 */
export function checkText(uri: string, text: string, version: number, env: CheckEnvironment): DraftState {
  const lines = new LineIndex(text);
  if (text.length > env.config.maxFileSizeKb * 1024) return { uri, version, lines, analysis: null, findings: [] };
  const analysis = analyze(text, { uri, format: formatOf(uri), names: env.names });
  let findings: Finding[] | undefined;
  return {
    uri,
    version,
    lines,
    analysis,
    get findings(): Finding[] {
      // The draft's own corpus entry (its saved version) is left out by `uri`.
      findings ??= check(analysis, {
        uri,
        locale: env.locale,
        corpus: env.corpus,
        windowDays: env.config.windowDays,
        severities: env.config.severities,
      });
      return findings;
    },
  };
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
    const state = checkText(uri, doc.getText(), doc.version, this.environment());
    this.states.set(uri, { state, epoch: this.epoch });
    return state;
  }

  /** Re-checks after a pause in typing; a newer edit replaces the pending run instead of queueing another. */
  schedule(uri: string): void {
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
    this.states.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
