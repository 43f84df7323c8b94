import { describe, expect, it } from 'vitest';
import { activeNavPath } from './nav-match';

describe('activeNavPath', () => {
  const paths = ['/', '/divisions', '/users', '/audit'];
  it('matches a page and its sub-pages, home only exactly', () => {
    expect(activeNavPath('/', paths)).toBe('/');
    expect(activeNavPath('/divisions', paths)).toBe('/divisions');
    expect(activeNavPath('/divisions/4704', paths)).toBe('/divisions');
    expect(activeNavPath('/divisionsx', paths)).toBeUndefined();
    expect(activeNavPath('/nope', paths)).toBeUndefined();
  });
});
