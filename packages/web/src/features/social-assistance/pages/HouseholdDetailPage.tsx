import { EditOutlined, EyeInvisibleOutlined, EyeOutlined, FileAddOutlined, PlusOutlined } from '@ant-design/icons';
import {
  AREA_TYPE_LABELS,
  DISABILITY_CATEGORY_NAMES,
  DISABILITY_GRADE_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  EXCLUSION_STATUS_LABELS,
  HOUSEHOLD_CHANGE_KIND_LABELS,
  HOUSEHOLD_STATUS_LABELS,
  LABOUR_CAPACITY_LABELS,
  RELATION_LABELS,
  STUDENT_STAGE_LABELS,
  maskCitizenId,
  type TMemberView,
} from '@mz/shared';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Popconfirm,
  Result,
  Skeleton,
  Space,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
  theme,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { handleApiError } from '../../../api/handle-api-error';
import { useApi } from '../../../api/useApi';
import { CodeText } from '../../../components/CodeText';
import { PageHeader } from '../../../components/PageHeader';
import { zhCN } from '../../../i18n/zh-CN';
import { useDivisionScope } from '../../division/hooks/useDivisionScope';
import { useCan } from '../../identity/hooks/useAuth';
import { ProgrammeTag, StatusTag } from '../components/CaseTags';
import { AccountModal, ChangeRequestModal, IncomeModal, MemberEditModal, ObligorModal, PropertyModal } from '../components/RegistryModals';
import { formatFen, sumFen } from '../money-format';
import { accountsUrl, assistanceApi, householdUrl } from '../social-assistance.api';
import { labelOf, saText } from '../social-assistance.i18n';
import type {
  HouseholdApplicationRef,
  HouseholdChangeRow,
  IncomeItemRow,
  ObligorRow,
  PaymentAccountList,
  PaymentAccountView,
  PropertyItemRow,
  RecipientRow,
  THouseholdDetail,
} from '../social-assistance.types';

const t = saText.households;
const m = saText.member;
const L = saText.labels;

type Modal = 'income' | 'property' | 'obligor' | 'change' | 'account' | { member: TMemberView } | null;

const yesNo = (v: boolean) => (v ? zhCN.common.yes : zhCN.common.no);

/** 家庭档案详情: members, income, property, obligors, change history, applications and benefits. */
export const HouseholdDetailPage = () => {
  const params = useParams();
  const id = Number(params['id']);
  const valid = Number.isSafeInteger(id) && id > 0;
  const { data, error, loading, reload } = useApi<THouseholdDetail>(valid ? householdUrl(id) : null, { silent: true });
  const household = data?.id === id ? data : undefined;

  if (!valid || (error && !household)) {
    return (
      <Card>
        <Result status="404" title={t.notFound} subTitle={error?.message} />
      </Card>
    );
  }
  if (!household) return <Card>{loading ? <Skeleton active /> : null}</Card>;
  return <HouseholdDetail household={household} reload={reload} />;
};

