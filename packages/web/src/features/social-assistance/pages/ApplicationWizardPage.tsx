import { CheckCircleOutlined, SearchOutlined } from '@ant-design/icons';
import { APPLICATION_CHANNEL_LABELS, ASSISTANCE_PROGRAMME_LABELS, RELATION_LABELS, type TApplicationCreate } from '@mz/shared';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  List,
  Radio,
  Result,
  Row,
  Select,
  Space,
  Steps,
  Table,
  Typography,
  theme,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { handleApiError } from '../../../api/handle-api-error';
import { useApi } from '../../../api/useApi';
import { CodeText } from '../../../components/CodeText';
import { PageHeader } from '../../../components/PageHeader';
import { zhCN } from '../../../i18n/zh-CN';
import { useDivisionScope } from '../../division/hooks/useDivisionScope';
import { materialsFor, missingItems, traitsOf } from '../application-materials';
import { ProgrammeTag } from '../components/CaseTags';
import { isAfterToday } from '../form-values';
import { assistanceApi, householdSearchUrl, householdUrl, type HouseholdPage } from '../social-assistance.api';
import { labelOf, saText } from '../social-assistance.i18n';
import { CHANNEL_OPTIONS } from '../social-assistance-options';
import type { THouseholdDetail, THouseholdSummary } from '../social-assistance.types';
import { PROGRAMME_OPTIONS } from '../workflow-progress';

const t = saText.wizard;

type WizardValues = {
  programme?: string;
  applicantMemberId?: number;
  channel?: string;
  appliedOn?: Dayjs;
  entrustedBy?: string;
  commitmentSigned?: boolean;
  authorisationSigned?: boolean;
  specialCase?: boolean;
  received?: string[];
  extraMissing?: string[];
  note?: string;
};

type Created = { id: number; oneTimeNotice: string[] };

const STEP_FIELDS: (keyof WizardValues)[][] = [
  [],
  ['programme', 'applicantMemberId'],
  ['channel', 'appliedOn', 'entrustedBy', 'commitmentSigned', 'authorisationSigned', 'specialCase'],
  ['received', 'extraMissing'],
  [],
];

