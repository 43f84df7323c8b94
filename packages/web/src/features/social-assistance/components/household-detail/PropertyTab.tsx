import { Table } from 'antd';
import { CodeText } from '../../../../components/CodeText';
import { zhCN } from '../../../../i18n/zh-CN';
import { formatFen } from '../../money-format';
import { assistanceApi } from '../../social-assistance.api';
import { labelOf, saText } from '../../social-assistance.i18n';
import type { PropertyItemRow } from '../../social-assistance.types';
import { AddButton, RemoveButton, type RegistryTabProps } from './registry-buttons';

const L = saText.labels;

/** 家庭财产 tab: deposits, vehicles, houses, businesses … with the exemptions recorded. */
export const PropertyTab = ({ household, names, canEdit, onAdd, onRemoved }: RegistryTabProps) => (
  <>
    {canEdit ? <AddButton onClick={onAdd}>{saText.property.add}</AddButton> : null}
    <Table<PropertyItemRow>
      size="small"
      rowKey="id"
      dataSource={household.propertyItems}
      pagination={false}
      columns={[
        {
          title: saText.property.owner,
          dataIndex: 'owner_member_id',
          width: 90,
          render: (mid: number) => names.get(mid) ?? mid,
        },
        {
          title: saText.property.kind,
          dataIndex: 'kind',
          width: 200,
          render: (k: string, row) =>
            `${labelOf(L.propertyKind, k)}${row.vehicle_kind ? `（${labelOf(L.vehicleKind, row.vehicle_kind)}）` : ''}`,
        },
        {
          title: saText.property.value,
          key: 'value',
          width: 150,
          align: 'right',
          render: (_: unknown, row) =>
            row.kind === 'house' ? (
              `${row.floor_area_m2 ?? ''}㎡`
            ) : row.kind === 'business' ? (
              row.employs_others ? (
                saText.property.employsOthers
              ) : (
                zhCN.common.dash
              )
            ) : (
              <CodeText>{formatFen(row.value_fen)}</CodeText>
            ),
        },
        {
          title: saText.property.description,
          dataIndex: 'description',
          ellipsis: true,
          render: (d: string | null) => d ?? zhCN.common.dash,
        },
        {
          title: saText.property.exemption,
          dataIndex: 'exemption_reason',
          ellipsis: true,
          render: (d: string | null) => d ?? zhCN.common.dash,
        },
        { title: saText.income.source, dataIndex: 'source', width: 70, render: (s: string) => labelOf(L.itemSource, s) },
        {
          title: zhCN.common.actions,
          key: 'a',
          width: 70,
          render: (_: unknown, row) =>
            canEdit ? <RemoveButton action={() => assistanceApi.removePropertyItem(household.id, row.id)} onRemoved={onRemoved} /> : null,
        },
      ]}
    />
  </>
);
