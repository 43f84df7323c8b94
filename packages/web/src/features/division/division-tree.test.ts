import type { TDivisionSummary } from '@mz/shared';
import { describe, expect, it } from 'vitest';
import { ancestorsInScope, attachChildren, findNode, markSelectable, toDivisionNode } from './division-tree';

const division = (id: number, level: TDivisionSummary['level'], hasChildren = true, parentId: number | null = null): TDivisionSummary => ({
  id,
  code: String(id).padStart(6, '0'),
  name: `区划${id}`,
  level,
  parentId,
  hasChildren,
});

describe('toDivisionNode', () => {
  it('gives Tree keys and TreeSelect values, leaves for divisions without children', () => {
    expect(toDivisionNode(division(7, 'village', false))).toEqual({
      key: 7,
      value: 7,
      title: '区划7',
      code: '000007',
      level: 'village',
      isLeaf: true,
    });
    expect(toDivisionNode(division(3, 'county')).isLeaf).toBe(false);
  });
});

describe('attachChildren', () => {
  const roots = [toDivisionNode(division(1, 'province')), toDivisionNode(division(2, 'province'))];

  it('places children under a nested parent without touching other branches', () => {
    const level1 = attachChildren(roots, 1, [toDivisionNode(division(11, 'prefecture'))]);
    const level2 = attachChildren(level1, 11, [toDivisionNode(division(111, 'county', false))]);
    expect(findNode(level2, 111)?.title).toBe('区划111');
    expect(level2[1]).toBe(roots[1]);
    expect(roots[0]?.children).toBeUndefined();
  });

  it('marks a parent whose children came back empty as a leaf', () => {
    expect(attachChildren(roots, 2, [])[1]).toMatchObject({ isLeaf: true, children: [] });
  });

  it('keeps grandchildren already loaded when a parent is loaded again', () => {
    const once = attachChildren(attachChildren(roots, 1, [toDivisionNode(division(11, 'prefecture'))]), 11, [
      toDivisionNode(division(111, 'county', false)),
    ]);
    const again = attachChildren(once, 1, [toDivisionNode(division(11, 'prefecture')), toDivisionNode(division(12, 'prefecture'))]);
    expect(findNode(again, 111)).toBeDefined();
    expect(findNode(again, 12)).toBeDefined();
  });
});

describe('markSelectable', () => {
  it('disables nodes the predicate rejects, at every depth', () => {
    const tree = attachChildren([toDivisionNode(division(1, 'county'))], 1, [toDivisionNode(division(11, 'township'))]);
    const marked = markSelectable(tree, (d) => d.level === 'township');
    expect(marked[0]?.disabled).toBe(true);
    expect(marked[0]?.children?.[0]?.disabled).toBeUndefined();
    expect(markSelectable(marked, undefined)[0]?.disabled).toBeUndefined();
  });
});

describe('ancestorsInScope', () => {
  const ancestors = [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }];
  it('drops ancestors above the user’s scope roots', () => {
    expect(ancestorsInScope(ancestors, [3])).toEqual([{ id: 3 }, { id: 4 }]);
    expect(ancestorsInScope(ancestors, [9])).toEqual([]);
    expect(ancestorsInScope(ancestors, [2, 4])).toEqual([{ id: 2 }, { id: 3 }, { id: 4 }]);
  });
});
