import {
  DISABILITY_CATEGORY_NAMES,
  DISABILITY_GRADE_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  EXCLUSION_STATUS_LABELS,
  LABOUR_CAPACITY_LABELS,
  RELATION_LABELS,
  STUDENT_STAGE_LABELS,
  type TMemberView,
} from '@mz/shared';
import { Button, Space, Table, Tag, Typography, theme } from 'antd';
import { CodeText } from '../../../../components/CodeText';
import { zhCN } from '../../../../i18n/zh-CN';
import { labelOf, saText } from '../../social-assistance.i18n';
import type { THouseholdDetail } from '../../social-assistance.types';

const t = saText.households;
const m = saText.member;
const L = saText.labels;

const yesNo = (v: boolean) => (v ? zhCN.common.yes : zhCN.common.no);

/** 家庭成员 tab: current members (editable) and, below, former members with the day they left. */
export const MembersTab = ({
  household,
  fullIds,
  onEdit,
}: {
  household: THouseholdDetail;
  /** Full ID numbers once revealed (查看完整身份证号), by member id. */
  fullIds: ReadonlyMap<number, string> | null;
  /** Present when the caller may edit members. */
  onEdit: ((member: TMemberView) => void) | undefined;
}) => {
  const { token } = theme.useToken();
  const memberColumns = (former: boolean) => [
    {
      title: m.name,
      dataIndex: 'name',
      width: 90,
      render: (name: string, row: TMemberView) => (
        <Space size={4}>
          {name}
          {row.relation === 'self' ? <Tag color="blue">{m.head}</Tag> : null}
        </Space>
      ),
    },
    { title: m.relation, dataIndex: 'relation', width: 90, render: (r: string) => labelOf(RELATION_LABELS, r) },
    {
      title: m.citizenId,
      dataIndex: 'citizenId',
      width: 180,
      render: (cid: string, row: TMemberView) => <CodeText>{fullIds?.get(row.id) ?? cid}</CodeText>,
    },
    { title: m.sex, dataIndex: 'sex', width: 50, render: (s: string) => labelOf(L.sex, s) },
    { title: m.birthDate, dataIndex: 'birthDate', width: 100 },
    { title: m.livesTogether, dataIndex: 'livesTogether', width: 80, render: yesNo },
    {
      title: m.disability,
      dataIndex: 'disability',
      width: 110,
      render: (d: TMemberView['disability']) =>
        d
          ? `${labelOf(DISABILITY_CATEGORY_NAMES, d.category)}${DISABILITY_GRADE_LABELS[d.grade as 1 | 2 | 3 | 4] ?? d.grade}`
          : zhCN.common.dash,
    },
    { title: m.majorIllness, dataIndex: 'hasMajorIllness', width: 60, render: (v: boolean) => (v ? zhCN.common.yes : zhCN.common.dash) },
    { title: m.labourCapacity, dataIndex: 'labourCapacity', width: 130, render: (v: string | null) => labelOf(LABOUR_CAPACITY_LABELS, v) },
    { title: m.employment, dataIndex: 'employment', width: 90, render: (v: string) => labelOf(EMPLOYMENT_STATUS_LABELS, v) },
    {
      title: m.student,
      dataIndex: 'student',
      width: 90,
      render: (s: TMemberView['student']) =>
        s ? `${labelOf(STUDENT_STAGE_LABELS, s.stage)}${s.fullTime ? '' : m.partTime}` : zhCN.common.dash,
    },
    {
      title: m.selfCare,
      dataIndex: 'selfCareFailedItems',
      width: 120,
      ellipsis: true,
      render: (items: string[]) => (items.length === 0 ? m.selfCareOk : m.selfCareFailed(items.map((i) => labelOf(L.adl, i)).join('、'))),
    },
    {
      title: m.exclusion,
      dataIndex: 'exclusion',
      width: 110,
      ellipsis: true,
      render: (v: string | null) => (v ? labelOf(EXCLUSION_STATUS_LABELS, v) : zhCN.common.dash),
    },
    former
      ? { title: m.validTo, dataIndex: 'validTo', width: 100 }
      : {
          title: zhCN.common.actions,
          key: 'actions',
          width: 70,
          fixed: 'right' as const,
          render: (_: unknown, row: TMemberView) =>
            onEdit ? (
              <Button size="small" type="link" onClick={() => onEdit(row)}>
                {saText.common.edit}
              </Button>
            ) : null,
        },
  ];

  return (
    <>
      <Table<TMemberView>
        size="small"
        rowKey="id"
        data-testid="household-members"
        dataSource={household.members}
        pagination={false}
        scroll={{ x: 1500 }}
        columns={memberColumns(false)}
      />
      {household.formerMembers.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ marginTop: token.margin }}>
            {t.tabs.formerMembers(household.formerMembers.length)}
          </Typography.Title>
          <Table<TMemberView>
            size="small"
            rowKey="id"
            dataSource={household.formerMembers}
            pagination={false}
            scroll={{ x: 1500 }}
            columns={memberColumns(true)}
          />
        </>
      ) : null}
    </>
  );
};
