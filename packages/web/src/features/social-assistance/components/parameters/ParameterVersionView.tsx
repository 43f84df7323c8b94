import type { TParameterVersion } from '@mz/shared';
import { Alert, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { zhCN } from '../../../../i18n/zh-CN';
import { formatYuan } from '../../money-format';
import { TRACKED_FIELDS, versionHistory, type HistoryRow } from '../../parameter-form';
import { paramText as t } from '../../parameters.i18n';

// 救助标准与参数: the version in force for the chosen division and the history of versions that apply
// to it (its own and its ancestors'), newest first, with what each changed.

const dash = zhCN.common.dash;

const fieldValue = (version: TParameterVersion, key: string) => {
  const field = TRACKED_FIELDS.find((f) => f.key === key);
  if (!field) return dash;
  const v = field.path.reduce<unknown>(
    (node, k) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined),
    version.values,
  );
  if (typeof v !== 'number') return dash;
  return field.kind === 'fen' ? formatYuan(v) : `${v / 10_000}${t.times}`;
};

const period = (v: TParameterVersion) => `${v.validFrom} ~ ${v.validTo ?? t.openEnded}`;

export const TierList = ({ version }: { version: TParameterVersion }) => {
  const tiers = version.values.dibao.benefitTiers ?? [];
  if (tiers.length === 0) return <>{t.noTiers}</>;
  return (
    <Flex vertical gap={2}>
      {tiers.map((tier) => (
        <span key={tier.code}>
          {tier.label}（{tier.code}）：{t.tierBound(tier.maxIncomeShare === null ? null : tier.maxIncomeShare / 100)}，
          {formatYuan(tier.amountPerPersonFen)}/人·月
        </span>
      ))}
    </Flex>
  );
};

/** The version in force on `date` (null: none), saying whether it is the division's own or inherited. */
export const InForceVersion = ({ version, divisionId, date }: { version: TParameterVersion | null; divisionId: number; date: string }) => {
  if (version === null) return <Alert type="warning" showIcon title={t.noneInForce} />;
  const label = (key: string) => TRACKED_FIELDS.find((f) => f.key === key)?.label ?? key;
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      data-testid="parameters-in-force"
      title={
        <Flex gap={8} align="center">
          {t.inForceOn(date)}
          {version.divisionId === divisionId ? (
            <Tag color="success">{t.own}</Tag>
          ) : (
            <Tag color="blue">{t.inherited(version.divisionName)}</Tag>
          )}
        </Flex>
      }
    >
      <Descriptions.Item label={t.setBy}>{version.divisionName}</Descriptions.Item>
      <Descriptions.Item label={t.period}>{period(version)}</Descriptions.Item>
      <Descriptions.Item label={t.note}>{version.note ?? dash}</Descriptions.Item>
      {TRACKED_FIELDS.map((f) => (
        <Descriptions.Item key={f.key} label={label(f.key)}>
          {fieldValue(version, f.key)}
        </Descriptions.Item>
      ))}
      <Descriptions.Item label={t.tiers} span={3}>
        <TierList version={version} />
      </Descriptions.Item>
    </Descriptions>
  );
};

const Changes = ({ row }: { row: HistoryRow }) => {
  if (row.changes === null) return <Typography.Text type="secondary">{t.firstVersion}</Typography.Text>;
  if (row.changes.length === 0) return <Typography.Text type="secondary">{t.noChange}</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      {row.changes.map((c) => (
        <span key={c.label}>
          <Tag>{c.label}</Tag>
          {c.before !== null && c.after !== null ? `${c.before} → ${c.after}` : null}
        </span>
      ))}
    </Flex>
  );
};

/** Every version that applies to the division, newest first. */
export const VersionHistory = ({ versions, inForceId }: { versions: readonly TParameterVersion[]; inForceId: number | null }) => (
  <Table<HistoryRow>
    size="small"
    rowKey="id"
    data-testid="parameters-history"
    dataSource={versionHistory(versions)}
    pagination={false}
    locale={{ emptyText: t.historyEmpty }}
    columns={[
      {
        title: t.validFrom,
        dataIndex: 'validFrom',
        width: 150,
        render: (v: string, row) => (
          <Flex gap={4} align="center">
            {v}
            {row.id === inForceId ? <Tag color="success">{t.inForce}</Tag> : null}
          </Flex>
        ),
      },
      { title: t.validTo, dataIndex: 'validTo', width: 110, render: (v: string | null) => v ?? t.openEnded },
      { title: t.setBy, dataIndex: 'divisionName', width: 120 },
      { title: TRACKED_FIELDS[0]?.label, key: 'dibaoUrban', width: 110, render: (_: unknown, row) => fieldValue(row, 'dibaoUrban') },
      { title: TRACKED_FIELDS[1]?.label, key: 'dibaoRural', width: 110, render: (_: unknown, row) => fieldValue(row, 'dibaoRural') },
      { title: t.changes, key: 'changes', render: (_: unknown, row) => <Changes row={row} /> },
      { title: t.note, dataIndex: 'note', width: 160, render: (v: string | null) => v ?? dash },
    ]}
  />
);
