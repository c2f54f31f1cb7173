// Quick fixes for findings (insert a source, ignore here or in the file, open the disagreeing passages) and "add to house list".
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { formatOf, type Code, type Finding, type Locale } from '../core';
import { Command, type InsertSnippetArgs, type OpenPassageArgs } from '../shared/commands';
import { SOURCE } from './diagnostics';
import type { DraftState } from './drafts';
import { messages, type Messages } from './messages';
import { entityId, type HouseEntity } from './workspace-file';
import { addEntity, addToList, type TextEdit } from './yaml-edits';
import { LineIndex } from './conversions';
import { displayPath } from './report';

export interface CodeActionContext {
  state: DraftState;
  text: string;
  range: Range;
  diagnostics: Diagnostic[];
  locale: Locale;
  /** The workspace file to add entities to: its uri and current text (null when it does not exist yet). */
  workspaceFile: { uri: string; text: string | null } | null;
  houseEntities: HouseEntity[];
  workspaceRoots: string[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function codeActions(ctx: CodeActionContext): CodeAction[] {
  const m = messages(ctx.locale);
  const out: CodeAction[] = [];
  for (const d of ctx.diagnostics) {
    if (d.source !== SOURCE || typeof d.code !== 'string') continue;
    const finding = findingFor(ctx.state, d);
    if (!finding) continue;
    if (finding.code === 'unsourced-figure') out.push(...sourceSnippets(ctx, m, finding, d));
    if (finding.code === 'conflicting-figure') out.push(...openConflicts(ctx, m, finding, d));
    const here = ignoreHere(ctx, m, finding, d);
    if (here) out.push(here);
    const file = ignoreInFile(ctx, m, finding.code, d);
    if (file) out.push(file);
  }
  const house = addToHouseList(ctx, m);
  if (house) out.push(house);
  return out;
}

/** The finding behind a diagnostic the client sends back: same code, same range. */
function findingFor(state: DraftState, d: Diagnostic): Finding | undefined {
  const start = state.lines.offset(d.range.start);
  const end = state.lines.offset(d.range.end);
  return state.findings.find((f) => f.code === d.code && f.start === start && f.end === end);
}

const edit = (uri: string, e: TextEdit, lines: LineIndex): WorkspaceEdit => ({
  changes: { [uri]: [{ range: lines.range(e), newText: e.newText }] },
});

/** Two placements of an attribution placeholder: before the figure, or at the end of its sentence. */
function sourceSnippets(ctx: CodeActionContext, m: Messages, f: Finding, d: Diagnostic): CodeAction[] {
  const { state, text } = ctx;
  const insert = (title: string, offset: number, snippet: string, preferred: boolean): CodeAction => {
    const p = state.lines.position(offset);
    const args: InsertSnippetArgs = { uri: state.uri, line: p.line, character: p.character, snippet };
    return {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: preferred,
      command: { title, command: Command.InsertSnippet, arguments: [args] },
    };
  };
  const out = [insert(m.actions.sourceBefore, f.start, m.snippetBefore, true)];
  // The last sentence the figure overlaps: a segmenter that splits inside "15.000" must not hide the fix.
  const sentence = state.analysis?.doc.sentences.filter((s) => s.start < f.end && f.start < s.end).pop();
  if (sentence) {
    // Before the closing punctuation (and a closing quote after it), so the sentence still ends with its full stop.
    let end = sentence.end;
    while (end > f.end && /[.!?…“”"'»«)]/.test(text[end - 1])) end--;
    if (end > f.end) out.push(insert(m.actions.sourceAfter, end, m.snippetAfter, false));
  }
  return out;
}

function openConflicts(ctx: CodeActionContext, m: Messages, f: Finding, d: Diagnostic): CodeAction[] {
  return f.related.map((r) => {
    const args: OpenPassageArgs = { uri: r.uri, start: r.start, end: r.end };
    const title = m.actions.openConflict(displayPath(r.uri, ctx.workspaceRoots));
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title, command: Command.OpenPassage, arguments: [args] } };
  });
}

/** Start of the paragraph holding `offset`: after the last blank line (or front matter) before it. */
export function paragraphStart(text: string, offset: number): number {
  const fm = FRONT_MATTER.exec(text);
  const floor = fm ? fm[0].length : 0;
  const before = text.slice(floor, offset);
  const blank = /\n[ \t]*\r?\n/g;
  let start = 0;
  let b: RegExpExecArray | null;
  while ((b = blank.exec(before))) start = b.index + b[0].length;
  if (start === 0) {
    // No blank line: the paragraph starts at the first non-empty line of the body.
    const lead = /^(?:[ \t]*\r?\n)*/.exec(before)![0].length;
    return floor + lead;
  }
  return floor + start;
}

function ignoreHere(ctx: CodeActionContext, m: Messages, f: Finding, d: Diagnostic): CodeAction | null {
  const at = paragraphStart(ctx.text, f.start);
  const eol = ctx.text.includes('\r\n') ? '\r\n' : '\n';
  const title = m.actions.ignoreHere(f.code);
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: edit(ctx.state.uri, { start: at, end: at, newText: `<!-- faktenlage-ignore ${f.code} -->${eol}` }, ctx.state.lines),
  };
}

/** Front matter is Markdown's: plain-text drafts get only the paragraph marker. */
function ignoreInFile(ctx: CodeActionContext, m: Messages, code: Code, d: Diagnostic): CodeAction | null {
  if (formatOf(ctx.state.uri) !== 'markdown') return null;
  const title = m.actions.ignoreFile(code);
  const fm = FRONT_MATTER.exec(ctx.text);
  let e: TextEdit | null;
  if (!fm) {
    e = { start: 0, end: 0, newText: `---\nfaktenlage-ignore: [${code}]\n---\n` };
  } else {
    const bodyStart = ctx.text.indexOf('\n') + 1;
    try {
      const inner = addToList(fm[1], 'faktenlage-ignore', code);
      if (!inner) return null;
      e = { start: bodyStart + inner.start, end: bodyStart + inner.end, newText: inner.newText };
      // Appending to the front matter's last line needs its own line break before the closing `---`.
      if (inner.start === fm[1].length) e.newText = (e.newText.startsWith('\n') ? '' : '\n') + e.newText.replace(/\n$/, '');
    } catch {
      return null;
    }
  }
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: edit(ctx.state.uri, e, ctx.state.lines) };
}

