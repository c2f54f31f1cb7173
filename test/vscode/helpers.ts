// Helpers for the in-host tests: open the test workspace's files and wait for the extension's events with a timeout.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'faktenlage.faktenlage';
export const DRAFT = 'entwuerfe/kursk-entwurf.md';
export const SEOUL = 'korpus/2024-11-19-seoul-geheimdienst.md';

export function fileUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function openDraft(relative = DRAFT): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fileUri(relative));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** The diagnostic's code as a string, whether it came with a documentation link or not. */
export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

export function ofCode(diagnostics: readonly vscode.Diagnostic[], code: string): vscode.Diagnostic[] {
  return diagnostics.filter((d) => codeOf(d) === code);
}

function describe(diagnostics: readonly vscode.Diagnostic[]): string {
  if (!diagnostics.length) return '(none)';
  return diagnostics
    .map((d) => `${codeOf(d)} ${d.range.start.line + 1}:${d.range.start.character + 1} sev=${d.severity} ${d.message}`)
    .join('\n    ');
}

/**
 * Resolves with the file's diagnostics once `accept` holds for them, checking now and on each
 * diagnostics change of that file; rejects after `timeoutMs` with what was last seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const ds = vscode.languages.getDiagnostics(uri);
      if (!accept(ds)) return false;
      done();
      resolve(ds);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; diagnostics:\n    ${describe(vscode.languages.getDiagnostics(uri))}`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      sub.dispose();
    };
    check();
  });
}

/** Resolves once the document's text satisfies `accept`, checking now and on each change of it. */
export function waitForText(doc: vscode.TextDocument, accept: (text: string) => boolean, what: string, timeoutMs = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; text:\n${doc.getText()}`));
    }, timeoutMs);
    const check = () => {
      if (!accept(doc.getText())) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(doc.getText());
    };
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === doc) check();
    });
    check();
  });
}

/** Resolves when `fn` returns a truthy value, re-trying on each of the given events; rejects after the timeout. */
export function waitForEvent<T>(events: vscode.Event<unknown>[], fn: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    let finished = false;
    const subs: vscode.Disposable[] = [];
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const finish = () => {
      finished = true;
      clearTimeout(timer);
      subs.forEach((s) => s.dispose());
    };
    const check = async () => {
      if (finished) return;
      const v = await fn();
      if (v && !finished) {
        finish();
        resolve(v);
      }
    };
    for (const e of events) subs.push(e(() => void check()));
    void check();
  });
}

/** The position just inside the first occurrence of `needle` (plus `offset` characters). */
export function positionOf(doc: vscode.TextDocument, needle: string, offset = 1): vscode.Position {
  const at = doc.getText().indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in ${doc.uri.path}`);
  return doc.positionAt(at + offset);
}

/** All hover contents at a position, as Markdown with its backslash escapes removed so assertions read like the card. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1');
}

/** The text a range covers in a document. */
export function textAt(doc: vscode.TextDocument, range: vscode.Range): string {
  return doc.getText(range);
}

export const ALL_CODES = ['unsourced-figure', 'conflicting-figure', 'vague-source', 'weekday-mismatch'];

/**
 * Opens the draft and waits until the server has indexed the corpus and published every planted
 * finding: the conflicting figure needs the corpus, so its presence means the index is ready.
 */
export async function draftReady(): Promise<{ editor: vscode.TextEditor; diagnostics: vscode.Diagnostic[] }> {
  // When the draft never became ready, every later suite would wait out the same timeout: fail at once instead.
  if (neverReady) throw new Error(`the draft never showed its findings (${neverReady.message.split('\n')[0]})`);
  const editor = await openDraft();
  try {
    const diagnostics = await waitForDiagnostics(
      editor.document.uri,
      (ds) => ALL_CODES.every((c) => ofCode(ds, c).length > 0),
      'all four planted findings in the draft',
      60_000,
    );
    return { editor, diagnostics };
  } catch (err) {
    neverReady = err as Error;
    throw err;
  }
}

let neverReady: Error | undefined;
