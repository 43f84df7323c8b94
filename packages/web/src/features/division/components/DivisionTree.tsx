import { Empty, Flex, Spin, Tree, theme, type GetRef } from 'antd';
import { useEffect, useRef, useState, type Key } from 'react';
import { zhCN } from '../../../i18n/zh-CN';
import { useDivisionTree } from '../hooks/useDivisionTree';
import { ancestorsInScope, type DivisionNode } from '../division-tree';

type DivisionTreeProps = {
  selectedId: number | null;
  onSelect: (division: { id: number; name: string }) => void;
  /** Bump to reload after a division change. */
  version?: number;
  /** Ancestors (top first) of the selected division: opened so it shows in the tree. */
  revealPath?: readonly number[];
  height: number;
};

/** The user's part of the division tree, loaded level by level as nodes open. */
export const DivisionTree = ({ selectedId, onSelect, version = 0, revealPath = [], height }: DivisionTreeProps) => {
  const { token } = theme.useToken();
  const { nodes, loading, loadChildren } = useDivisionTree({ version });
  const [expanded, setExpanded] = useState<Key[]>([]);
  const [autoOpened, setAutoOpened] = useState<number | null>(null);

  // A single root (a township clerk's street, a county bureau): open it straight away.
  const singleRoot = nodes.length === 1 ? nodes[0] : undefined;
  useEffect(() => {
    if (!singleRoot || singleRoot.isLeaf || autoOpened === singleRoot.key) return;
    void loadChildren(singleRoot.key).then(() => {
      setExpanded((keys) => (keys.includes(singleRoot.key) ? keys : [...keys, singleRoot.key]));
      setAutoOpened(singleRoot.key);
    });
  }, [singleRoot, autoOpened, loadChildren]);

  // Opened on a detail page: load and open each ancestor, then scroll the division into view.
  const treeRef = useRef<GetRef<typeof Tree>>(null);
  const revealKey = revealPath.join(',');
  const rootKey = nodes.map((n) => n.key).join(',');
  useEffect(() => {
    if (!revealKey || !rootKey) return;
    let cancelled = false;
    // Ancestors above the tree's roots (outside the user's scope) cannot be opened.
    const rootIds = rootKey.split(',').map(Number);
    const path = ancestorsInScope(
      revealKey.split(',').map((id) => ({ id: Number(id) })),
      rootIds,
    ).map((a) => a.id);
    void (async () => {
      for (const id of path) {
        if (cancelled) return;
        await loadChildren(id);
      }
      if (cancelled) return;
      setExpanded((keys) => [...new Set([...keys, ...path])]);
      if (selectedId !== null) setTimeout(() => treeRef.current?.scrollTo({ key: selectedId, align: 'auto' }), 50);
    })();
    return () => {
      cancelled = true;
    };
  }, [revealKey, rootKey, loadChildren, selectedId]);

  if (loading && nodes.length === 0) {
    return (
      <Flex justify="center" style={{ padding: token.paddingLG }}>
        <Spin />
      </Flex>
    );
  }
  if (nodes.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={zhCN.division.treeEmpty} />;

  return (
    <Tree<DivisionNode>
      ref={treeRef}
      blockNode
      showLine
      treeData={nodes}
      height={height}
      expandedKeys={expanded}
      onExpand={(keys) => setExpanded(keys)}
      loadData={(node) => loadChildren(Number(node.key))}
      selectedKeys={selectedId === null ? [] : [selectedId]}
      onSelect={(_, info) => onSelect({ id: Number(info.node.key), name: String(info.node.title) })}
      titleRender={(node) => (
        // One line per node: deep levels get little width, so the code only shows on hover.
        <span
          title={`${node.title}（${node.code}）`}
          style={{ display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
        >
          {node.title}
        </span>
      )}
    />
  );
};