/** Offered on an entity that is not yet in the house list; the user applies the edit, nothing is written behind their back. */
function addToHouseList(ctx: CodeActionContext, m: Messages): CodeAction | null {
  if (!ctx.workspaceFile || !ctx.state.analysis) return null;
  const start = ctx.state.lines.offset(ctx.range.start);
  const end = ctx.state.lines.offset(ctx.range.end);
  const entity = ctx.state.analysis.entities.find((e) => e.start <= start && end <= e.end);
  if (!entity) return null;
  if (ctx.houseEntities.some((h) => entityId(h.type, h.name) === entity.id || h.name === entity.name)) return null;
  const title = m.actions.addToHouseList(entity.name);
  const { uri, text } = ctx.workspaceFile;
  let e: TextEdit | null;
  try {
    e = addEntity(text ?? '', { name: entity.name, type: entity.type });
  } catch {
    return null;
  }
  if (!e) return null;
  const lines = new LineIndex(text ?? '');
  const change = { range: lines.range(e), newText: e.newText };
  const docEdit: TextDocumentEdit = { textDocument: { uri, version: null }, edits: [change] };
  const workspaceEdit: WorkspaceEdit = {
    documentChanges: text === null ? [{ kind: 'create', uri, options: { ignoreIfExists: true } }, docEdit] : [docEdit],
  };
  return { title, kind: CodeActionKind.RefactorRewrite, edit: workspaceEdit };
}

export const workspaceFileUri = (root: string, name: string): string => URI.file(`${root}/${name}`).toString();
