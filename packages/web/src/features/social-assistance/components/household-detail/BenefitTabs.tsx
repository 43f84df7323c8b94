import { Table } from 'antd';
import { Link } from 'react-router';
import { CodeText } from '../../../../components/CodeText';
import { zhCN } from '../../../../i18n/zh-CN';
import { useDivisionScope } from '../../../division/hooks/useDivisionScope';
import { formatFen } from '../../money-format';
import { labelOf, saText } from '../../social-assistance.i18n';
import type { HouseholdApplicationRef, PaymentAccountView, RecipientRow } from '../../social-assistance.types';
import { ProgrammeTag, StatusTag } from '../CaseTags';
import { AddButton } from './registry-buttons';

const L = saText.labels;

/** 救助申请 tab: the household's cases with their status and amount. */
export const ApplicationsTab = ({ applications }: { applications: HouseholdApplicationRef[] }) => {
  const scope = useDivisionScope();
  return (
    <Table<HouseholdApplicationRef>
      size="small"
      rowKey="id"
      dataSource={applications}
      pagination={false}
      columns={[
        {
          title: '#',
          dataIndex: 'id',
          width: 110,
          render: (aid: number) => <Link to={scope.href(`/assistance/applications/${aid}`)}>{saText.common.caseNo(aid)}</Link>,
        },
        {
          title: saText.common.programme,
          dataIndex: 'programme',
          width: 100,
          render: (p: string) => <ProgrammeTag programme={p} />,
        },
        { title: saText.common.status, dataIndex: 'status', width: 140, render: (s: string) => <StatusTag status={s} /> },
        { title: saText.applications.appliedOn, dataIndex: 'applied_on', width: 110 },
        {
          title: saText.applications.decidedOn,
          dataIndex: 'decided_on',
          width: 110,
          render: (d: string | null) => d ?? zhCN.common.dash,
        },
        {
          title: saText.common.monthlyAmount,
          dataIndex: 'amount_fen',
          align: 'right',
          render: (f: number | null) => <CodeText>{formatFen(f)}</CodeText>,
        },
      ]}
    />
  );
};

/** 收款账户 tab: the accounts benefits are paid into, current and past. */
export const AccountsTab = ({
  accounts,
  loading,
  names,
  canEdit,
  onSet,
}: {
  accounts: PaymentAccountView[];
  loading: boolean;
  names: ReadonlyMap<number, string>;
  canEdit: boolean;
  onSet: () => void;
}) => (
  <>
    {canEdit ? <AddButton onClick={onSet}>{saText.account.set}</AddButton> : null}
    <Table<PaymentAccountView>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={accounts}
      pagination={false}
      columns={[
        { title: saText.account.member, dataIndex: 'memberId', width: 100, render: (mid: number) => names.get(mid) ?? mid },
        { title: saText.account.accountName, dataIndex: 'accountName', width: 120 },
        {
          title: saText.account.accountNo,
          dataIndex: 'accountNo',
          width: 220,
          render: (n: string) => <CodeText>{n}</CodeText>,
        },
        { title: saText.account.bankName, dataIndex: 'bankName' },
        { title: saText.account.validFrom, dataIndex: 'validFrom', width: 110 },
        {
          title: saText.account.validTo,
          dataIndex: 'validTo',
          width: 110,
          render: (d: string | null) => d ?? zhCN.common.untilNow,
        },
      ]}
    />
  </>
);

/** 救助对象 tab: the household's benefits (低保, 特困 …), their months and next review. */
export const RecipientsTab = ({ recipients }: { recipients: RecipientRow[] }) => {
  const scope = useDivisionScope();
  return (
    <Table<RecipientRow>
      size="small"
      rowKey="id"
      dataSource={recipients}
      pagination={false}
      columns={[
        {
          title: saText.recipients.programme,
          dataIndex: 'programme',
          width: 100,
          render: (p: string) => <ProgrammeTag programme={p} />,
        },
        { title: saText.recipients.unit, dataIndex: 'unit', width: 90, render: (u: string) => labelOf(L.recipientUnit, u) },
        { title: saText.common.members, dataIndex: 'member_count', width: 70 },
        { title: saText.recipients.startMonth, dataIndex: 'start_month', width: 110, render: (d: string) => d.slice(0, 7) },
        {
          title: saText.recipients.endMonth,
          dataIndex: 'end_month',
          width: 110,
          render: (d: string | null) => d?.slice(0, 7) ?? zhCN.common.dash,
        },
        {
          title: saText.recipients.nextReview,
          dataIndex: 'next_review_on',
          width: 110,
          render: (d: string | null) => d ?? zhCN.common.dash,
        },
        { title: saText.common.status, dataIndex: 'status', render: (s: string) => labelOf(L.recipientStatus, s) },
        {
          title: saText.applications.title,
          dataIndex: 'application_id',
          render: (aid: number | null) =>
            aid ? <Link to={scope.href(`/assistance/applications/${aid}`)}>{saText.common.caseNo(aid)}</Link> : zhCN.common.dash,
        },
      ]}
    />
  );
};
