import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Alert,
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Typography,
  theme,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { handleApiError } from '../../../api/handle-api-error';
import { useApi } from '../../../api/useApi';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect';
import { PageHeader } from '../../../components/PageHeader';
import { zhCN } from '../../../i18n/zh-CN';
import { useDivisionScope } from '../../division/hooks/useDivisionScope';
import { MemberFields } from '../components/MemberFields';
import {
  duplicateOf,
  headCountProblem,
  toHouseholdCreate,
  toHouseholdUpdate,
  type HouseholdFormValues,
  type MemberFormValues,
} from '../household-form';
import { assistanceApi, householdUrl } from '../social-assistance.api';
import { saText } from '../social-assistance.i18n';
import { AREA_OPTIONS } from '../social-assistance-options';
import type { THouseholdDetail } from '../social-assistance.types';

const t = saText.householdForm;
const h = saText.households;

const NEW_MEMBER: MemberFormValues = { livesTogether: true, employment: 'not-working', hasMajorIllness: false };

/** 新建 / 编辑 救助家庭. New households come with their members; later member changes go through change requests. */
export const HouseholdFormPage = () => {
  const params = useParams();
  const editId = params['id'] ? Number(params['id']) : null;
  const existing = useApi<THouseholdDetail>(editId ? householdUrl(editId) : null, { silent: true });
  if (editId !== null) {
    if (existing.error && !existing.data) {
      return (
        <Card>
          <Result status="404" title={h.notFound} subTitle={existing.error.message} />
        </Card>
      );
    }
    if (!existing.data) return <Card>{existing.loading ? <Skeleton active /> : null}</Card>;
    return <HouseholdForm existing={existing.data} />;
  }
  return <HouseholdForm existing={null} />;
};

const HouseholdForm = ({ existing }: { existing: THouseholdDetail | null }) => {
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const scope = useDivisionScope();
  const [form] = Form.useForm<HouseholdFormValues>();
  const [saving, setSaving] = useState(false);
  const [membersProblem, setMembersProblem] = useState<string | null>(null);
  const headName = existing?.members.find((m) => m.relation === 'self')?.name ?? h.unnamed;

  const submit = async (values: HouseholdFormValues) => {
    if (!existing) {
      const problem = headCountProblem(values.members ?? []);
      setMembersProblem(problem);
      if (problem) return;
    }
    setSaving(true);
    try {
      if (existing) {
        await assistanceApi.updateHousehold(existing.id, toHouseholdUpdate(values, existing.version));
        void message.success(t.updated);
        await navigate(scope.href(`/assistance/households/${existing.id}`));
      } else {
        const created = await assistanceApi.createHousehold(toHouseholdCreate(values));
        void message.success(t.created);
        await navigate(scope.href(`/assistance/households/${created.id}`));
      }
    } catch (error) {
      handleApiError(error, { form });
    } finally {
      setSaving(false);
    }
  };

  const initial: HouseholdFormValues = existing
    ? {
        divisionId: existing.divisionId,
        areaType: existing.areaType,
        address: existing.address,
        hukouAddress: existing.hukouAddress,
        residenceAddress: existing.residenceAddress,
        residencePermit: existing.residencePermit,
        separateRegistration: existing.separateRegistration,
        phone: existing.phone,
      }
    : {
        areaType: 'urban',
        residencePermit: false,
        separateRegistration: false,
        members: [{ ...NEW_MEMBER, relation: 'self' }],
        ...(scope.divisionId !== null ? { divisionId: scope.divisionId } : {}),
      };

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            items={[
              { title: <Link to={scope.href('/assistance/households')}>{h.title}</Link> },
              ...(existing
                ? [{ title: <Link to={scope.href(`/assistance/households/${existing.id}`)}>{h.detailTitle(headName)}</Link> }]
                : []),
              { title: existing ? saText.common.edit : t.createTitle },
            ]}
          />
        }
        title={existing ? t.editTitle(headName) : t.createTitle}
      />
      <Form<HouseholdFormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => void submit(v)}
        autoComplete="off"
        requiredMark
        scrollToFirstError
      >
        <Card size="small" title={h.basic} style={{ marginBottom: token.marginSM }}>
          <Row gutter={12}>
            <Col xs={24} md={6}>
              <Form.Item
                name="divisionId"
                label={saText.common.division}
                rules={[{ required: true, message: t.divisionRequired }]}
                extra={existing ? undefined : t.divisionHint}
              >
                {existing ? (
                  <Input disabled value={existing.divisionName} />
                ) : (
                  <DivisionTreeSelect
                    valueLabel={scope.divisionName}
                    placeholder={saText.common.divisionPlaceholder}
                    isSelectable={(d) => d.level === 'village' || d.level === 'township'}
                  />
                )}
              </Form.Item>
            </Col>
            <Col xs={24} md={3}>
              <Form.Item name="areaType" label={h.areaType} rules={[{ required: true, message: t.areaRequired }]}>
                <Select options={AREA_OPTIONS} />
              </Form.Item>
            </Col>
            <Col xs={24} md={9}>
              <Form.Item name="address" label={h.address} rules={[{ required: true, whitespace: true, message: t.addressRequired }]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="phone" label={h.phone}>
                <Input maxLength={20} />
              </Form.Item>
            </Col>
            <Col xs={24} md={9}>
              <Form.Item name="hukouAddress" label={h.hukouAddress}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={9}>
              <Form.Item name="residenceAddress" label={h.residenceAddress}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={12} md={3}>
              <Form.Item name="residencePermit" label={h.residencePermit} valuePropName="checked">
                <Checkbox />
              </Form.Item>
            </Col>
            <Col xs={12} md={3}>
              <Form.Item
                name="separateRegistration"
                label={h.separateRegistration}
                valuePropName="checked"
                tooltip={h.separateRegistrationHint}
              >
                <Checkbox />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        {existing ? (
          <Alert type="info" showIcon title={t.membersReadonly} style={{ marginBottom: token.marginSM }} />
        ) : (
          <Card
            size="small"
            title={t.membersTitle}
            extra={<Typography.Text type="secondary">{t.membersHint}</Typography.Text>}
            style={{ marginBottom: token.marginSM }}
          >
            {membersProblem ? <Alert type="error" showIcon title={membersProblem} style={{ marginBottom: token.marginSM }} /> : null}
            <Form.List name="members">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, index) => (
                    <div
                      key={field.key}
                      data-testid={`member-${index}`}
                      style={{
                        borderBottom: `1px dashed ${token.colorBorderSecondary}`,
                        marginBottom: token.marginSM,
                        paddingBottom: token.paddingXXS,
                      }}
                    >
                      <Space style={{ marginBottom: token.marginXXS }}>
                        <Typography.Text strong>{saText.member.ordinal(index + 1)}</Typography.Text>
                        {fields.length > 1 ? (
                          <Button size="small" type="link" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)}>
                            {saText.member.removeMember}
                          </Button>
                        ) : null}
                      </Space>
                      <MemberFields
                        prefix={[field.name]}
                        withIdentity
                        duplicateCheck={() => {
                          const members = (form.getFieldValue('members') ?? []) as MemberFormValues[];
                          const first = duplicateOf(members, index);
                          return first === null ? null : saText.member.duplicateId(first + 1);
                        }}
                      />
                    </div>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ ...NEW_MEMBER })} block>
                    {saText.member.add}
                  </Button>
                </>
              )}
            </Form.List>
          </Card>
        )}
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            {existing ? t.submitUpdate : t.submitCreate}
          </Button>
          <Button onClick={() => void navigate(-1)}>{zhCN.common.cancel}</Button>
        </Space>
      </Form>
    </>
  );
};
