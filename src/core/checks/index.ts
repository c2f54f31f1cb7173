// The list of checks; each lives in its own file and is registered here once.
import type { CheckDefinition } from './types';
import { unsourcedFigure } from './unsourced-figure';
import { conflictingFigure } from './conflicting-figure';
import { vagueSource } from './vague-source';
import { weekdayMismatch } from './weekday-mismatch';

export const CHECKS: readonly CheckDefinition[] = [unsourcedFigure, conflictingFigure, vagueSource, weekdayMismatch];
export type { CheckContext, CheckDefinition } from './types';