/** 申请向导: household → programme and applicant → channel, commitment, authorisation → 一次性告知 → submit. */
export const ApplicationWizardPage = () => {
  const { token } = theme.useToken();
  const scope = useDivisionScope();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const preset = Number(searchParams.get('household'));
  const [householdId, setHouseholdId] = useState<number | null>(Number.isSafeInteger(preset) && preset > 0 ? preset : null);
  const [step, setStep] = useState(householdId ? 1 : 0);
  const [form] = Form.useForm<WizardValues>();
  const [submitting, setSubmitting] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const household = useApi<THouseholdDetail>(householdId ? householdUrl(householdId) : null);
  const detail = household.data?.id === householdId ? household.data : undefined;
  const head = detail?.members.find((m) => m.relation === 'self');

  const programme = Form.useWatch('programme', { form, preserve: true });
  const received = Form.useWatch('received', { form, preserve: true });
  const extra = Form.useWatch('extraMissing', { form, preserve: true });
  const authorisation = Form.useWatch('authorisationSigned', { form, preserve: true });
  const checklist = useMemo(() => (programme && detail ? materialsFor(programme, traitsOf(detail.members)) : []), [programme, detail]);
  const missing = missingItems(checklist, received ?? [], extra ?? []);

  const next = async () => {
    try {
      await form.validateFields(STEP_FIELDS[step] ?? []);
    } catch {
      return;
    }
    setStep((s) => s + 1);
  };

  const submit = async () => {
    if (!detail) return;
    const v = form.getFieldsValue(true) as WizardValues;
    const body: TApplicationCreate = {
      householdId: detail.id,
      programme: v.programme as TApplicationCreate['programme'],
      channel: (v.channel ?? 'counter') as TApplicationCreate['channel'],
      appliedOn: (v.appliedOn ?? dayjs()).format('YYYY-MM-DD'),
      applicantMemberId: v.applicantMemberId ?? 0,
      entrustedBy: v.entrustedBy?.trim() || null,
      commitmentSigned: v.commitmentSigned ?? false,
      authorisationSigned: v.authorisationSigned ?? false,
      missingItems: missing,
      specialCase: v.specialCase ?? false,
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
    };
    setSubmitting(true);
    try {
      const result = await assistanceApi.createApplication(body);
      setCreated({ id: result.id, oneTimeNotice: result.oneTimeNotice });
    } catch (error) {
      handleApiError(error);
    } finally {
      setSubmitting(false);
    }
  };

  const header = (
    <PageHeader
      breadcrumb={
        <Breadcrumb
          items={[{ title: <Link to={scope.href('/assistance/applications')}>{saText.applications.title}</Link> }, { title: t.title }]}
        />
      }
      title={t.title}
      subTitle={head ? t.picked(head.name) : t.pickHint}
    />
  );

  if (created) {
    return (
      <>
        {header}
        <Card>
          <Result
            status="success"
            title={t.submitted}
            subTitle={t.submittedHint(created.id)}
            extra={[
              <Button type="primary" key="open" onClick={() => void navigate(scope.href(`/assistance/applications/${created.id}`))}>
                {t.openCase}
              </Button>,
              <Button key="again" onClick={() => void navigate(scope.href('/assistance/households'))}>
                {t.newApplication}
              </Button>,
            ]}
          >
            {created.oneTimeNotice.length > 0 ? (
              <div data-testid="one-time-notice">
                <Typography.Title level={5}>{t.noticeTitle}</Typography.Title>
                <Typography.Paragraph>{t.noticeBody}</Typography.Paragraph>
                <ol>
                  {created.oneTimeNotice.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ol>
              </div>
            ) : (
              <Typography.Text type="success">{t.missingNone}</Typography.Text>
            )}
          </Result>
        </Card>
      </>
    );
  }

  return (
    <>
      {header}
      <Card size="small" style={{ marginBottom: token.marginSM }}>
        <Steps size="small" current={step} items={t.steps.map((title) => ({ title }))} />
      </Card>
      <Form<WizardValues>
        form={form}
        layout="vertical"
        initialValues={{
          channel: 'counter',
          appliedOn: dayjs(),
          commitmentSigned: false,
          authorisationSigned: false,
          specialCase: false,
          received: [],
          extraMissing: [],
        }}
      >
        <Card size="small" style={{ marginBottom: token.marginSM }}>
          {step === 0 ? (
            <HouseholdPicker
              selected={householdId}
              onPick={(id) => {
                setHouseholdId(id);
                setStep(1);
              }}
            />
          ) : null}
          {step === 1 && detail ? (
            <Row gutter={token.margin}>
              <Col xs={24} md={14}>
                <Form.Item
                  name="programme"
                  label={saText.common.programme}
                  extra={t.programmeHint}
                  rules={[{ required: true, message: t.programmeRequired }]}
                >
                  <Radio.Group style={{ width: '100%' }}>
                    <Flex vertical gap={token.marginXS}>
                      {PROGRAMME_OPTIONS.map((o) => (
                        <Radio key={o.value} value={o.value}>
                          <Typography.Text strong>{o.label}</Typography.Text>
                          <br />
                          <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                            {t.programmeDescriptions[o.value]}
                          </Typography.Text>
                        </Radio>
                      ))}
                    </Flex>
                  </Radio.Group>
                </Form.Item>
              </Col>
              <Col xs={24} md={10}>
                <Form.Item
                  name="applicantMemberId"
                  label={t.applicant}
                  extra={t.applicantHint}
                  rules={[{ required: true, message: t.applicantRequired }]}
                >
                  <Radio.Group>
                    <Flex vertical gap={token.marginXXS}>
                      {detail.members
                        .filter((m) => m.livesTogether)
                        .map((m) => (
                          <Radio key={m.id} value={m.id}>
                            {m.name}（{labelOf(RELATION_LABELS, m.relation)}，<CodeText>{m.citizenId}</CodeText>）
                          </Radio>
                        ))}
                    </Flex>
                  </Radio.Group>
                </Form.Item>
              </Col>
            </Row>
          ) : null}
          {step === 2 ? (
            <Row gutter={token.margin}>
              <Col xs={24} md={8}>
                <Form.Item name="channel" label={t.channel}>
                  <Radio.Group optionType="button" options={CHANNEL_OPTIONS} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="appliedOn" label={t.appliedOn} rules={[{ required: true, message: saText.common.dateRequired }]}>
                  <DatePicker disabledDate={isAfterToday} allowClear={false} style={{ width: 180 }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="entrustedBy" label={t.entrustedBy} extra={t.entrustedHint}>
                  <Input maxLength={100} />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item name="commitmentSigned" valuePropName="checked" style={{ marginBottom: token.marginXS }}>
                  <Checkbox>{t.commitment}</Checkbox>
                </Form.Item>
                <Form.Item name="authorisationSigned" valuePropName="checked" style={{ marginBottom: token.marginXS }}>
                  <Checkbox>{t.authorisation}</Checkbox>
                </Form.Item>
                <Form.Item name="specialCase" valuePropName="checked">
                  <Checkbox>{t.specialCase}</Checkbox>
                </Form.Item>
                {authorisation ? null : <Alert type="warning" showIcon title={t.authorisationWarning} />}
              </Col>
            </Row>
          ) : null}
          {step === 3 ? (
            <>
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {t.materialsTitle}
              </Typography.Title>
              <Typography.Paragraph type="secondary">{t.materialsHint}</Typography.Paragraph>
              <Form.Item name="received">
                <Checkbox.Group style={{ width: '100%' }}>
                  <Row gutter={[token.margin, token.marginXS]}>
                    {checklist.map((item) => (
                      <Col key={item} xs={24} md={12}>
                        <Checkbox value={item}>{item}</Checkbox>
                      </Col>
                    ))}
                  </Row>
                </Checkbox.Group>
              </Form.Item>
              <Form.Item name="extraMissing" label={t.extraMissing}>
                <Select mode="tags" placeholder={t.extraMissingPlaceholder} open={false} suffixIcon={null} />
              </Form.Item>
              {missing.length === 0 ? (
                <Alert type="success" showIcon title={t.missingNone} />
              ) : (
                <Alert
                  type="warning"
                  showIcon
                  title={t.missingList(missing.length)}
                  description={missing.join('、')}
                  data-testid="missing-items"
                />
              )}
            </>
          ) : null}
          {step === 4 && detail ? <Summary detail={detail} values={form.getFieldsValue(true) as WizardValues} missing={missing} /> : null}
        </Card>
      </Form>
      <Space>
        {step > 0 ? <Button onClick={() => setStep((s) => s - 1)}>{t.previous}</Button> : null}
        {step > 0 && step < 4 ? (
          <Button type="primary" onClick={() => void next()} disabled={!detail}>
            {t.next}
          </Button>
        ) : null}
        {step === 4 ? (
          <Button type="primary" icon={<CheckCircleOutlined />} loading={submitting} onClick={() => void submit()}>
            {t.submit}
          </Button>
        ) : null}
      </Space>
    </>
  );
};

const Summary = ({ detail, values, missing }: { detail: THouseholdDetail; values: WizardValues; missing: string[] }) => {
  const applicant = detail.members.find((m) => m.id === values.applicantMemberId);
  const yes = (v: boolean | undefined) => (v ? saText.case.signed : saText.case.notSigned);
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t.summary}
      </Typography.Title>
      <Descriptions bordered size="small" column={2}>
        <Descriptions.Item label={saText.common.household}>
          {detail.members.find((m) => m.relation === 'self')?.name ?? zhCN.common.dash}（{detail.divisionName}，{detail.address}）
        </Descriptions.Item>
        <Descriptions.Item label={saText.common.programme}>{labelOf(ASSISTANCE_PROGRAMME_LABELS, values.programme)}</Descriptions.Item>
        <Descriptions.Item label={t.applicant}>{applicant?.name ?? zhCN.common.dash}</Descriptions.Item>
        <Descriptions.Item label={t.channel}>{labelOf(APPLICATION_CHANNEL_LABELS, values.channel)}</Descriptions.Item>
        <Descriptions.Item label={t.appliedOn}>{values.appliedOn?.format('YYYY-MM-DD')}</Descriptions.Item>
        <Descriptions.Item label={t.entrustedBy}>{values.entrustedBy || zhCN.common.dash}</Descriptions.Item>
        <Descriptions.Item label={saText.case.commitment}>{yes(values.commitmentSigned)}</Descriptions.Item>
        <Descriptions.Item label={saText.case.authorisation}>{yes(values.authorisationSigned)}</Descriptions.Item>
        <Descriptions.Item label={saText.case.missingItems} span={2}>
          {missing.length === 0 ? t.missingNone : missing.join('、')}
        </Descriptions.Item>
      </Descriptions>
    </>
  );
};

