import { ApartmentOutlined, FileWordOutlined } from '@ant-design/icons';
import { TARGET_VERDICT_LABELS } from '@mz/shared';
import { Button, Card, Col, Flex, Row, Skeleton, Statistic, Table, Tag, Tooltip, Typography, theme } from 'antd';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../api/useApi';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect';
import { zhCN } from '../../../i18n/zh-CN';
import { BindingLaggingAlert } from '../components/BindingLaggingAlert';
import { EChart } from '../components/EChart';
import { MonitoringHeader } from '../components/MonitoringHeader';
import { CutOffsCard } from '../components/CutOffsCard';
import { MonitoringNotFound } from '../components/NotFound';
import { NoteTags } from '../components/NoteTags';
import { AttributeTag, ProgressTag, ScheduleTag, TargetVerdictTag } from '../components/VerdictTags';
import { YearSelect } from '../components/YearSelect';
import { buildAttributeBarOption, buildScheduleDonutOption } from '../charts/build-verdict-count-options';
import { useChartPalette } from '../hooks/useChartPalette';
import { useMonitoringQuery } from '../hooks/useMonitoringQuery';
import {
  bindingLaggingItems,
  countByAttribute,
  formatIndicatorValue,
  parseIdParam,
  planTitle,
  planYears,
  totalCounts,
  type AttributeCounts,
} from '../monitoring-format';
import { monitoringUrls, type DrillDown, type PlanRegister, type TOverviewIndicator, type TPlanOverview } from '../monitoring.api';
import { monitoringI18n } from '../monitoring.i18n';
import { monitoringPaths } from '../monitoring-paths';

const t = monitoringI18n;

const CountsTable = ({ rows }: { rows: AttributeCounts[] }) => {
  const total = totalCounts(rows);
  const data = [...rows, { ...total, attribute: 'total' as const, label: t.overview.countsTotal }];
  const n = (value: number, danger = false) =>
    value === 0 ? (
      <Typography.Text type="secondary">0</Typography.Text>
    ) : (
      <Typography.Text strong type={danger ? 'danger' : undefined}>
        {value}
      </Typography.Text>
    );
  return (
    <Table
      size="small"
      rowKey="attribute"
      pagination={false}
      dataSource={data}
      data-testid="verdict-counts"
      columns={[
        {
          title: t.overview.countsAttribute,
          dataIndex: 'label',
          render: (label: string, row) =>
            row.attribute === 'total' ? (
              <Typography.Text strong>{label}</Typography.Text>
            ) : (
              <AttributeTag attribute={row.attribute === 'none' ? null : row.attribute} />
            ),
        },
        { title: t.planList.indicators, dataIndex: 'total', align: 'right', render: (v: number) => n(v) },
        {
          title: t.common.targetVerdict,
          children: [
            { title: TARGET_VERDICT_LABELS.met, key: 'met', align: 'right', render: (_, row) => n(row.byTarget.met) },
            { title: TARGET_VERDICT_LABELS.not_met, key: 'not_met', align: 'right', render: (_, row) => n(row.byTarget.not_met, true) },
            { title: TARGET_VERDICT_LABELS.pending, key: 'pending', align: 'right', render: (_, row) => n(row.byTarget.pending) },
          ],
        },
        {
          title: t.common.schedule,
          children: [
            { title: t.colours.ahead, key: 'ahead', align: 'right', render: (_, row) => n(row.bySchedule.ahead) },
            { title: t.colours.on_track, key: 'on_track', align: 'right', render: (_, row) => n(row.bySchedule.on_track) },
            {
              title: t.colours.lagging,
              key: 'lagging',
              align: 'right',
              render: (_, row) => n(row.bySchedule.lagging, row.attribute === 'binding' || row.attribute === 'total'),
            },
            {
              title: t.colours.seriously_lagging,
              key: 'seriously_lagging',
              align: 'right',
              render: (_, row) => n(row.bySchedule.seriously_lagging, true),
            },
          ],
        },
        { title: t.overview.countsNoData, key: 'noData', align: 'right', render: (_, row) => n(row.noData + row.noSchedule) },
      ]}
    />
  );
};

