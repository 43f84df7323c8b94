import { useCallback, useEffect, useState } from 'react';
import { handleApiError } from '../../../api/handle-api-error';
import { divisionApi } from '../division.api';
import { attachChildren, toDivisionNode, type DivisionNode } from '../division-tree';

/**
 * A lazily loaded division tree: roots of the user's scope first, children when a node opens.
 * `version` bumps reload everything (after a division change).
 */
export const useDivisionTree = (options: { version?: number } = {}) => {
  const { version = 0 } = options;
  const [nodes, setNodes] = useState<DivisionNode[]>([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let cancelled = false;
    divisionApi.roots().then(
      (roots) => {
        if (cancelled) return;
        setNodes(roots.map(toDivisionNode));
        setLoading(false);
      },
      (error: unknown) => {
        if (cancelled) return;
        handleApiError(error);
        setLoading(false);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [version]);

  const loadChildren = useCallback(async (parentId: number) => {
    try {
      const children = await divisionApi.children(parentId);
      setNodes((current) => attachChildren(current, parentId, children.map(toDivisionNode)));
    } catch (error) {
      handleApiError(error);
    }
  }, []);

  return { nodes, loading, loadChildren };
};
