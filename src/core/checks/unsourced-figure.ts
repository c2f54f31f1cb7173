// Check `unsourced-figure` (stub until implemented).
import type { CheckDefinition } from './types';

export const unsourcedFigure: CheckDefinition = {
  code: 'unsourced-figure',
  defaultSeverity: 'warning',
  description: { de: '', en: '' },
  run() {
    return [];
  },
};