export const IndicatorTable = ({
  planId,
  overview,
  register,
}: {
  planId: number;
  overview: TPlanOverview;
  register: PlanRegister | undefined;
}) => {
  const { token } = theme.useToken();
  const byId = useMemo(() => new Map((register?.indicators ?? []).map((i) => [i.id, i])), [register]);
  const where = { unit: overview.division.id, year: overview.year };
  const hasQuarters = overview.indicators.some((i) => i.latestQuarter !== null);
  return (
    <Table<TOverviewIndicator>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={overview.indicators}
      scroll={{ x: 1150 }}
      data-testid="indicator-table"
      onRow={(row) => (row.isBindingLagging ? { style: { background: token.colorErrorBg } } : {})}
      columns={[
        {
          title: '#',
          key: 'index',
          width: 44,
          render: (_, __, index) => <Typography.Text type="secondary">{index + 1}</Typography.Text>,
        },
        {
          title: t.common.indicatorName,
          dataIndex: 'name',
          width: 280,
          render: (name: string, row) => (
            <Flex vertical gap={2}>
              <Flex gap={6} align="baseline" wrap>
                {row.isBindingLagging ? (
                  <Tag color="error" style={{ marginInlineEnd: 0 }}>
                    {t.binding.tag}
                  </Tag>
                ) : null}
                <Link to={monitoringPaths.indicator(planId, row.id, where)}>{name}</Link>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                {row.code}
              </Typography.Text>
              <NoteTags notes={byId.get(row.id)?.notes ?? []} />
            </Flex>
          ),
        },
        {
          title: t.common.attribute,
          dataIndex: 'attribute',
          width: 84,
          render: (_, row) => <AttributeTag attribute={row.attribute} printed={row.printedAttribute} />,
        },
        { title: t.common.unit, dataIndex: 'unit', width: 64, render: (unit: string | null) => unit ?? zhCN.common.dash },
        {
          title: t.common.baseline,
          dataIndex: 'baselinePrinted',
          width: 90,
          render: (printed: string | null) => printed ?? <Typography.Text type="secondary">{zhCN.common.dash}</Typography.Text>,
        },
        {
          title: t.common.target,
          dataIndex: 'targetPrinted',
          width: 150,
          render: (printed: string, row) => {
            const interim = byId.get(row.id)?.interimTargets ?? [];
            return (
              <Flex vertical>
                <span>
                  {printed}
                  <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                    {' '}
                    {t.common.bracketed(t.overview.targetYear(row.targetYear))}
                  </Typography.Text>
                </span>
                {interim.map((x) => (
                  <Typography.Text key={x.year} type="secondary" style={{ fontSize: token.fontSizeSM }}>
                    {t.common.interimTarget} {t.overview.targetYear(x.year)}：{x.printed}
                  </Typography.Text>
                ))}
              </Flex>
            );
          },
        },
        {
          title: t.common.latest,
          key: 'latest',
          width: 110,
          align: 'right',
          render: (_, row) =>
            row.latest ? (
              <Flex vertical align="flex-end">
                <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatIndicatorValue(row.latest.value, row.unit)}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                  {t.common.yearLabel(row.latest.year)}
                </Typography.Text>
              </Flex>
            ) : (
              <Typography.Text type="secondary">{t.common.noData}</Typography.Text>
            ),
        },
        ...(hasQuarters
          ? [
              {
                title: t.common.latestQuarter,
                key: 'latestQuarter',
                width: 120,
                align: 'right' as const,
                render: (_: unknown, row: TOverviewIndicator) =>
                  row.latestQuarter ? (
                    <Flex vertical align="flex-end" gap={2}>
                      <Typography.Text style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {formatIndicatorValue(row.latestQuarter.value, row.unit)}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                        {t.common.quarterLabel(row.latestQuarter.year, row.latestQuarter.quarter)}
                      </Typography.Text>
                      <ScheduleTag verdict={row.latestQuarter} unit={row.unit} />
                    </Flex>
                  ) : null,
              },
            ]
          : []),
        {
          title: t.common.targetVerdict,
          key: 'target',
          width: 90,
          render: (_, row) => (
            <Tooltip title={row.latest?.reasons[0]}>
              <span>
                <TargetVerdictTag verdict={row.latest} />
              </span>
            </Tooltip>
          ),
        },
        { title: t.common.schedule, key: 'schedule', width: 96, render: (_, row) => <ScheduleTag verdict={row.latest} unit={row.unit} /> },
        { title: t.common.progress, key: 'progress', width: 120, render: (_, row) => <ProgressTag verdict={row.latest} /> },
        {
          title: zhCN.common.actions,
          key: 'actions',
          width: 56,
          render: (_, row) => <Link to={monitoringPaths.indicator(planId, row.id, where)}>{zhCN.common.detail}</Link>,
        },
      ]}
    />
  );
};

