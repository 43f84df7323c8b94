import { Table } from 'antd';
import { CodeText } from '../../../../components/CodeText';
import { zhCN } from '../../../../i18n/zh-CN';
import { formatFen, sumFen } from '../../money-format';
import { assistanceApi } from '../../social-assistance.api';
import { labelOf, saText } from '../../social-assistance.i18n';
import type { IncomeItemRow } from '../../social-assistance.types';
import { AddButton, RemoveButton, type RegistryTabProps } from './registry-buttons';

const L = saText.labels;

/** 家庭收入 tab: the declared and verified income items with their total. */
export const IncomeTab = ({ household, names, canEdit, onAdd, onRemoved }: RegistryTabProps) => {
  const incomeTotal = sumFen(household.incomeItems.map((i) => i.amount_fen));
  return (
    <>
      {canEdit ? <AddButton onClick={onAdd}>{saText.income.add}</AddButton> : null}
      <Table<IncomeItemRow>
        size="small"
        rowKey="id"
        dataSource={household.incomeItems}
        pagination={household.incomeItems.length > 24 ? { pageSize: 24 } : false}
        summary={() =>
          household.incomeItems.length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={3}>
                {saText.income.total}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <CodeText>{formatFen(incomeTotal)}</CodeText>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} colSpan={4} />
            </Table.Summary.Row>
          ) : null
        }
        columns={[
          { title: saText.income.month, dataIndex: 'month', width: 90 },
          { title: saText.income.member, dataIndex: 'member_id', width: 90, render: (mid: number) => names.get(mid) ?? mid },
          { title: saText.income.kind, dataIndex: 'kind', render: (k: string) => labelOf(L.incomeKind, k) },
          {
            title: saText.income.amount,
            dataIndex: 'amount_fen',
            width: 130,
            align: 'right',
            render: (f: number) => <CodeText>{formatFen(f)}</CodeText>,
          },
          {
            title: saText.income.withheld,
            dataIndex: 'withheld_fen',
            width: 170,
            align: 'right',
            render: (f: number) => <CodeText>{formatFen(f)}</CodeText>,
          },
          { title: saText.income.source, dataIndex: 'source', width: 70, render: (s: string) => labelOf(L.itemSource, s) },
          { title: saText.common.note, dataIndex: 'note', ellipsis: true, render: (n: string | null) => n ?? zhCN.common.dash },
          {
            title: zhCN.common.actions,
            key: 'a',
            width: 70,
            render: (_: unknown, row) =>
              canEdit ? <RemoveButton action={() => assistanceApi.removeIncomeItem(household.id, row.id)} onRemoved={onRemoved} /> : null,
          },
        ]}
      />
    </>
  );
};
