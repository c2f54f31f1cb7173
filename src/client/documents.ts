// Which documents are drafts: Markdown and plain text on disk or unsaved.
import type * as vscode from 'vscode';

export const DRAFT_LANGUAGES: readonly string[] = ['markdown', 'plaintext'];

export const DRAFT_SELECTOR = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'untitled', language: 'markdown' },
  { scheme: 'untitled', language: 'plaintext' },
];

export const WORKSPACE_FILE_GLOB = '**/.faktenlage.yaml';

export function isDraft(doc: vscode.TextDocument): boolean {
  return DRAFT_LANGUAGES.includes(doc.languageId) && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled');
}