const HouseholdDetail = ({ household, reload }: { household: THouseholdDetail; reload: () => void }) => {
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const scope = useDivisionScope();
  const navigate = useNavigate();
  const can = useCan();
  const canApply = can('assistance:apply') && household.status === 'active';
  const [modal, setModal] = useState<Modal>(null);
  const [fullIds, setFullIds] = useState<Map<number, string> | null>(null);
  const [revealing, setRevealing] = useState(false);
  const head = household.members.find((x) => x.relation === 'self');
  const names = useMemo(
    () => new Map([...household.members, ...household.formerMembers].map((x) => [x.id, x.name])),
    [household.members, household.formerMembers],
  );
  const accounts = useApi<PaymentAccountList>(accountsUrl(household.id), { silent: true });
  const done = () => {
    setModal(null);
    reload();
    accounts.reload();
  };

  const revealIds = async () => {
    if (fullIds) {
      setFullIds(null);
      return;
    }
    setRevealing(true);
    try {
      const personal = await assistanceApi.readPersonalData(household.id);
      setFullIds(new Map(personal.members.map((x) => [x.id, x.citizenId])));
      void message.info(t.idsShown);
    } catch (e) {
      handleApiError(e);
    } finally {
      setRevealing(false);
    }
  };

  const remove = async (action: () => Promise<unknown>) => {
    try {
      await action();
      void message.success(saText.common.removed);
      reload();
    } catch (e) {
      handleApiError(e);
    }
  };
  const removeButton = (action: () => Promise<unknown>) =>
    canApply ? (
      <Popconfirm title={saText.common.removeConfirm} onConfirm={() => remove(action)}>
        <Button size="small" type="link" danger>
          {saText.common.remove}
        </Button>
      </Popconfirm>
    ) : null;

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
            canApply ? (
              <Button size="small" type="link" onClick={() => setModal({ member: row })}>
                {saText.common.edit}
              </Button>
            ) : null,
        },
  ];

  const incomeTotal = sumFen(household.incomeItems.map((i) => i.amount_fen));

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            items={[
              { title: <Link to={scope.href('/assistance/households')}>{t.title}</Link> },
              { title: t.detailTitle(head?.name ?? t.unnamed) },
            ]}
          />
        }
        title={
          <Space>
            {t.detailTitle(head?.name ?? t.unnamed)}
            <Tag color={household.status === 'active' ? 'success' : 'default'}>{labelOf(HOUSEHOLD_STATUS_LABELS, household.status)}</Tag>
            {household.recipients
              .filter((r) => r.status !== 'stopped')
              .map((r) => (
                <ProgrammeTag key={r.id} programme={r.programme} />
              ))}
          </Space>
        }
        subTitle={`${household.divisionName} · ${household.address}`}
        extra={
          <>
            {can('personal-data:read') ? (
              <Tooltip title={t.showIdsHint}>
                <Button icon={fullIds ? <EyeInvisibleOutlined /> : <EyeOutlined />} loading={revealing} onClick={() => void revealIds()}>
                  {fullIds ? t.hideIds : t.showIds}
                </Button>
              </Tooltip>
            ) : null}
            {canApply ? (
              <>
                <Button icon={<EditOutlined />} onClick={() => void navigate(scope.href(`/assistance/households/${household.id}/edit`))}>
                  {saText.common.edit}
                </Button>
                <Button
                  type="primary"
                  icon={<FileAddOutlined />}
                  onClick={() => void navigate(scope.href(`/assistance/applications/new?household=${household.id}`))}
                >
                  {t.apply}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      {fullIds ? <Alert type="warning" showIcon title={t.idsShown} style={{ marginBottom: token.marginSM }} /> : null}
      <Card size="small" style={{ marginBottom: token.marginSM }}>
        <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 4 }}>
          <Descriptions.Item label={saText.common.division}>{household.divisionName}</Descriptions.Item>
          <Descriptions.Item label={t.areaType}>{labelOf(AREA_TYPE_LABELS, household.areaType)}</Descriptions.Item>
          <Descriptions.Item label={t.address}>{household.address}</Descriptions.Item>
          <Descriptions.Item label={t.phone}>{household.phone ?? zhCN.common.dash}</Descriptions.Item>
          <Descriptions.Item label={t.hukouAddress}>{household.hukouAddress ?? zhCN.common.dash}</Descriptions.Item>
          <Descriptions.Item label={t.residenceAddress}>{household.residenceAddress ?? zhCN.common.dash}</Descriptions.Item>
          <Descriptions.Item label={t.residencePermit}>{yesNo(household.residencePermit)}</Descriptions.Item>
          <Descriptions.Item label={t.separateRegistration}>{yesNo(household.separateRegistration)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small">
        <Tabs
          size="small"
          items={[
            {
              key: 'members',
              label: t.tabs.members(household.members.length),
              children: (
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
              ),
            },
            {
              key: 'income',
              label: t.tabs.income(household.incomeItems.length),
              children: (
                <>
                  {canApply ? (
                    <Button
                      size="small"
                      icon={<PlusOutlined />}
                      onClick={() => setModal('income')}
                      style={{ marginBottom: token.marginXS }}
                    >
                      {saText.income.add}
                    </Button>
                  ) : null}
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
                        render: (_: unknown, row) => removeButton(() => assistanceApi.removeIncomeItem(household.id, row.id)),
                      },
                    ]}
                  />
                </>
              ),
            },
            {
              key: 'property',
              label: t.tabs.property(household.propertyItems.length),
              children: (
                <>
                  {canApply ? (
                    <Button
                      size="small"
                      icon={<PlusOutlined />}
                      onClick={() => setModal('property')}
                      style={{ marginBottom: token.marginXS }}
                    >
                      {saText.property.add}
                    </Button>
                  ) : null}
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
                        render: (_: unknown, row) => removeButton(() => assistanceApi.removePropertyItem(household.id, row.id)),
                      },
                    ]}
                  />
                </>
              ),
            },
            {
              key: 'obligors',
              label: t.tabs.obligors(household.obligors.length),
              children: (
                <>
                  {canApply ? (
                    <Button
                      size="small"
                      icon={<PlusOutlined />}
                      onClick={() => setModal('obligor')}
                      style={{ marginBottom: token.marginXS }}
                    >
                      {saText.obligor.add}
                    </Button>
                  ) : null}
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
                        render: (_: unknown, row) => removeButton(() => assistanceApi.removeObligor(household.id, row.id)),
                      },
                    ]}
                  />
                </>
              ),
            },
            {
              key: 'changes',
              label: t.tabs.changes(household.changes.length),
              children: <ChangesTab household={household} canRequest={canApply} onRequest={() => setModal('change')} reload={reload} />,
            },
            {
              key: 'applications',
              label: t.tabs.applications(household.applications.length),
              children: (
                <Table<HouseholdApplicationRef>
                  size="small"
                  rowKey="id"
                  dataSource={household.applications}
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
              ),
            },
            {
              key: 'accounts',
              label: saText.account.tab((accounts.data?.items ?? []).filter((a) => a.validTo === null).length),
              children: (
                <>
                  {canApply ? (
                    <Button
                      size="small"
                      icon={<PlusOutlined />}
                      onClick={() => setModal('account')}
                      style={{ marginBottom: token.marginXS }}
                    >
                      {saText.account.set}
                    </Button>
                  ) : null}
                  <Table<PaymentAccountView>
                    size="small"
                    rowKey="id"
                    loading={accounts.loading}
                    dataSource={accounts.data?.items ?? []}
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
              ),
            },
            {
              key: 'recipients',
              label: t.tabs.recipients(household.recipients.length),
              children: (
                <Table<RecipientRow>
                  size="small"
                  rowKey="id"
                  dataSource={household.recipients}
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
                        aid ? (
                          <Link to={scope.href(`/assistance/applications/${aid}`)}>{saText.common.caseNo(aid)}</Link>
                        ) : (
                          zhCN.common.dash
                        ),
                    },
                  ]}
                />
              ),
            },
          ]}
        />
      </Card>
      {modal === 'income' ? <IncomeModal household={household} onClose={() => setModal(null)} onDone={done} /> : null}
      {modal === 'property' ? <PropertyModal household={household} onClose={() => setModal(null)} onDone={done} /> : null}
      {modal === 'obligor' ? <ObligorModal household={household} onClose={() => setModal(null)} onDone={done} /> : null}
      {modal === 'change' ? <ChangeRequestModal household={household} onClose={() => setModal(null)} onDone={done} /> : null}
      {modal === 'account' ? <AccountModal household={household} onClose={() => setModal(null)} onDone={done} /> : null}
      {modal !== null && typeof modal === 'object' ? (
        <MemberEditModal household={household} member={modal.member} onClose={() => setModal(null)} onDone={done} />
      ) : null}
    </>
  );
};

