// Highlight ranges of a draft per kind, answering the `faktenlage/decorations` request.
import type { Range } from 'vscode-languageserver';
import type { Analysis, Claim, Entity } from '../core';
import { DecorationKind } from '../shared/colors';
import type { LineIndex } from './conversions';

const ENTITY_KIND: Record<Entity['type'], DecorationKind> = {
  PER: DecorationKind.Person,
  LOC: DecorationKind.Place,
  ORG: DecorationKind.Organisation,
};

function claimKind(c: Claim): DecorationKind {
  if (!c.source) return DecorationKind.ClaimUnsourced;
  return c.vague ? DecorationKind.ClaimVague : DecorationKind.ClaimSourced;
}

export function decorationRanges(analysis: Analysis, lines: LineIndex): Partial<Record<DecorationKind, Range[]>> {
  const out: Partial<Record<DecorationKind, Range[]>> = {};
  const add = (kind: DecorationKind, span: { start: number; end: number }) => (out[kind] ??= []).push(lines.range(span));
  for (const e of analysis.entities) add(ENTITY_KIND[e.type], e);
  for (const d of analysis.dates) add(DecorationKind.Date, d);
  for (const f of analysis.figures) add(DecorationKind.Figure, f);
  for (const c of analysis.claims) add(claimKind(c), c);
  return out;
}
