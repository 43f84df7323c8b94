import { describe, expect, it } from 'vitest';
import { shouldReloadForNewBuild } from './chunk-reload';

const memory = () => {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
};

describe('shouldReloadForNewBuild', () => {
  it('reloads once, then lets a repeated failure through, and again after a while', () => {
    const store = memory();
    expect(shouldReloadForNewBuild(store, 1_000_000)).toBe(true);
    expect(shouldReloadForNewBuild(store, 1_010_000)).toBe(false);
    expect(shouldReloadForNewBuild(store, 1_040_000)).toBe(true);
  });
});