const describeChange = (row: HouseholdChangeRow, names: ReadonlyMap<number, string>): string => {
  const payload = row.payload;
  if (row.kind === 'add-member') {
    const member = payload['member'] as { name?: string; citizenId?: string } | undefined;
    // The server keeps the full number in the request; the list shows it masked like everywhere else.
    return saText.change.describeAdd(member?.name ?? '', member?.citizenId ? maskCitizenId(member.citizenId) : '');
  }
  if (row.kind === 'remove-member') {
    const memberId = Number(payload['memberId']);
    return saText.change.describeRemove(names.get(memberId) ?? String(memberId));
  }
  return saText.change.describeOther;
};

const ChangesTab = ({
  household,
  canRequest,
  onRequest,
  reload,
}: {
  household: THouseholdDetail;
  canRequest: boolean;
  onRequest: () => void;
  reload: () => void;
}) => {
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const can = useCan();
  const names = new Map([...household.members, ...household.formerMembers].map((x) => [x.id, x.name]));
  const decide = async (changeId: number, apply: boolean) => {
    try {
      if (apply) await assistanceApi.applyChange(changeId);
      else await assistanceApi.rejectChange(changeId);
      void message.success(apply ? saText.change.applied : saText.change.rejected);
      reload();
    } catch (e) {
      handleApiError(e);
    }
  };
  return (
    <>
      {canRequest ? (
        <Button size="small" icon={<PlusOutlined />} onClick={onRequest} style={{ marginBottom: token.marginXS }}>
          {saText.change.request}
        </Button>
      ) : null}
      <Table<HouseholdChangeRow>
        size="small"
        rowKey="id"
        dataSource={household.changes}
        pagination={false}
        columns={[
          {
            title: saText.change.requestedAt,
            dataIndex: 'requested_at',
            width: 150,
            render: (at: string) => at.slice(0, 16).replace('T', ' '),
          },
          { title: saText.change.kind, dataIndex: 'kind', width: 90, render: (k: string) => labelOf(HOUSEHOLD_CHANGE_KIND_LABELS, k) },
          { title: saText.change.detail, key: 'detail', render: (_: unknown, row) => describeChange(row, names) },
          { title: saText.change.reason, dataIndex: 'reason', ellipsis: true },
          { title: saText.change.effectiveOn, dataIndex: 'effective_on', width: 100 },
          {
            title: saText.change.status,
            dataIndex: 'status',
            width: 80,
            render: (s: string) => (
              <Tag color={s === 'applied' ? 'success' : s === 'rejected' ? 'default' : 'processing'}>
                {labelOf(saText.labels.changeStatus, s)}
              </Tag>
            ),
          },
          {
            title: zhCN.common.actions,
            key: 'a',
            width: 140,
            render: (_: unknown, row) =>
              row.status === 'pending' && can('assistance:review') ? (
                <Space size={0}>
                  <Popconfirm title={saText.change.applyConfirm} onConfirm={() => decide(row.id, true)}>
                    <Button size="small" type="link">
                      {saText.change.apply}
                    </Button>
                  </Popconfirm>
                  <Popconfirm title={saText.change.rejectConfirm} onConfirm={() => decide(row.id, false)}>
                    <Button size="small" type="link" danger>
                      {saText.change.reject}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]}
      />
    </>
  );
};
