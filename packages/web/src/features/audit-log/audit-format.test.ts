import { describe, expect, it } from 'vitest';
import { formatJson } from '../../components/format-json';
import { auditActionLabel, auditEntityLabel, auditRoleLabel, shortRequestId, toDateRange } from './audit-format';

describe('audit labels', () => {
  it('translates known codes and shows unknown ones as they are', () => {
    expect(auditActionLabel('ROLE_REVOKED')).toBe('撤销角色');
    expect(auditActionLabel('SOCIAL_ASSISTANCE_NEW_THING')).toBe('SOCIAL_ASSISTANCE_NEW_THING');
    expect(auditEntityLabel('division')).toBe('行政区划');
    expect(auditRoleLabel('county_reviewer')).toBe('县级审核员');
    expect(auditRoleLabel(null)).toBe('—');
  });

  it('shortens UUID request ids only', () => {
    expect(shortRequestId('29c8a6bf-9ec5-4c68-8ebf-b9093bc97ac2')).toBe('29c8a6bf');
    expect(shortRequestId('bootstrap')).toBe('bootstrap');
  });
});

describe('toDateRange', () => {
  it('sends only the ends that are set', () => {
    expect(toDateRange(['2026-01-01', '2026-01-31'])).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(toDateRange([undefined, '2026-01-31'])).toEqual({ to: '2026-01-31' });
    expect(toDateRange(null)).toEqual({});
  });
});

describe('formatJson', () => {
  it('pretty-prints recorded values and treats empty ones as nothing', () => {
    expect(formatJson({ isActive: false })).toBe('{\n  "isActive": false\n}');
    expect(formatJson('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(formatJson(null)).toBeNull();
    expect(formatJson({})).toBeNull();
  });
});
