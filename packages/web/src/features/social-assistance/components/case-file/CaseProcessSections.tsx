import { DEPARTMENT_LABELS } from '@mz/shared';
import { Button, Descriptions, Space, Table, Tag, Tooltip, Typography, theme } from 'antd';
import { zhCN } from '../../../../i18n/zh-CN';
import { formatYuan } from '../../money-format';
import { labelOf, saText } from '../../social-assistance.i18n';
import type { ApplicationDetail, ObjectionRow, VerificationRequestRow } from '../../social-assistance.types';
import { Section } from './Section';

// The process parts of the case file: 核对 requests and answers, 公示 and objections.

const c = saText.case;
const L = saText.labels;
const dash = zhCN.common.dash;

export const VerificationSection = ({
  app,
  canRespond,
  onRespond,
}: {
  app: ApplicationDetail;
  canRespond: boolean;
  onRespond: (request: VerificationRequestRow) => void;
}) => (
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
          { title: c.requestedOn, dataIndex: 'requestedOn', width: 100 },
          { title: c.dueOn, dataIndex: 'dueOn', width: 100 },
          {
            title: saText.common.status,
            dataIndex: 'status',
            width: 80,
            render: (s: string) => <Tag color={s === 'answered' ? 'success' : 'processing'}>{labelOf(L.verificationStatus, s)}</Tag>,
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
                          (x) => `${x.name} ${x.recordKind} ${x.amountFen === null ? '' : formatYuan(x.amountFen)} ${x.description ?? ''}`,
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
                  <Typography.Text type="secondary">{response.respondedOn}</Typography.Text>
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
                <Button size="small" type="link" onClick={() => onRespond(row)}>
                  {c.respond}
                </Button>
              ) : null,
          },
        ]}
      />
    )}
  </Section>
);

export const PublicitySection = ({
  app,
  canHandle,
  onHandle,
}: {
  app: ApplicationDetail;
  canHandle: boolean;
  onHandle: (objection: ObjectionRow) => void;
}) => {
  const { token } = theme.useToken();
  return (
    <Section title={c.publicity} testId="case-publicity">
      {app.publicities.length === 0 ? (
        <Typography.Text type="secondary">{c.noPublicity}</Typography.Text>
      ) : (
        app.publicities.map((p) => (
          <div key={p.id} style={{ marginBottom: token.marginSM }}>
            <Descriptions bordered size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={c.publicityPeriod}>
                {p.firstDay} ~ {p.lastDay}
              </Descriptions.Item>
              <Descriptions.Item label={c.nextStepFrom}>{p.nextStepFrom}</Descriptions.Item>
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
                  { title: c.receivedOn, dataIndex: 'receivedOn', width: 100 },
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
                          {row.democraticReview
                            ? `（${saText.actionForm.democraticReview} ${row.democraticReview.heldOn}：${row.democraticReview.result}）`
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
                      row.status === 'open' && p.status === 'running' && canHandle ? (
                        <Button size="small" type="link" onClick={() => onHandle(row)}>
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
  );
};
