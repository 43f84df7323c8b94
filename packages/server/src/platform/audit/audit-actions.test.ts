import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AUDIT_ACTION_LABELS, isAuditAction } from '@mz/shared';
import { describe, expect, it } from 'vitest';

// Every audit action the server writes must have a Chinese label in @mz/shared (the audit log page
// shows labels, not codes). recordAudit() is typed against the same list, so tsc catches literals;
// this test reads the sources too, so the failure names the file and the code to add.

const SRC = join(import.meta.dirname, '..', '..');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });

/** `action: 'CODE'` / `auditAction: 'CODE'` in files that write audit rows. */
const writtenActions = () =>
  sourceFiles(SRC).flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    if (!/recordAudit|auditAction/.test(text)) return [];
    return [...text.matchAll(/\b(?:action|auditAction): '([A-Z][A-Z0-9_]+)'/g)].map((m) => ({
      code: m[1] as string,
      at: `${relative(SRC, path)}:${text.slice(0, m.index).split('\n').length}`,
    }));
  });

describe('audit action labels', () => {
  it('finds the audit writes it checks (the scan itself works)', () => {
    const codes = writtenActions().map((w) => w.code);
    expect(codes).toContain('LOGIN_SUCCEEDED');
    expect(codes).toContain('PASSWORD_RESET');
  });

  it('every action the server writes has a Chinese label in packages/shared/src/core/audit-actions.ts', () => {
    const missing = writtenActions()
      .filter((w) => !isAuditAction(w.code))
      .map((w) => `${w.code} (written at src/${w.at}): add  ${w.code}: '中文名称',  to AUDIT_ACTION_LABELS`);
    expect(missing).toEqual([]);
  });

  it('labels are Chinese and distinct', () => {
    const labels = Object.entries(AUDIT_ACTION_LABELS);
    expect(labels.filter(([, label]) => !/[\u4e00-\u9fff]/.test(label)).map(([code]) => code)).toEqual([]);
    const seen = new Map<string, string>();
    const duplicates = labels
      .filter(([code, label]) => seen.has(label) || !seen.set(label, code))
      .map(([code, label]) => `${code}=${label}`);
    expect(duplicates).toEqual([]);
  });
});
