import { EditOutlined, EyeInvisibleOutlined, EyeOutlined, FileAddOutlined } from '@ant-design/icons';
import { AREA_TYPE_LABELS, HOUSEHOLD_STATUS_LABELS, type TMemberView } from '@mz/shared';
import { Alert, App, Breadcrumb, Button, Card, Descriptions, Result, Skeleton, Space, Tabs, Tag, Tooltip, theme } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { handleApiError } from '../../../api/handle-api-error';
import { useApi } from '../../../api/useApi';
import { PageHeader } from '../../../components/PageHeader';
import { zhCN } from '../../../i18n/zh-CN';
import { useDivisionScope } from '../../division/hooks/useDivisionScope';
import { useCan } from '../../identity/hooks/useAuth';
import { ProgrammeTag } from '../components/CaseTags';
import { AccountsTab, ApplicationsTab, RecipientsTab } from '../components/household-detail/BenefitTabs';
import { ChangesTab } from '../components/household-detail/ChangesTab';
import { IncomeTab } from '../components/household-detail/IncomeTab';
import { MembersTab } from '../components/household-detail/MembersTab';
import { ObligorsTab } from '../components/household-detail/ObligorsTab';
import { PropertyTab } from '../components/household-detail/PropertyTab';
import { memberNames } from '../components/household-detail/registry-buttons';
import { AccountModal, ChangeRequestModal, IncomeModal, MemberEditModal, ObligorModal, PropertyModal } from '../components/RegistryModals';
import { accountsUrl, assistanceApi, householdUrl } from '../social-assistance.api';
import { labelOf, saText } from '../social-assistance.i18n';
import type { PaymentAccountList, THouseholdDetail } from '../social-assistance.types';

const t = saText.households;

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
  const names = useMemo(() => memberNames(household), [household]);
  const accounts = useApi<PaymentAccountList>(accountsUrl(household.id), { silent: true });
  const accountItems = accounts.data?.items ?? [];
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

  const registry = { household, names, canEdit: canApply, onRemoved: reload };

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
                <MembersTab household={household} fullIds={fullIds} onEdit={canApply ? (member) => setModal({ member }) : undefined} />
              ),
            },
            {
              key: 'income',
              label: t.tabs.income(household.incomeItems.length),
              children: <IncomeTab {...registry} onAdd={() => setModal('income')} />,
            },
            {
              key: 'property',
              label: t.tabs.property(household.propertyItems.length),
              children: <PropertyTab {...registry} onAdd={() => setModal('property')} />,
            },
            {
              key: 'obligors',
              label: t.tabs.obligors(household.obligors.length),
              children: <ObligorsTab {...registry} onAdd={() => setModal('obligor')} />,
            },
            {
              key: 'changes',
              label: t.tabs.changes(household.changes.length),
              children: (
                <ChangesTab
                  household={household}
                  names={names}
                  canRequest={canApply}
                  onRequest={() => setModal('change')}
                  reload={reload}
                />
              ),
            },
            {
              key: 'applications',
              label: t.tabs.applications(household.applications.length),
              children: <ApplicationsTab applications={household.applications} />,
            },
            {
              key: 'accounts',
              label: saText.account.tab(accountItems.filter((a) => a.validTo === null).length),
              children: (
                <AccountsTab
                  accounts={accountItems}
                  loading={accounts.loading}
                  names={names}
                  canEdit={canApply}
                  onSet={() => setModal('account')}
                />
              ),
            },
            {
              key: 'recipients',
              label: t.tabs.recipients(household.recipients.length),
              children: <RecipientsTab recipients={household.recipients} />,
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
