import { DIVISION_LEVEL_LABELS, DIVISION_LEVELS, type DivisionLevel } from '@mz/shared';

export const levelLabel = (level: string): string => DIVISION_LEVEL_LABELS[level as DivisionLevel] ?? level;

export const LEVEL_OPTIONS: { value: DivisionLevel; label: string }[] = DIVISION_LEVELS.map((level) => ({
  value: level,
  label: DIVISION_LEVEL_LABELS[level],
}));
