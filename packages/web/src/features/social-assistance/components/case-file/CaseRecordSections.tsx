import { DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import { APPLICATION_CHANNEL_LABELS, CASE_DOCUMENT_KIND_LABELS, type TMemberView } from '@mz/shared';
import { Button, Descriptions, Space, Table, Tag, Typography, theme } from 'antd';
import { zhCN } from '../../../../i18n/zh-CN';
import { formatYuan } from '../../money-format';
import { documentUrl } from '../../social-assistance.api';
import { labelOf, saText } from '../../social-assistance.i18n';
import type { ApplicationDetail, CaseDocumentRow, THouseholdDetail } from '../../social-assistance.types';
import { formatBytes } from '../../upload-files';
import { ReasonTable } from '../ReasonTable';
import { Section } from './Section';

// The record parts of the case file: basic facts, rule assessment, investigation, decision, documents.

const c = saText.case;
const L = saText.labels;
const dash = zhCN.common.dash;

export const BasicSection = ({
  app,
  household,
  head,
  applicant,
}: {
  app: ApplicationDetail;
  household: THouseholdDetail | undefined;
  head: TMemberView | undefined;
  applicant: TMemberView | undefined;
}) => {
  const signed = (v: boolean) => (v ? <Tag color="success">{c.signed}</Tag> : <Tag color="error">{c.notSigned}</Tag>);
  return (
    <Section title={c.basic}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2, xxl: 3 }}>
        <Descriptions.Item label={c.household}>
          {household ? `${saText.households.detailTitle(head?.name ?? dash)} · ${household.address}` : dash}
        </Descriptions.Item>
        <Descriptions.Item label={c.applicant}>{applicant?.name ?? dash}</Descriptions.Item>
        <Descriptions.Item label={c.channel}>{labelOf(APPLICATION_CHANNEL_LABELS, app.channel)}</Descriptions.Item>
        <Descriptions.Item label={c.appliedOn}>{app.appliedOn}</Descriptions.Item>
        <Descriptions.Item label={c.acceptedOn}>{app.acceptedOn ?? dash}</Descriptions.Item>
        <Descriptions.Item label={c.overallDue}>{app.overallDueOn ?? dash}</Descriptions.Item>
        <Descriptions.Item label={c.commitment}>{signed(app.commitmentSigned)}</Descriptions.Item>
        <Descriptions.Item label={c.authorisation}>{signed(app.authorisationSigned)}</Descriptions.Item>
        <Descriptions.Item label={c.entrustedBy}>{app.entrustedBy ?? dash}</Descriptions.Item>
        <Descriptions.Item label={c.missingItems} span={3}>
          {app.missingItems.length === 0
            ? saText.common.none
            : app.missingItems.map((m) => (
                <Tag key={m.item} color={m.receivedOn ? 'success' : 'warning'}>
                  {m.item}（{m.receivedOn ? c.received(m.receivedOn) : c.outstanding}）
                </Tag>
              ))}
        </Descriptions.Item>
        {app.specialCase || app.separateRegistration || app.spotCheckRequired ? (
          <Descriptions.Item label={zhCN.common.detail} span={3}>
            <Space>
              {app.specialCase ? <Tag>{c.specialCase}</Tag> : null}
              {app.separateRegistration ? <Tag color="warning">{c.separateRegistration}</Tag> : null}
              {app.spotCheckRequired ? <Tag color="warning">{c.spotCheck}</Tag> : null}
            </Space>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Section>
  );
};

export const AssessmentSection = ({ app }: { app: ApplicationDetail }) => {
  const { token } = theme.useToken();
  const reasons = app.assessment?.reasons ?? app.reasons ?? [];
  return (
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
  );
};

export const InvestigationSection = ({ app }: { app: ApplicationDetail }) => {
  const { token } = theme.useToken();
  return (
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
      {(app.countyChecks ?? []).length > 0 ? (
        <>
          <Typography.Title level={5} style={{ marginTop: token.marginSM }}>
            {c.countyChecks}
          </Typography.Title>
          <Table
            size="small"
            rowKey={(_, i) => String(i)}
            dataSource={app.countyChecks ?? []}
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
  );
};

export const DecisionSection = ({ app }: { app: ApplicationDetail }) => (
  <Section title={c.decision} testId="case-decision">
    {app.decision ? (
      <Descriptions bordered size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={saText.applications.decision}>
          <Tag color={app.decision === 'approve' ? 'success' : 'error'}>{labelOf(L.decision, app.decision)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={c.decisionLevel}>{labelOf(c.decisionLevels, app.decisionLevel)}</Descriptions.Item>
        <Descriptions.Item label={saText.applications.decidedOn}>{app.decidedOn ?? dash}</Descriptions.Item>
        <Descriptions.Item label={saText.common.monthlyAmount}>
          <Typography.Text strong>{formatYuan(app.amountFen)}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={c.paymentStart}>{app.paymentStartMonth ?? dash}</Descriptions.Item>
        <Descriptions.Item label={c.noticeDue}>{app.noticeDueOn ?? dash}</Descriptions.Item>
        <Descriptions.Item label={c.noticeServed}>{app.noticeServedOn ?? dash}</Descriptions.Item>
        {app.refusalReason ? (
          <Descriptions.Item label={c.refusalReason} span={2}>
            {app.refusalReason}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    ) : (
      <Typography.Text type="secondary">{c.noDecision}</Typography.Text>
    )}
  </Section>
);

export const DocumentsSection = ({ app, canUpload, onUpload }: { app: ApplicationDetail; canUpload: boolean; onUpload: () => void }) => (
  <Section
    title={c.documents}
    extra={
      canUpload ? (
        <Button size="small" icon={<PaperClipOutlined />} onClick={() => onUpload()}>
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
            dataIndex: 'fileName',
            render: (name: string, row) => (
              <a href={documentUrl(app.id, row.id)} download={name}>
                <DownloadOutlined /> {name}
              </a>
            ),
          },
          { title: c.size, dataIndex: 'sizeBytes', width: 90, render: (b: number) => formatBytes(Number(b)) },
          { title: c.uploadedAt, dataIndex: 'uploadedAt', width: 150, render: (at: string) => at.slice(0, 16).replace('T', ' ') },
        ]}
      />
    )}
  </Section>
);
