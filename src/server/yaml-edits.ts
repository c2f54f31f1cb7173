// Minimal text edits to YAML (front matter, the workspace file) that leave the rest of the user's formatting alone.
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

const quote = (s: string): string => (/^[\p{L}\p{N} ._-]+$/u.test(s) && !/^(true|false|null|yes|no|on|off|~)$/i.test(s) ? s : JSON.stringify(s));

/** The value node of a top-level key, or undefined; throws when the YAML is invalid (no edit is offered then). */
function topLevel(source: string, key: string): { value: Node | null | undefined; present: boolean } {
  const doc = parseDocument(source);
  if (doc.errors.length) throw new Error(doc.errors[0].message);
  if (doc.contents && !isMap(doc.contents)) throw new Error('not a mapping');
  const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
  return { value: pair?.value as Node | null | undefined, present: !!pair };
}

/** An edit appending `text` (whole lines) at the end of the document. */
function append(source: string, text: string): TextEdit {
  const sep = source.length && !source.endsWith('\n') ? '\n' : '';
  return { start: source.length, end: source.length, newText: sep + text };
}

/**
 * Adds `item` to the string list under `key` (`faktenlage-ignore: [a, b]`), keeping the list's style;
 * null when it is already there.
 */
export function addToList(source: string, key: string, item: string): TextEdit | null {
  const { value, present } = topLevel(source, key);
  if (!present || !value) return append(source, `${key}: [${quote(item)}]\n`);
  if (isScalar(value)) {
    if (value.value === item) return null;
    const [start, end] = value.range!;
    return { start, end, newText: `[${quote(String(value.value))}, ${quote(item)}]` };
  }
  if (!isSeq(value)) throw new Error(`${key} is not a list`);
  if (value.items.some((i) => isScalar(i) && i.value === item)) return null;
  return insertIntoSeq(source, value, quote(item));
}

function insertIntoSeq(source: string, seq: Node & { items: unknown[]; flow?: boolean }, rendered: string): TextEdit {
  const [start, end] = seq.range!;
  if (seq.flow || !seq.items.length) {
    const close = source.lastIndexOf(']', end);
    if (close < start) return { start, end, newText: `[${rendered}]` };
    return { start: close, end: close, newText: (seq.items.length ? ', ' : '') + rendered };
  }
  // Block list: a new item at the first item's indentation, after the last item.
  const first = (seq.items[0] as Node).range![0];
  const dash = source.lastIndexOf('-', first);
  const indent = dash - (source.lastIndexOf('\n', dash) + 1);
  const last = (seq.items[seq.items.length - 1] as Node).range![1];
  const at = last;
  // The last item's range ends after its line break, unless it is the last line of the file.
  const lead = source[at - 1] === '\n' ? '' : '\n';
  const lines = rendered.split('\n').map((l, i) => ' '.repeat(indent) + (i === 0 ? '- ' : '  ') + l);
  return { start: at, end: at, newText: lead + lines.join('\n') + (lead ? '' : '\n') };
}

/** Adds an entity to the `entities:` list of the workspace file (or starts the list). */
export function addEntity(source: string, entity: { name: string; type: string }): TextEdit | null {
  const { value, present } = topLevel(source, 'entities');
  const block = `name: ${quote(entity.name)}\ntype: ${entity.type}`;
  if (!present || !value) {
    return append(source, `entities:\n  - name: ${quote(entity.name)}\n    type: ${entity.type}\n`);
  }
  if (!isSeq(value)) throw new Error('entities is not a list');
  const exists = value.items.some((i) => isMap(i) && i.get('name') === entity.name);
  if (exists) return null;
  return insertIntoSeq(source, value, value.flow ? `{ name: ${quote(entity.name)}, type: ${entity.type} }` : block);
}
