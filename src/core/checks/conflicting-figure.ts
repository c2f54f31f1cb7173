// Check `conflicting-figure` (stub until implemented).
import type { CheckDefinition } from './types';

export const conflictingFigure: CheckDefinition = {
  code: 'conflicting-figure',
  defaultSeverity: 'warning',
  description: { de: '', en: '' },
  run() {
    return [];
  },
};
