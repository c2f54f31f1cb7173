// Check `weekday-mismatch` (stub until implemented).
import type { CheckDefinition } from './types';

export const weekdayMismatch: CheckDefinition = {
  code: 'weekday-mismatch',
  defaultSeverity: 'warning',
  description: { de: '', en: '' },
  run() {
    return [];
  },
};
