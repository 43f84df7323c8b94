import { describe, expect, it } from 'vitest';
import { buildUrl, loginPath, safeReturnPath } from './url';

describe('buildUrl', () => {
  it('drops empty values and encodes the rest', () => {
    expect(buildUrl('/api/divisions', { q: '开化', level: undefined, parentId: null, page: 1, pageSize: 20, x: '' })).toBe(
      '/api/divisions?q=%E5%BC%80%E5%8C%96&page=1&pageSize=20',
    );
  });
  it('returns the path alone without a query', () => {
    expect(buildUrl('/api/users')).toBe('/api/users');
    expect(buildUrl('/api/users', { q: undefined })).toBe('/api/users');
  });
});

describe('safeReturnPath', () => {
  it('keeps same-site paths with their query', () => {
    expect(safeReturnPath('/divisions/12?division=3')).toBe('/divisions/12?division=3');
  });
  it('refuses other sites, protocol-relative urls and the login page', () => {
    for (const bad of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/login',
      '/login?redirect=/x',
      '',
      null,
      undefined,
      'divisions',
    ]) {
      expect(safeReturnPath(bad)).toBe('/');
    }
  });
});

describe('loginPath', () => {
  it('carries the page the user was on', () => {
    expect(loginPath('/users?division=4')).toBe('/login?redirect=%2Fusers%3Fdivision%3D4');
    expect(loginPath('/')).toBe('/login');
  });
});
