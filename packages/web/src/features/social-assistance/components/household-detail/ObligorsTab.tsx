import { maskCitizenId } from '@mz/shared';
import { Table } from 'antd';
import { CodeText } from '../../../../components/CodeText';
import { zhCN } from '../../../../i18n/zh-CN';
import { formatFen } from '../../money-format';
import { assistanceApi } from '../../social-assistance.api';
import { labelOf, saText } from '../../social-assistance.i18n';
import type { ObligorRow } from '../../social-assistance.types';
import { AddButton, RemoveButton, type RegistryTabProps } from './registry-buttons';

const L = saText.labels;

/** 赡养（抚养、扶养）义务人 tab: who owes support, their income and what they pay. */
export const ObligorsTab = ({ household, names, canEdit, onAdd, onRemoved }: RegistryTabProps) => (
  <>
    {canEdit ? <AddButton onClick={onAdd}>{saText.obligor.add}</AddButton> : null}
    <Table<ObligorRow>
      size="small"
      rowKey="id"
      dataSource={household.obligors}
      pagination={false}
      columns={[
        { title: saText.obligor.name, dataIndex: 'name', width: 90 },
        {
          title: saText.obligor.relation,
          dataIndex: 'relation',
          width: 110,
          render: (r: string) => labelOf(L.obligorRelation, r),
        },
        {
          title: saText.obligor.supports,
          dataIndex: 'supports_member_id',
          width: 100,
          render: (mid: number | null) => (mid ? (names.get(mid) ?? mid) : saText.obligor.supportsHousehold),
        },
        { title: saText.obligor.birthDate, dataIndex: 'birth_date', width: 100 },
        {
          title: saText.obligor.citizenId,
          dataIndex: 'citizen_id',
          width: 180,
          render: (c: string | null) => <CodeText>{c ? maskCitizenId(c) : zhCN.common.dash}</CodeText>,
        },
        {
          title: saText.obligor.annualIncome,
          dataIndex: 'annual_income_fen',
          width: 120,
          align: 'right',
          render: (f: number) => <CodeText>{formatFen(f)}</CodeText>,
        },
        {
          title: saText.obligor.monthlySupport,
          dataIndex: 'monthly_support_fen',
          width: 120,
          align: 'right',
          render: (f: number) => <CodeText>{formatFen(f)}</CodeText>,
        },
        {
          title: saText.obligor.flags,
          key: 'flags',
          render: (_: unknown, row) =>
            [
              row.deceased && saText.obligor.deceased,
              row.is_dibao && saText.obligor.isDibao,
              row.is_extreme_poverty && saText.obligor.isExtremePoverty,
              row.no_civil_capacity && saText.obligor.noCivilCapacity,
              row.declared_missing && saText.obligor.declaredMissing,
              row.imprisoned && saText.obligor.imprisoned,
            ]
              .filter(Boolean)
              .join('、') || zhCN.common.dash,
        },
        {
          title: zhCN.common.actions,
          key: 'a',
          width: 70,
          render: (_: unknown, row) =>
            canEdit ? <RemoveButton action={() => assistanceApi.removeObligor(household.id, row.id)} onRemoved={onRemoved} /> : null,
        },
      ]}
    />
  </>
);
