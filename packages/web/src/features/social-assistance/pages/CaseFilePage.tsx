import { DownloadOutlined, InfoCircleOutlined, PaperClipOutlined } from '@ant-design/icons';
import { APPLICATION_CHANNEL_LABELS, CASE_DOCUMENT_KIND_LABELS, DEPARTMENT_LABELS, type TDivisionDetail } from '@mz/shared';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Result,
  Row,
  Skeleton,
  Space,
  Steps,
  Table,
  Tag,
  Timeline,
  Tooltip,
  Typography,
  theme,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../api/useApi';
import { CodeText } from '../../../components/CodeText';
import { PageHeader } from '../../../components/PageHeader';
import { zhCN } from '../../../i18n/zh-CN';
import { divisionDetailUrl } from '../../division/division.api';
import { useDivisionScope } from '../../division/hooks/useDivisionScope';
import { useCan } from '../../identity/hooks/useAuth';
import { availableActions, type CaseAction } from '../case-actions';
import { CaseActionModal, ObjectionModal } from '../components/CaseActionModal';
import { DocumentUploadModal, VerificationRespondModal } from '../components/CaseFileModals';
import { ClockTag, ProgrammeTag, StatusTag } from '../components/CaseTags';
import { ReasonTable } from '../components/ReasonTable';
import { remainingText } from '../deadline-status';
import { useAbility } from '../hooks/useAbility';
import { formatFen, formatYuan } from '../money-format';
import { applicationUrl, countySettingUrl, documentUrl, householdUrl } from '../social-assistance.api';
import { labelOf, saText } from '../social-assistance.i18n';
import type {
  ApplicationDetail,
  CaseDeadline,
  CaseDocumentRow,
  CountySettingView,
  ObjectionRow,
  THouseholdDetail,
  VerificationRequestRow,
} from '../social-assistance.types';
import { formatBytes } from '../upload-files';
import { eventDetail, eventLabel, nextStepLabel, progressSteps } from '../workflow-progress';

const c = saText.case;
const L = saText.labels;

type Dialog =
  | { kind: 'action'; action: CaseAction }
  | { kind: 'objection'; objection: ObjectionRow }
  | { kind: 'verification'; request: VerificationRequestRow }
  | { kind: 'upload' }
  | null;

/** 审批案卷: the case file with its steps, rule reasons, investigation, 核对, 公示, decision, clocks and history. */
export const CaseFilePage = () => {
  const params = useParams();
  const id = Number(params['id']);
  const valid = Number.isSafeInteger(id) && id > 0;
  const { data, error, loading, reload } = useApi<ApplicationDetail>(valid ? applicationUrl(id) : null, { silent: true });
  const app = data?.id === id ? data : undefined;
  if (!valid || (error && !app)) {
    return (
      <Card>
        <Result status="404" title={c.notFound} subTitle={error?.message} />
      </Card>
    );
  }
  if (!app) return <Card>{loading ? <Skeleton active /> : null}</Card>;
  return <CaseFile app={app} reload={reload} />;
};

const Section = ({ title, children, extra, testId }: { title: ReactNode; children: ReactNode; extra?: ReactNode; testId?: string }) => {
  const { token } = theme.useToken();
  return (
    <Card size="small" title={title} extra={extra} style={{ marginBottom: token.marginSM }} data-testid={testId}>
      {children}
    </Card>
  );
};

