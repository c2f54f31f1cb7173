// Highlight kinds and their themable colour ids (package.json `contributes.colors`), defined once.

export const enum DecorationKind {
  Person = 'person',
  Place = 'place',
  Organisation = 'organisation',
  Date = 'date',
  Figure = 'figure',
  ClaimSourced = 'claimSourced',
  ClaimVague = 'claimVague',
  ClaimUnsourced = 'claimUnsourced',
}

export interface ColorDefinition {
  kind: DecorationKind;
  /** Colour id, `faktenlage.<kind>`. */
  id: string;
  /** `%key%` of the description in package.nls*.json. */
  description: string;
  /** Entities, dates and figures get a background; claims an underline in this colour. */
  style: 'background' | 'underline';
  defaults: { light: string; dark: string; highContrast: string; highContrastLight: string };
}

const color = (
  kind: DecorationKind,
  style: ColorDefinition['style'],
  light: string,
  dark: string,
  highContrast: string,
): ColorDefinition => ({
  kind,
  id: `faktenlage.${kind}`,
  description: `%color.${kind}%`,
  style,
  defaults: { light, dark, highContrast, highContrastLight: light },
});

// Backgrounds are translucent so selection and find highlights stay visible through them.
export const COLORS: readonly ColorDefinition[] = [
  color(DecorationKind.Person, 'background', '#1f77b426', '#4ea1ff2e', '#4ea1ff55'),
  color(DecorationKind.Place, 'background', '#2ca02c26', '#5ed15e2e', '#5ed15e55'),
  color(DecorationKind.Organisation, 'background', '#9467bd26', '#c39bff2e', '#c39bff55'),
  color(DecorationKind.Date, 'background', '#8c564b26', '#d7a58a2e', '#d7a58a55'),
  color(DecorationKind.Figure, 'background', '#ff7f0e2e', '#ffb35c33', '#ffb35c66'),
  // Claims span whole sentences, so their underlines stay faint: findings' squiggles must stand out above them.
  color(DecorationKind.ClaimSourced, 'underline', '#2ca02c59', '#5ed15e59', '#5ed15e'),
  color(DecorationKind.ClaimVague, 'underline', '#d6a40080', '#ffd24d80', '#ffd24d'),
  color(DecorationKind.ClaimUnsourced, 'underline', '#d6272866', '#ff6b6b66', '#ff6b6b'),
];
