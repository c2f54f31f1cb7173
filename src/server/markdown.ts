// Safe Markdown for hover cards: article text is escaped, and links only ever point at our own commands.
import { HOVER_COMMANDS } from '../shared/commands';

/**
 * Escapes text so VS Code renders it literally: Markdown syntax, HTML and autolinks (`command:`,
 * `https:`) in corpus files must not become markup or clickable links in a trusted hover.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    // A backslash before ':' also breaks GFM autolinks such as `https://` and `command:`.
    .replace(/[\\`*_{}[\]()#+\-.!|~>:]/g, (c) => '\\' + c)
    .replace(/\r?\n/g, ' ');
}

/** A link to one of our hover commands with JSON-encoded arguments; any other id is refused. */
export function commandLink(label: string, command: string, args: unknown): string {
  if (!HOVER_COMMANDS.includes(command)) throw new Error(`not a hover command: ${command}`);
  const query = encodeURIComponent(JSON.stringify([args]));
  // Parentheses are encoded too, so the target cannot end the Markdown link early.
  const target = `command:${command}?${query.replace(/\(/g, '%28').replace(/\)/g, '%29')}`;
  return `[${escapeMarkdown(label)}](${target})`;
}