const HouseholdPicker = ({ selected, onPick }: { selected: number | null; onPick: (id: number) => void }) => {
  const { token } = theme.useToken();
  const scope = useDivisionScope();
  const [query, setQuery] = useState<{ name?: string; citizenId?: string } | null>(null);
  const { data, loading } = useApi<HouseholdPage>(
    query ? householdSearchUrl({ ...query, status: 'active', divisionId: scope.divisionId, page: 1, pageSize: 20 }) : null,
  );
  return (
    <>
      <Typography.Paragraph type="secondary">{t.pickHint}</Typography.Paragraph>
      <Form
        layout="inline"
        style={{ rowGap: token.marginXS, marginBottom: token.marginSM }}
        onFinish={(v: { name?: string; citizenId?: string }) =>
          setQuery({
            ...(v.name?.trim() ? { name: v.name.trim() } : {}),
            ...(v.citizenId?.trim() ? { citizenId: v.citizenId.trim() } : {}),
          })
        }
      >
        <Form.Item name="name" label={saText.households.name}>
          <Input allowClear placeholder={saText.households.namePlaceholder} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="citizenId" label={saText.households.citizenId}>
          <Input allowClear placeholder={saText.households.citizenIdPlaceholder} maxLength={18} style={{ width: 230 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
            {t.pickHousehold}
          </Button>
        </Form.Item>
      </Form>
      <Table<THouseholdSummary>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        columns={[
          { title: saText.common.headName, dataIndex: 'headName', width: 100 },
          {
            title: saText.households.headCitizenId,
            dataIndex: 'headCitizenIdMasked',
            width: 190,
            render: (id: string | null) => <CodeText>{id ?? zhCN.common.dash}</CodeText>,
          },
          { title: saText.common.division, dataIndex: 'divisionName', width: 120 },
          { title: saText.households.address, dataIndex: 'address', ellipsis: true },
          { title: saText.common.members, dataIndex: 'memberCount', width: 60 },
          {
            title: saText.households.programmes,
            dataIndex: 'programmes',
            width: 150,
            render: (list: string[]) => (
              <Space size={4}>
                {list.map((p) => (
                  <ProgrammeTag key={p} programme={p} />
                ))}
              </Space>
            ),
          },
          {
            title: zhCN.common.actions,
            key: 'pick',
            width: 90,
            render: (_: unknown, row) => (
              <Button size="small" type={selected === row.id ? 'default' : 'primary'} onClick={() => onPick(row.id)}>
                {selected === row.id ? t.chosen : t.choose}
              </Button>
            ),
          },
        ]}
      />
      {data && data.items.length === 0 ? (
        <List size="small">
          <List.Item>
            <Link to={scope.href('/assistance/households/new')}>{saText.households.create}</Link>
          </List.Item>
        </List>
      ) : null}
    </>
  );
};
