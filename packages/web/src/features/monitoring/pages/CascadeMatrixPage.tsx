import { WarningFilled } from '@ant-design/icons';
import { CASCADE_LINK_KIND_LABELS, PLAN_LEVEL_LABELS } from '@mz/shared';
import { Card, Empty, Flex, Result, Skeleton, Switch, Table, Tag, Tooltip, Typography, theme } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../../api/useApi';
import { PageHeader } from '../../../components/PageHeader';
import { zhCN } from '../../../i18n/zh-CN';
import { adoptionsOf, cascadeTotals, filterCascadeRows, localPlanColumns, targetLines } from '../cascade-matrix';
import { AttributeTag } from '../components/VerdictTags';
import { monitoringUrls, type CascadeAdoption, type CascadeMatrix, type CascadeRow } from '../monitoring.api';
import { monitoringI18n } from '../monitoring.i18n';
import { monitoringPaths } from '../monitoring-paths';

const t = monitoringI18n;

const AdoptionCell = ({ adoption }: { adoption: CascadeAdoption }) => {
  const { token } = theme.useToken();
  const weaker = adoption.isWeakerThanNational;
  return (
    <Flex vertical gap={2} align="flex-start" data-weaker={weaker ? 'true' : undefined}>
      <Flex gap={4} align="center" wrap>
        <Typography.Text strong style={{ color: weaker ? token.colorErrorText : undefined }}>
          {targetLines(adoption.targets).join('；') || zhCN.common.dash}
        </Typography.Text>
        {weaker ? (
          <Tooltip title={adoption.reasons.join(' ')}>
            <Tag color="error" icon={<WarningFilled />} style={{ marginInlineEnd: 0, cursor: 'help' }}>
              {t.cascade.weaker}
            </Tag>
          </Tooltip>
        ) : null}
      </Flex>
      <Flex gap={4} align="center" wrap>
        <AttributeTag attribute={adoption.attribute} printed={adoption.printedAttribute} showPrinted />
        <Tooltip title={!weaker && adoption.reasons.length > 0 ? adoption.reasons.join(' ') : undefined}>
          <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
            {(CASCADE_LINK_KIND_LABELS as Record<string, string>)[adoption.linkKind] ?? adoption.linkKind} · {adoption.indicatorCode}
          </Typography.Text>
        </Tooltip>
      </Flex>
      {adoption.baselinePrinted ? (
        <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
          {t.common.baseline}：{adoption.baselinePrinted}
        </Typography.Text>
      ) : null}
    </Flex>
  );
};

export const CascadeMatrixPage = () => {
  const { token } = theme.useToken();
  const { data, error, loading } = useApi<CascadeMatrix>(monitoringUrls.cascade());
  const [onlyWeaker, setOnlyWeaker] = useState(false);

  if (error && !data) return <Result status="404" title={t.cascade.title} subTitle={error.message} />;
  if (loading && !data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (!data) return <Empty />;

  const columns = localPlanColumns(data.plans);
  const seedIds = columns.map((c) => c.seedId);
  const totals = cascadeTotals(data.rows, seedIds);
  const rows = filterCascadeRows(data.rows, onlyWeaker);
  const national = data.plans.find((p) => p.level === 'national');

  return (
    <>
      <PageHeader
        title={t.cascade.title}
        subTitle={t.cascade.subTitle}
        extra={
          <Flex align="center" gap={8}>
            <Switch checked={onlyWeaker} onChange={setOnlyWeaker} aria-label={t.cascade.onlyWeaker} />
            <Typography.Text>{t.cascade.onlyWeaker}</Typography.Text>
          </Flex>
        }
      />
      <Card
        size="small"
        title={t.cascade.summary(totals.rows, totals.adoptions, totals.weaker)}
        extra={
          totals.weaker > 0 ? (
            <Typography.Text type="danger">
              <WarningFilled /> {t.cascade.weakerCount(totals.weaker)}
            </Typography.Text>
          ) : null
        }
      >
        <Table<CascadeRow>
          size="small"
          bordered
          rowKey="conceptKey"
          pagination={false}
          dataSource={rows}
          scroll={{ x: 300 + 200 * (columns.length + 1) }}
          data-testid="cascade-matrix"
          columns={[
            {
              title: t.cascade.concept,
              key: 'concept',
              fixed: 'left',
              width: 260,
              render: (_, row) => (
                <Flex vertical gap={2}>
                  <Typography.Text strong>{row.conceptName}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                    {row.national ? `${row.national.code}${row.national.unit ? ` · ${row.national.unit}` : ''}` : t.cascade.localOnly}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: (
                <Flex vertical>
                  <span>{t.cascade.national}</span>
                  {national ? (
                    <Link to={monitoringPaths.overview(national.id)} style={{ fontWeight: 'normal', fontSize: token.fontSizeSM }}>
                      {national.title ?? national.divisionName}
                    </Link>
                  ) : null}
                </Flex>
              ),
              key: 'national',
              width: 200,
              onCell: () => ({ style: { background: token.colorFillAlter } }),
              render: (_, row) =>
                row.national ? (
                  <Flex vertical gap={2} align="flex-start">
                    <Typography.Text strong>{targetLines(row.national.targets).join('；')}</Typography.Text>
                    <AttributeTag attribute={row.national.attribute} printed={row.national.printedAttribute} showPrinted />
                  </Flex>
                ) : (
                  <Typography.Text type="secondary">{zhCN.common.dash}</Typography.Text>
                ),
            },
            ...columns.map((plan) => ({
              title: (
                <Flex vertical>
                  <span>{plan.divisionName}</span>
                  <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: token.fontSizeSM }}>
                    {PLAN_LEVEL_LABELS[plan.level]} · {plan.seedId}
                  </Typography.Text>
                </Flex>
              ),
              key: plan.seedId,
              width: 200,
              onCell: (row: CascadeRow) =>
                adoptionsOf(row, plan.seedId).some((a) => a.isWeakerThanNational) ? { style: { background: token.colorErrorBg } } : {},
              render: (_: unknown, row: CascadeRow) => {
                const adoptions = adoptionsOf(row, plan.seedId);
                if (adoptions.length === 0) return <Typography.Text type="secondary">{t.cascade.notAdopted}</Typography.Text>;
                return (
                  <Flex vertical gap={8}>
                    {adoptions.map((a) => (
                      <AdoptionCell key={a.indicatorCode} adoption={a} />
                    ))}
                  </Flex>
                );
              },
            })),
          ]}
        />
      </Card>
    </>
  );
};