const CaseFile = ({ app, reload }: { app: ApplicationDetail; reload: () => void }) => {
  const { token } = theme.useToken();
  const scope = useDivisionScope();
  const can = useCan();
  const ability = useAbility();
  const [dialog, setDialog] = useState<Dialog>(null);
  const household = useApi<THouseholdDetail>(householdUrl(app.household_id), { silent: true }).data;
  const division = useApi<TDivisionDetail>(divisionDetailUrl(app.division_id), { silent: true }).data;
  const county = division?.ancestors.find((a) => a.level === 'county') ?? (division?.level === 'county' ? division : undefined);
  const setting = useApi<CountySettingView>(county ? countySettingUrl(county.id) : null, { silent: true }).data;
  const delegated = setting?.delegateApproval ?? false;
  const actions = availableActions(app, ability, { delegated });
  const members = household?.members ?? [];
  const applicant = [...members, ...(household?.formerMembers ?? [])].find((m) => m.id === app.applicant_member_id);
  const head = members.find((m) => m.relation === 'self');
  const done = () => {
    setDialog(null);
    reload();
  };
  const canRespond = ability('assistance:review', 'county');
  const canHandleObjection = ability('assistance:review', 'township');
  const dash = zhCN.common.dash;
  const signed = (v: boolean) => (v ? <Tag color="success">{c.signed}</Tag> : <Tag color="error">{c.notSigned}</Tag>);
  const reasons = app.assessment?.reasons ?? app.reasons ?? [];

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            items={[
              { title: <Link to={scope.href('/assistance/applications')}>{saText.applications.title}</Link> },
              { title: saText.common.caseNo(app.id) },
            ]}
          />
        }
        title={
          <Space>
            {c.title(app.id)}
            <span data-testid="case-status">
              <StatusTag status={app.status} />
            </span>
            <ProgrammeTag programme={app.programme} />
          </Space>
        }
        subTitle={
          <>
            {head ? (
              <Link to={scope.href(`/assistance/households/${app.household_id}`)}>{saText.households.detailTitle(head.name)}</Link>
            ) : null}
            {household ? ` · ${household.divisionName}` : ''} · {saText.applications.currentStep}：{nextStepLabel(app.current_step)}
          </>
        }
        extra={
          <span data-testid="case-actions">
            <Space wrap>
              {actions.map((action, index) => (
                <Button
                  key={action}
                  type={index === 0 && action !== 'withdraw' ? 'primary' : 'default'}
                  danger={action === 'withdraw'}
                  onClick={() => setDialog({ kind: 'action', action })}
                >
                  {saText.actions[action]}
                </Button>
              ))}
            </Space>
          </span>
        }
      />
      <Card size="small" style={{ marginBottom: token.marginSM }}>
        <Steps
          size="small"
          items={progressSteps(app.status, { noticeServed: app.notice_served_on !== null, accepted: app.accepted_on !== null })}
        />
      </Card>
      <Row gutter={token.marginSM}>
        <Col xs={24} xl={16}>
          <Section title={c.basic}>
            <Descriptions bordered size="small" column={{ xs: 1, md: 2, xxl: 3 }}>
              <Descriptions.Item label={c.household}>
                {household ? `${saText.households.detailTitle(head?.name ?? dash)} · ${household.address}` : dash}
              </Descriptions.Item>
              <Descriptions.Item label={c.applicant}>{applicant?.name ?? dash}</Descriptions.Item>
              <Descriptions.Item label={c.channel}>{labelOf(APPLICATION_CHANNEL_LABELS, app.channel)}</Descriptions.Item>
              <Descriptions.Item label={c.appliedOn}>{app.applied_on}</Descriptions.Item>
              <Descriptions.Item label={c.acceptedOn}>{app.accepted_on ?? dash}</Descriptions.Item>
              <Descriptions.Item label={c.overallDue}>{app.overall_due_on ?? dash}</Descriptions.Item>
              <Descriptions.Item label={c.commitment}>{signed(app.commitment_signed)}</Descriptions.Item>
              <Descriptions.Item label={c.authorisation}>{signed(app.authorisation_signed)}</Descriptions.Item>
              <Descriptions.Item label={c.entrustedBy}>{app.entrusted_by ?? dash}</Descriptions.Item>
              <Descriptions.Item label={c.missingItems} span={3}>
                {app.missing_items.length === 0
                  ? saText.common.none
                  : app.missing_items.map((m) => (
                      <Tag key={m.item} color={m.receivedOn ? 'success' : 'warning'}>
                        {m.item}（{m.receivedOn ? c.received(m.receivedOn) : c.outstanding}）
                      </Tag>
                    ))}
              </Descriptions.Item>
              {app.special_case || app.separate_registration || app.spot_check_required ? (
                <Descriptions.Item label={zhCN.common.detail} span={3}>
                  <Space>
                    {app.special_case ? <Tag>{c.specialCase}</Tag> : null}
                    {app.separate_registration ? <Tag color="warning">{c.separateRegistration}</Tag> : null}
                    {app.spot_check_required ? <Tag color="warning">{c.spotCheck}</Tag> : null}
                  </Space>
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Section>

          <Section title={c.assessment} testId="case-assessment">
            {app.assessment ? (
              <>
                <Descriptions size="small" column={{ xs: 1, md: 4 }} style={{ marginBottom: token.marginXS }}>
                  <Descriptions.Item label={c.eligible}>
                    {app.assessment.eligible ? <Tag color="success">{c.eligibleYes}</Tag> : <Tag color="error">{c.eligibleNo}</Tag>}
                  </Descriptions.Item>
                  <Descriptions.Item label={c.amount}>
                    <Typography.Text strong>{formatYuan(app.assessment.amountFen)}</Typography.Text>
                  </Descriptions.Item>
                  <Descriptions.Item label={c.paymentStart}>{app.assessment.paymentStartMonth ?? dash}</Descriptions.Item>
                  <Descriptions.Item label={c.asOf}>{app.assessment.asOf}</Descriptions.Item>
                </Descriptions>
                <Typography.Paragraph type="secondary" style={{ fontSize: token.fontSizeSM, marginBottom: token.marginXS }}>
                  {c.assessmentHint}
                </Typography.Paragraph>
                <ReasonTable reasons={reasons} />
              </>
            ) : (
              <Typography.Text type="secondary">{c.noAssessment}</Typography.Text>
            )}
          </Section>

          <Section title={c.investigation} testId="case-investigation">
            {app.investigation ? (
              <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
                <Descriptions.Item label={c.investigators}>{app.investigation.investigators.join('、')}</Descriptions.Item>
                <Descriptions.Item label={c.visitedOn}>{app.investigation.homeVisit.visitedOn}</Descriptions.Item>
                <Descriptions.Item label={c.membersPresent}>{app.investigation.homeVisit.membersPresent.join('、')}</Descriptions.Item>
                <Descriptions.Item label={saText.common.date}>{app.investigation.on}</Descriptions.Item>
                <Descriptions.Item label={c.findings} span={2}>
                  {app.investigation.homeVisit.findings}
                </Descriptions.Item>
                {app.investigation.neighbourVisits ? (
                  <Descriptions.Item label={c.neighbourVisits} span={2}>
                    {app.investigation.neighbourVisits}
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
            ) : (
              <Typography.Text type="secondary">{c.noInvestigation}</Typography.Text>
            )}
            {(app.county_checks ?? []).length > 0 ? (
              <>
                <Typography.Title level={5} style={{ marginTop: token.marginSM }}>
                  {c.countyChecks}
                </Typography.Title>
                <Table
                  size="small"
                  rowKey={(_, i) => String(i)}
                  dataSource={app.county_checks ?? []}
                  pagination={false}
                  columns={[
                    { title: saText.common.date, dataIndex: 'on', width: 110 },
                    {
                      title: saText.actionForm.checkKind,
                      dataIndex: 'kind',
                      width: 100,
                      render: (k: string) => labelOf(L.countyCheckKind, k),
                    },
                    { title: c.investigators, dataIndex: 'investigators', width: 160, render: (n: string[]) => n.join('、') },
                    { title: c.findings, dataIndex: 'findings' },
                  ]}
                />
              </>
            ) : null}
          </Section>

          <Section title={c.verification} testId="case-verification">
            {app.verifications.length === 0 ? (
              <Typography.Text type="secondary">{c.noVerification}</Typography.Text>
            ) : (
              <Table<VerificationRequestRow>
                size="small"
                rowKey="id"
                dataSource={app.verifications}
                pagination={false}
                columns={[
                  { title: c.department, dataIndex: 'department', render: (d: string) => labelOf(DEPARTMENT_LABELS, d) },
                  { title: c.requestedOn, dataIndex: 'requested_on', width: 100 },
                  { title: c.dueOn, dataIndex: 'due_on', width: 100 },
                  {
                    title: saText.common.status,
                    dataIndex: 'status',
                    width: 80,
                    render: (s: string) => (
                      <Tag color={s === 'answered' ? 'success' : 'processing'}>{labelOf(L.verificationStatus, s)}</Tag>
                    ),
                  },
                  {
                    title: c.result,
                    key: 'result',
                    render: (_: unknown, row) => {
                      const response = row.responses[row.responses.length - 1];
                      if (!response) return dash;
                      return (
                        <Space size={4} wrap>
                          <Tag color={response.result === 'hit' ? 'warning' : response.result === 'failed' ? 'error' : 'default'}>
                            {labelOf(L.verificationResult, response.result)}
                          </Tag>
                          {response.findings.length > 0 ? (
                            <Tooltip
                              title={response.findings
                                .map(
                                  (x) =>
                                    `${x.name} ${x.recordKind} ${x.amountFen === null ? '' : formatYuan(x.amountFen)} ${x.description ?? ''}`,
                                )
                                .join('；')}
                            >
                              <Typography.Text underline>{c.findingsCount(response.findings.length)}</Typography.Text>
                            </Tooltip>
                          ) : null}
                          {response.differences.length > 0 ? (
                            <Tooltip title={response.differences.map((d) => d.message ?? JSON.stringify(d)).join('；')}>
                              <Tag color="error">
                                {c.differences} {response.differences.length}
                              </Tag>
                            </Tooltip>
                          ) : null}
                          <Typography.Text type="secondary">{response.responded_on}</Typography.Text>
                        </Space>
                      );
                    },
                  },
                  {
                    title: zhCN.common.actions,
                    key: 'a',
                    width: 90,
                    render: (_: unknown, row) =>
                      row.status === 'pending' && canRespond ? (
                        <Button size="small" type="link" onClick={() => setDialog({ kind: 'verification', request: row })}>
                          {c.respond}
                        </Button>
                      ) : null,
                  },
                ]}
              />
            )}
          </Section>

          <Section title={c.publicity} testId="case-publicity">
            {app.publicities.length === 0 ? (
              <Typography.Text type="secondary">{c.noPublicity}</Typography.Text>
            ) : (
              app.publicities.map((p) => (
                <div key={p.id} style={{ marginBottom: token.marginSM }}>
                  <Descriptions bordered size="small" column={{ xs: 1, md: 3 }}>
                    <Descriptions.Item label={c.publicityPeriod}>
                      {p.first_day} ~ {p.last_day}
                    </Descriptions.Item>
                    <Descriptions.Item label={c.nextStepFrom}>{p.next_step_from}</Descriptions.Item>
                    <Descriptions.Item label={saText.common.status}>
                      <Tag color={p.status === 'running' ? 'processing' : p.status === 'completed' ? 'success' : 'default'}>
                        {labelOf(L.publicityStatus, p.status)}
                      </Tag>
                    </Descriptions.Item>
                    <Descriptions.Item label={c.publicityLocation} span={3}>
                      {p.location}
                    </Descriptions.Item>
                  </Descriptions>
                  {p.objections.length === 0 ? (
                    <Typography.Text type="secondary" style={{ display: 'block', marginTop: token.marginXS }}>
                      {c.noObjections}
                    </Typography.Text>
                  ) : (
                    <Table<ObjectionRow>
                      size="small"
                      rowKey="id"
                      style={{ marginTop: token.marginXS }}
                      dataSource={p.objections}
                      pagination={false}
                      columns={[
                        { title: c.receivedOn, dataIndex: 'received_on', width: 100 },
                        { title: c.objector, dataIndex: 'objector', width: 90, render: (o: string | null) => o ?? dash },
                        { title: c.objectionContent, dataIndex: 'content' },
                        {
                          title: c.handling,
                          key: 'handling',
                          render: (_: unknown, row) =>
                            row.status === 'handled' ? (
                              <>
                                <Tag color={row.outcome === 'upheld' ? 'error' : 'success'}>{labelOf(L.objectionOutcome, row.outcome)}</Tag>
                                {row.handling}
                                {row.democratic_review
                                  ? `（${saText.actionForm.democraticReview} ${row.democratic_review.heldOn}：${row.democratic_review.result}）`
                                  : ''}
                              </>
                            ) : (
                              <Tag color="warning">{labelOf(L.objectionStatus, row.status)}</Tag>
                            ),
                        },
                        {
                          title: zhCN.common.actions,
                          key: 'a',
                          width: 90,
                          render: (_: unknown, row) =>
                            row.status === 'open' && p.status === 'running' && canHandleObjection ? (
                              <Button size="small" type="link" onClick={() => setDialog({ kind: 'objection', objection: row })}>
                                {c.handle}
                              </Button>
                            ) : null,
                        },
                      ]}
                    />
                  )}
                </div>
              ))
            )}
          </Section>

          <Section title={c.decision} testId="case-decision">
            {app.decision ? (
              <Descriptions bordered size="small" column={{ xs: 1, md: 3 }}>
                <Descriptions.Item label={saText.applications.decision}>
                  <Tag color={app.decision === 'approve' ? 'success' : 'error'}>{labelOf(L.decision, app.decision)}</Tag>
                </Descriptions.Item>
                <Descriptions.Item label={c.decisionLevel}>{labelOf(c.decisionLevels, app.decision_level)}</Descriptions.Item>
                <Descriptions.Item label={saText.applications.decidedOn}>{app.decided_on ?? dash}</Descriptions.Item>
                <Descriptions.Item label={saText.common.monthlyAmount}>
                  <Typography.Text strong>{formatYuan(app.amount_fen)}</Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label={c.paymentStart}>{app.payment_start_month ?? dash}</Descriptions.Item>
                <Descriptions.Item label={c.noticeDue}>{app.notice_due_on ?? dash}</Descriptions.Item>
                <Descriptions.Item label={c.noticeServed}>{app.notice_served_on ?? dash}</Descriptions.Item>
                {app.refusal_reason ? (
                  <Descriptions.Item label={c.refusalReason} span={2}>
                    {app.refusal_reason}
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
            ) : (
              <Typography.Text type="secondary">{c.noDecision}</Typography.Text>
            )}
          </Section>

          <Section
            title={c.documents}
            extra={
              can('assistance:apply') ? (
                <Button size="small" icon={<PaperClipOutlined />} onClick={() => setDialog({ kind: 'upload' })}>
                  {c.upload}
                </Button>
              ) : null
            }
          >
            {app.documents.length === 0 ? (
              <Typography.Text type="secondary">{c.noDocuments}</Typography.Text>
            ) : (
              <Table<CaseDocumentRow>
                size="small"
                rowKey="id"
                dataSource={app.documents}
                pagination={false}
                columns={[
                  { title: c.uploadKind, dataIndex: 'kind', width: 120, render: (k: string) => labelOf(CASE_DOCUMENT_KIND_LABELS, k) },
                  {
                    title: c.fileName,
                    dataIndex: 'file_name',
                    render: (name: string, row) => (
                      <a href={documentUrl(app.id, row.id)} download={name}>
                        <DownloadOutlined /> {name}
                      </a>
                    ),
                  },
                  { title: c.size, dataIndex: 'size_bytes', width: 90, render: (b: number) => formatBytes(Number(b)) },
                  { title: c.uploadedAt, dataIndex: 'uploaded_at', width: 150, render: (at: string) => at.slice(0, 16).replace('T', ' ') },
                ]}
              />
            )}
          </Section>
        </Col>
        <Col xs={24} xl={8}>
          <Section title={c.deadlines} testId="case-deadlines">
            {app.deadlines.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <Flex vertical gap={token.marginXS}>
                {app.deadlines.map((d: CaseDeadline) => (
                  <Flex key={`${d.code}-${d.triggeredOn}`} justify="space-between" align="flex-start" gap={token.marginXS}>
                    <div style={{ minWidth: 0 }}>
                      <Typography.Text>
                        {d.label}{' '}
                        <Tooltip title={d.explanation}>
                          <InfoCircleOutlined style={{ color: token.colorTextTertiary }} />
                        </Tooltip>
                      </Typography.Text>
                      <br />
                      <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                        {saText.levels[d.level]} · {d.triggeredOn} → <CodeText>{d.dueOn}</CodeText>
                        {d.completedOn ? ` · ✓ ${d.completedOn}` : ''}
                        {d.provisional ? ` · ${saText.common.provisional}` : ''}
                      </Typography.Text>
                    </div>
                    <ClockTag status={d.status} text={remainingText(d)} />
                  </Flex>
                ))}
              </Flex>
            )}
          </Section>
          <Section title={c.events} testId="case-events">
            <Timeline
              items={[...app.events].reverse().map((e) => ({
                key: e.id,
                content: (
                  <>
                    <Typography.Text strong>{eventLabel(e.action)}</Typography.Text>{' '}
                    <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                      {e.on_date} · {e.actor_name ?? dash}
                    </Typography.Text>
                    {eventDetail(e.action, e.data) ? (
                      <>
                        <br />
                        <Typography.Text style={{ fontSize: token.fontSizeSM }}>{eventDetail(e.action, e.data)}</Typography.Text>
                      </>
                    ) : null}
                    {e.note ? (
                      <>
                        <br />
                        <Typography.Text style={{ fontSize: token.fontSizeSM }}>{e.note}</Typography.Text>
                      </>
                    ) : null}
                  </>
                ),
              }))}
            />
          </Section>
          {app.status === 'approved' && app.amount_fen !== null ? (
            <Alert
              type="success"
              showIcon
              title={`${labelOf(L.decision, 'approve')}：${formatFen(app.amount_fen)}${saText.common.perMonth}`}
            />
          ) : null}
        </Col>
      </Row>
      {dialog?.kind === 'action' ? (
        <CaseActionModal action={dialog.action} app={app} household={household} onClose={() => setDialog(null)} onDone={done} />
      ) : null}
      {dialog?.kind === 'objection' ? (
        <ObjectionModal app={app} objection={dialog.objection} onClose={() => setDialog(null)} onDone={done} />
      ) : null}
      {dialog?.kind === 'verification' ? (
        <VerificationRespondModal request={dialog.request} onClose={() => setDialog(null)} onDone={done} />
      ) : null}
      {dialog?.kind === 'upload' ? <DocumentUploadModal applicationId={app.id} onClose={() => setDialog(null)} onDone={done} /> : null}
    </>
  );
};
