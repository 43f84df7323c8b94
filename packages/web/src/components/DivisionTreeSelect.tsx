import { TreeSelect } from 'antd';
import { useMemo, type CSSProperties, type ReactNode } from 'react';
import { useDivisionTree } from '../features/division/hooks/useDivisionTree';
import { findNode, markSelectable, type SelectablePredicate } from '../features/division/division-tree';
import type { ScopeDivision } from '../features/division/scope/division-scope-context';
import { zhCN } from '../i18n/zh-CN';

type LabeledValue = { value: number; label?: ReactNode };

export type DivisionTreeSelectProps = {
  id?: string;
  value?: number | null | undefined;
  /** Form-compatible: the chosen division id (null when cleared). */
  onChange?: (value: number | null) => void;
  /** Same choice with its name, for callers that display it elsewhere. */
  onSelectDivision?: (division: ScopeDivision | null) => void;
  /** Name to show for a value not yet loaded in the tree (e.g. from the URL). */
  valueLabel?: string | null | undefined;
  placeholder?: string;
  allowClear?: boolean;
  isSelectable?: SelectablePredicate | undefined;
  style?: CSSProperties;
  className?: string;
  status?: 'error' | 'warning' | '';
};

/**
 * Division picker limited to the user's scope: roots from GET /api/divisions/roots, children
 * loaded when a node opens (GET /api/divisions/:id/children).
 */
export const DivisionTreeSelect = ({
  id,
  value,
  onChange,
  onSelectDivision,
  valueLabel,
  placeholder = zhCN.users.divisionPlaceholder,
  allowClear = true,
  isSelectable,
  style,
  className,
  status,
}: DivisionTreeSelectProps) => {
  const { nodes, loading, loadChildren } = useDivisionTree();
  const treeData = useMemo(() => markSelectable(nodes, isSelectable), [nodes, isSelectable]);

  const labeled = useMemo<LabeledValue | undefined>(() => {
    if (value === null || value === undefined) return undefined;
    return { value, label: findNode(nodes, value)?.title ?? valueLabel ?? zhCN.common.idNumber(value) };
  }, [nodes, value, valueLabel]);

  return (
    <TreeSelect<LabeledValue>
      {...(id ? { id } : {})}
      labelInValue
      value={labeled}
      treeData={treeData}
      loading={loading}
      loadData={(node) => loadChildren(Number(node.value))}
      onChange={(next) => {
        const division = next ? { id: Number(next.value), name: String(next.label ?? '') } : null;
        onChange?.(division?.id ?? null);
        onSelectDivision?.(division);
      }}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch
      treeNodeFilterProp="title"
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 300 } } }}
      listHeight={360}
      {...(style ? { style } : {})}
      {...(className ? { className } : {})}
      {...(status ? { status } : {})}
    />
  );
};