export const PlanOverviewPage = () => {
  const { token } = theme.useToken();
  const palette = useChartPalette();
  const planId = parseIdParam(useParams().planId);
  const query = useMonitoringQuery();
  const overviewApi = useApi<TPlanOverview>(planId ? monitoringUrls.overview(planId, { divisionId: query.unit, year: query.year }) : null);
  const register = useApi<PlanRegister>(planId ? monitoringUrls.plan(planId) : null, { silent: true });
  const overview = overviewApi.data;
  const drill = useApi<DrillDown>(
    planId && overview ? monitoringUrls.drillDown(planId, overview.division.id, { year: overview.year }) : null,
    { silent: true },
  );
  const counts = useMemo(() => countByAttribute(overview?.indicators ?? []), [overview]);
  const totals = totalCounts(counts);

  if (!planId || (overviewApi.error && !overview)) {
    return <MonitoringNotFound message={overviewApi.error?.message} />;
  }
  if (!overview) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }

  const where = { unit: overview.division.id, year: overview.year };
  const laggingChildren = (drill.data?.children ?? [])
    .filter((c) => c.bindingLaggingCount > 0)
    .map((c) => ({
      id: c.division.id,
      name: c.division.name,
      count: c.bindingLaggingCount,
      href: monitoringPaths.overview(planId, { unit: c.division.id, year: overview.year }),
    }));
  const laggingTotal = totals.bySchedule.lagging + totals.bySchedule.seriously_lagging;
  const stat = (title: string, value: number, suffix?: string, danger = false) => (
    <Card size="small">
      <Statistic
        title={title}
        value={value}
        suffix={suffix}
        styles={{ content: { color: danger && value > 0 ? token.colorError : token.colorText, fontVariantNumeric: 'tabular-nums' } }}
      />
    </Card>
  );

  return (
    <>
      <MonitoringHeader
        plan={overview.plan}
        title={planTitle(overview.plan)}
        isDemo={overview.hasDemoData}
        subTitle={t.overview.subTitle(overview.plan.issuer, overview.division.name, overview.year)}
        extra={
          <>
            <DivisionTreeSelect
              value={overview.division.id}
              valueLabel={overview.division.name}
              allowClear={false}
              onChange={(id) => query.set({ unit: id })}
              style={{ width: 200 }}
            />
            <YearSelect
              years={planYears(overview.plan)}
              value={query.year}
              emptyLabel={t.common.latestYear}
              onChange={(year) => query.set({ year })}
            />
            <Link to={monitoringPaths.drill(planId, where)}>
              <Button icon={<ApartmentOutlined />}>{t.overview.drill}</Button>
            </Link>
            <Link to={monitoringPaths.reports({ plan: planId, unit: overview.division.id, year: overview.year })}>
              <Button icon={<FileWordOutlined />}>{t.overview.report}</Button>
            </Link>
          </>
        }
      />
      <BindingLaggingAlert
        items={bindingLaggingItems(overview.indicators)}
        hrefOf={(id) => monitoringPaths.indicator(planId, id, where)}
        children={laggingChildren}
      />
      <Row gutter={[token.marginSM, token.marginSM]} style={{ marginBottom: token.marginSM }}>
        <Col xs={12} md={8} xl={4}>
          {stat(t.overview.statTotal, totals.total, t.common.items)}
        </Col>
        <Col xs={12} md={8} xl={4}>
          {stat(t.overview.statBinding, overview.plan.bindingCount, t.common.items)}
        </Col>
        <Col xs={12} md={8} xl={4}>
          {stat(t.overview.statMet, totals.byTarget.met, t.common.items)}
        </Col>
        <Col xs={12} md={8} xl={4}>
          {stat(t.overview.statLagging, laggingTotal, t.common.items, true)}
        </Col>
        <Col xs={12} md={8} xl={4}>
          {stat(t.overview.statBindingLagging, overview.counts.bindingLagging, t.common.items, true)}
        </Col>
        <Col xs={12} md={8} xl={4}>
          {stat(t.overview.statNoData, overview.counts.noData, t.common.items)}
        </Col>
      </Row>
      <Row gutter={[token.marginSM, token.marginSM]} style={{ marginBottom: token.marginSM }}>
        <Col xs={24} xl={8}>
          <Card size="small" title={t.overview.scheduleChart} style={{ height: '100%' }}>
            <EChart
              option={buildScheduleDonutOption(totals, palette)}
              height={250}
              testId="schedule-donut"
              ariaLabel={t.overview.scheduleChart}
            />
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Card size="small" title={t.overview.countsTitle} style={{ height: '100%' }}>
            <CountsTable rows={counts} />
            <EChart
              option={buildAttributeBarOption(counts, palette)}
              height={40 + counts.length * 40}
              ariaLabel={t.overview.attributeChart}
            />
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={t.overview.tableTitle}
        extra={
          <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
            {t.overview.tableHint}
          </Typography.Text>
        }
      >
        <IndicatorTable planId={planId} overview={overview} register={register.data} />
      </Card>
      <div style={{ marginTop: token.marginSM }}>
        <CutOffsCard planId={planId} />
      </div>
    </>
  );
};
