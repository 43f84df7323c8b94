import { DownloadOutlined } from '@ant-design/icons';
import { ADVANCE_METHOD_LABELS, AUTHORISATION_SIGNED_AS_LABELS, DEPARTMENT_LABELS, EMERGENCY_EVENT_KIND_LABELS } from '@mz/shared';
import { Button, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { zhCN } from '../../../../i18n/zh-CN';
import { stepText } from '../../case-steps.i18n';
import { formatYuan } from '../../money-format';
import { documentUrl } from '../../social-assistance.api';
import { revokeText } from '../../parameters.i18n';
import { labelOf } from '../../social-assistance.i18n';
import type { ApplicationDetail, AuthorisationRow } from '../../social-assistance.types';
import type { AuthorisationPerson } from '../AuthorisationModal';
import { AuthorisationState } from './AuthorisationRevoke';
import { Section } from './Section';

// The per-person 核对授权书 (rules doc §6.1) and the 临时救助 先行救助 (§4.5, E12) of the case file.

const dash = zhCN.common.dash;
const ta = stepText.authorisation;
const tv = stepText.advance;

export const AuthorisationSection = ({
  app,
  canRecord,
  onRecord,
  onRevoked,
}: {
  app: ApplicationDetail;
  canRecord: boolean;
  onRecord: (person: AuthorisationPerson) => void;
  /** After an authorisation was revoked (reload the case file). */
  onRevoked: () => void;
}) => (
  <Section title={ta.section} testId="case-authorisations">
    <Typography.Paragraph type="secondary">{ta.hint}</Typography.Paragraph>
    {app.missingAuthorisations.length > 0 ? (
      <Flex wrap gap={8} style={{ marginBottom: 8 }} data-testid="missing-authorisations">
        <Typography.Text type="warning">{ta.missing}：</Typography.Text>
        {app.missingAuthorisations.map((p) => (
          <Flex key={`${p.kind}-${p.id}`} gap={4} align="center">
            <Tag color="warning">{p.name}</Tag>
            {canRecord ? (
              <Button size="small" type="link" onClick={() => onRecord(p)}>
                {ta.record}
              </Button>
            ) : null}
          </Flex>
        ))}
      </Flex>
    ) : null}
    {app.authorisations.length === 0 ? (
      <Typography.Text type="secondary">{ta.noneYet}</Typography.Text>
    ) : (
      <Table<AuthorisationRow>
        size="small"
        rowKey="id"
        dataSource={app.authorisations}
        pagination={false}
        columns={[
          { title: ta.person, dataIndex: 'personName', width: 90 },
          { title: ta.signer, dataIndex: 'signerName', width: 90 },
          {
            title: ta.signedAs,
            dataIndex: 'signedAs',
            width: 100,
            render: (v: string, row) => (row.source === 'legacy' ? <Tag>{ta.legacy}</Tag> : labelOf(AUTHORISATION_SIGNED_AS_LABELS, v)),
          },
          { title: ta.signedOn, dataIndex: 'signedOn', width: 100 },
          {
            title: ta.departments,
            dataIndex: 'departments',
            render: (d: string[] | null) => (d === null ? ta.allDepartments : d.map((x) => labelOf(DEPARTMENT_LABELS, x)).join('、')),
          },
          { title: ta.validUntil, dataIndex: 'validUntil', width: 100, render: (v: string | null) => v ?? dash },
          {
            title: ta.file,
            key: 'file',
            render: (_: unknown, row) =>
              row.documentId === null || row.fileName === null ? (
                dash
              ) : (
                <a href={documentUrl(app.id, row.documentId)} download={row.fileName} title={`SHA-256 ${row.sha256 ?? ''}`}>
                  <DownloadOutlined /> {row.fileName}
                </a>
              ),
          },
          {
            title: revokeText.state,
            key: 'state',
            width: 170,
            render: (_: unknown, row) => <AuthorisationState row={row} canRevoke={canRecord} onRevoked={onRevoked} />,
          },
        ]}
      />
    )}
  </Section>
);

const text = (record: Record<string, unknown> | null, path: string[]): string | null => {
  let v: unknown = record;
  for (const key of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
};

export const AdvanceSection = ({ app }: { app: ApplicationDetail }) => {
  const a = app.advance;
  if (a === null) return null;
  const completion = a.record?.['completion'] as { onTime?: boolean; signedBy?: string[]; explanation?: string } | undefined;
  const kind = text(a.record, ['event', 'kind']);
  const method = text(a.record, ['method']);
  const limit = text(a.record, ['townshipLimitFen']);
  return (
    <Section title={tv.section} testId="case-advance">
      <Descriptions bordered size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={tv.amount}>
          <Typography.Text strong>{formatYuan(a.amountFen)}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={tv.paidOn}>{a.paidOn}</Descriptions.Item>
        <Descriptions.Item label={tv.township}>{limit === null ? dash : formatYuan(Number(limit))}</Descriptions.Item>
        <Descriptions.Item label={tv.eventKind}>{kind ? labelOf(EMERGENCY_EVENT_KIND_LABELS, kind) : dash}</Descriptions.Item>
        <Descriptions.Item label={tv.occurredOn}>{text(a.record, ['event', 'occurredOn']) ?? dash}</Descriptions.Item>
        <Descriptions.Item label={tv.method}>{method ? labelOf(ADVANCE_METHOD_LABELS, method) : dash}</Descriptions.Item>
        <Descriptions.Item label={tv.eventDescription} span={3}>
          {text(a.record, ['event', 'description']) ?? dash}
        </Descriptions.Item>
        <Descriptions.Item label={tv.dueOn}>{a.dueOn ?? dash}</Descriptions.Item>
        <Descriptions.Item label={tv.completedOn} span={2}>
          {a.completedOn === null ? (
            <Tag color="warning">{tv.notCompleted}</Tag>
          ) : (
            <>
              {a.completedOn}{' '}
              <Tag color={completion?.onTime === false ? 'error' : 'success'}>{completion?.onTime === false ? tv.late : tv.onTime}</Tag>
              {completion?.signedBy ? `${tv.signedBy}：${completion.signedBy.join('、')}` : ''}
            </>
          )}
        </Descriptions.Item>
        {completion?.explanation ? (
          <Descriptions.Item label={tv.explanation} span={3}>
            {completion.explanation}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Section>
  );
};
