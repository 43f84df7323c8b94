import type { DivisionLevel, TDivisionSummary } from '@mz/shared';

/** A lazily loaded tree node usable by both antd Tree (key) and TreeSelect (value). */
export type DivisionNode = {
  key: number;
  value: number;
  title: string;
  code: string;
  level: DivisionLevel;
  isLeaf: boolean;
  disabled?: boolean;
  children?: DivisionNode[];
};

export type SelectablePredicate = (division: Pick<TDivisionSummary, 'level' | 'id'>) => boolean;

export const toDivisionNode = (division: TDivisionSummary): DivisionNode => ({
  key: division.id,
  value: division.id,
  title: division.name,
  code: division.code,
  level: division.level,
  isLeaf: !division.hasChildren,
});

/** The same tree with nodes the predicate rejects disabled (still expandable, not choosable). */
export const markSelectable = (nodes: readonly DivisionNode[], isSelectable: SelectablePredicate | undefined): DivisionNode[] =>
  nodes.map((node) => {
    const disabled = isSelectable ? !isSelectable({ id: node.key, level: node.level }) : false;
    const children = node.children ? markSelectable(node.children, isSelectable) : undefined;
    const { disabled: _old, children: _oldChildren, ...rest } = node;
    return { ...rest, ...(disabled ? { disabled: true } : {}), ...(children ? { children } : {}) };
  });

/**
 * A new tree with `children` placed under `parentId`. Grandchildren already loaded under a child
 * are kept, and untouched branches keep their identity.
 */
export const attachChildren = (nodes: readonly DivisionNode[], parentId: number, children: readonly DivisionNode[]): DivisionNode[] =>
  nodes.map((node) => {
    if (node.key === parentId) {
      const loaded = new Map((node.children ?? []).map((child) => [child.key, child]));
      const merged = children.map((child) => {
        const previous = loaded.get(child.key);
        return previous?.children ? { ...child, children: previous.children } : child;
      });
      return { ...node, isLeaf: children.length === 0, children: merged };
    }
    if (!node.children) return node;
    const updated = attachChildren(node.children, parentId, children);
    return updated.every((child, i) => child === node.children?.[i]) ? node : { ...node, children: updated };
  });

export const findNode = (nodes: readonly DivisionNode[], id: number): DivisionNode | undefined => {
  for (const node of nodes) {
    if (node.key === id) return node;
    const found = node.children && findNode(node.children, id);
    if (found) return found;
  }
  return undefined;
};

/** Ancestors (top first) the user may open: from the first of their scope roots down. */
export const ancestorsInScope = <T extends { id: number }>(ancestors: readonly T[], rootIds: readonly number[]): T[] => {
  const start = ancestors.findIndex((a) => rootIds.includes(a.id));
  return start === -1 ? [] : ancestors.slice(start);
};
