import { describe, expect, it } from 'vitest';
import { lineStatusTone, monthOf, rollAbilities, rollStatusTone } from './payment-roll';

describe('rollAbilities', () => {
  it('lets a draft be regenerated and approved, and a frozen roll only be exported and reconciled', () => {
    expect(rollAbilities('draft')).toEqual({ regenerate: true, approve: true, export: false, importResults: false });
    expect(rollAbilities('approved')).toEqual({ regenerate: false, approve: false, export: true, importResults: false });
    expect(rollAbilities('exported')).toEqual({ regenerate: false, approve: false, export: true, importResults: true });
    expect(rollAbilities('reconciled').regenerate).toBe(false);
  });
});

describe('tones and months', () => {
  it('colours statuses', () => {
    expect(rollStatusTone('reconciled')).toBe('success');
    expect(lineStatusTone('failed')).toBe('error');
    expect(lineStatusTone('pending')).toBe('default');
  });
  it('computes months across a year end', () => {
    expect(monthOf('2025-12-15')).toBe('2025-12');
    expect(monthOf('2025-12-15', 1)).toBe('2026-01');
    expect(monthOf('2026-01-03', -1)).toBe('2025-12');
  });
});
