import { ApartmentOutlined } from '@ant-design/icons';
import { CASCADE_LINK_KIND_LABELS, type TChildRow } from '@mz/shared';
import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Row, Skeleton, Table, Tag, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../api/useApi';
import { CodeText } from '../../../components/CodeText';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect';
import { zhCN } from '../../../i18n/zh-CN';
import { BindingLaggingAlert } from '../components/BindingLaggingAlert';
import { EChart } from '../components/EChart';
import { MonitoringHeader } from '../components/MonitoringHeader';
import { MonitoringNotFound } from '../components/NotFound';
import { NoteTags } from '../components/NoteTags';
import { AttributeTag, ProgressTag, ScheduleTag, TargetVerdictTag } from '../components/VerdictTags';
import { ComputedTag } from '../components/ComputedTag';
import { QuarterlyCard } from '../components/QuarterlyCard';
import { YearSelect } from '../components/YearSelect';
import { buildChildrenBarOption } from '../charts/build-children-bar-option';
import { buildTrendOption } from '../charts/build-trend-option';
import { useChartPalette } from '../hooks/useChartPalette';
import { useMonitoringQuery } from '../hooks/useMonitoringQuery';
import {
  bindingLaggingItems,
  computationMethodText,
  describeSources,
  formatIndicatorValue,
  formatPlainNumber,
  parseIdParam,
  planYears,
} from '../monitoring-format';
import { monitoringUrls, type TIndicatorDetail } from '../monitoring.api';
import { useMonitoringPlans } from '../hooks/useMonitoringPlans';
import { monitoringI18n } from '../monitoring.i18n';
import { monitoringPaths } from '../monitoring-paths';

const t = monitoringI18n;

export const IndicatorDetailPage = () => {
  const { token } = theme.useToken();
  const palette = useChartPalette();
  const params = useParams();
  const planId = parseIdParam(params.planId);
  const indicatorId = parseIdParam(params.indicatorId);
  const query = useMonitoringQuery();
  const api = useApi<TIndicatorDetail>(
    indicatorId ? monitoringUrls.indicator(indicatorId, { divisionId: query.unit, year: query.year }) : null,
  );
  const plan = useMonitoringPlans().data?.find((p) => p.id === planId);
  const detail = api.data;

  if (!planId || !indicatorId || (api.error && !detail)) {
    return <MonitoringNotFound message={api.error?.message} />;
  }
  if (!detail) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }

  const { indicator, division } = detail;
  const unit = indicator.unit;
  const fmt = (v: number | null | undefined) => formatIndicatorValue(v, unit);
  const where = { unit: division.id, year: detail.year };
  const own = bindingLaggingItems([indicator]);
  const laggingChildren =
    indicator.attribute === 'binding'
      ? detail.children
          .filter((c) => c.verdict?.isLagging)
          .map((c) => ({
            id: c.division.id,
            name: c.division.name,
            count: 1,
            href: monitoringPaths.indicator(planId, indicator.id, { unit: c.division.id, year: detail.year }),
          }))
      : [];
  const latest = indicator.latest;
  const interim = indicator.interimTargets;
  const hasSeries = detail.series.some((p) => p.value !== null);
  const computedYears = detail.series.filter((p) => p.isComputed).map((p) => p.year);
  const childrenReported = detail.children.some((c) => c.value !== null);

  return (
    <>
      <MonitoringHeader
        plan={plan ?? null}
        trail={[{ title: indicator.name }]}
        title={
          <>
            <span>{indicator.name}</span>
            <AttributeTag attribute={indicator.attribute} printed={indicator.printedAttribute} showPrinted />
          </>
        }
        subTitle={t.indicator.subTitle(`${indicator.code}${unit ? ` · ${t.common.unit}：${unit}` : ''}`, division.name)}
        isDemo={detail.series.some((p) => p.source === 'demo' || p.source === 'mixed')}
        extra={
          <>
            <DivisionTreeSelect
              value={division.id}
              valueLabel={division.name}
              allowClear={false}
              onChange={(id) => query.set({ unit: id })}
              style={{ width: 200 }}
            />
            <YearSelect
              years={plan ? planYears(plan) : detail.series.map((p) => p.year)}
              value={query.year}
              emptyLabel={t.common.latestYear}
              onChange={(year) => query.set({ year })}
            />
            <Link to={monitoringPaths.drill(planId, { ...where, indicator: indicator.id })}>
              <Button icon={<ApartmentOutlined />}>{t.indicator.openDrill}</Button>
            </Link>
          </>
        }
      />
      <BindingLaggingAlert items={own} children={laggingChildren} />
      <Row gutter={[token.marginSM, token.marginSM]} style={{ marginBottom: token.marginSM }}>
        <Col xs={24} xl={15}>
          <Card
            size="small"
            title={t.indicator.trendTitle}
            style={{ height: '100%' }}
            extra={
              <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                {t.indicator.trendHint}
              </Typography.Text>
            }
          >
            {hasSeries ? (
              <EChart
                testId="indicator-trend"
                ariaLabel={t.indicator.trendTitle}
                height={360}
                option={buildTrendOption(
                  {
                    unit,
                    baseline: indicator.baseline,
                    interimTargets: interim,
                    finalTarget: indicator.finalTarget,
                    series: detail.series,
                    projection: detail.projection,
                  },
                  palette,
                )}
              />
            ) : (
              <Empty description={t.indicator.noSeries} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title={t.indicator.basicTitle} style={{ height: '100%' }}>
            <Descriptions
              size="small"
              column={1}
              bordered
              styles={{ label: { width: 96 } }}
              items={[
                {
                  key: 'baseline',
                  label: t.common.baseline,
                  children: t.indicator.printedWithYear(indicator.baseline.printed ?? zhCN.common.dash, indicator.baseline.year),
                },
                {
                  key: 'target',
                  label: t.common.target,
                  children: (
                    <Flex vertical>
                      <span>{t.indicator.printedWithYear(indicator.finalTarget.printed, indicator.finalTarget.year)}</span>
                      {interim.map((x) => (
                        <Typography.Text key={x.year} type="secondary">
                          {t.common.interimTarget}：{t.indicator.printedWithYear(x.printed, x.year)}
                        </Typography.Text>
                      ))}
                    </Flex>
                  ),
                },
                {
                  key: 'latest',
                  label: t.common.latest,
                  children: latest ? (
                    <Flex gap={6} wrap align="center">
                      <Typography.Text strong>{t.indicator.valueWithYear(fmt(latest.value), latest.year)}</Typography.Text>
                      <TargetVerdictTag verdict={latest} />
                      <ScheduleTag verdict={latest} unit={unit} />
                      <ProgressTag verdict={latest} />
                    </Flex>
                  ) : (
                    t.common.noData
                  ),
                },
                ...(indicator.latestQuarter
                  ? [
                      {
                        key: 'latestQuarter',
                        label: t.common.latestQuarter,
                        children: (
                          <Flex gap={6} wrap align="center">
                            <Typography.Text strong>
                              {fmt(indicator.latestQuarter.value)}（
                              {t.common.quarterLabel(indicator.latestQuarter.year, indicator.latestQuarter.quarter)}）
                            </Typography.Text>
                            <ScheduleTag verdict={indicator.latestQuarter} unit={unit} />
                          </Flex>
                        ),
                      },
                    ]
                  : []),
                ...(latest?.expectedValue !== null && latest?.expectedValue !== undefined
                  ? [{ key: 'expected', label: t.common.schedule, children: t.common.expected(fmt(latest.expectedValue)) }]
                  : []),
                ...(detail.projection.linear !== null
                  ? [
                      {
                        key: 'projection',
                        label: t.indicator.projection,
                        children: t.indicator.projectionValue(
                          detail.projection.toYear,
                          fmt(detail.projection.linear),
                          detail.projection.compound === null ? null : fmt(detail.projection.compound),
                        ),
                      },
                    ]
                  : []),
                {
                  key: 'method',
                  label: t.indicator.method,
                  children: <span data-testid="computation-method">{computationMethodText(detail) ?? zhCN.common.dash}</span>,
                },
                {
                  key: 'source',
                  label: t.indicator.source,
                  children: (
                    <Flex gap={6} align="center" wrap>
                      <span data-testid="value-source">{describeSources(detail.series.map((p) => p.source))}</span>
                      {computedYears.length > 0 ? <ComputedTag title={t.indicator.computedYears(computedYears.join('、'))} /> : null}
                    </Flex>
                  ),
                },
                {
                  key: 'cascade',
                  label: t.indicator.cascade,
                  children: (
                    <Flex vertical>
                      <span>
                        {(CASCADE_LINK_KIND_LABELS as Record<string, string>)[indicator.cascade.kind] ?? indicator.cascade.kind}
                        {indicator.cascade.nationalCodes.length > 0
                          ? `，${t.indicator.cascadeNational(indicator.cascade.nationalCodes.join('、'))}`
                          : ''}
                      </span>
                      {indicator.cascade.note ? <Typography.Text type="secondary">{indicator.cascade.note}</Typography.Text> : null}
                    </Flex>
                  ),
                },
                ...(indicator.notes.length > 0
                  ? [{ key: 'notes', label: t.notes.title, children: <NoteTags notes={indicator.notes} /> }]
                  : []),
              ]}
            />
          </Card>
        </Col>
      </Row>
      {latest && latest.reasons.length > 0 ? (
        <Card size="small" title={t.common.reasons} style={{ marginBottom: token.marginSM }}>
          <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="verdict-reasons">
            {latest.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }} data-testid="schedule-method">
            {detail.scheduleMethod}
          </Typography.Text>
        </Card>
      ) : null}
      {detail.quarters.length > 0 ? (
        <div style={{ marginBottom: token.marginSM }}>
          <QuarterlyCard detail={detail} />
        </div>
      ) : null}
      <Card size="small" title={t.indicator.childrenTitle(division.name)} style={{ marginBottom: token.marginSM }}>
        {detail.children.length === 0 ? (
          <Empty description={t.indicator.childrenEmpty} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <Row gutter={token.margin}>
            {childrenReported ? (
              <Col xs={24} xl={10}>
                <EChart
                  height={300}
                  ariaLabel={t.indicator.childrenTitle(division.name)}
                  option={buildChildrenBarOption(
                    {
                      unit,
                      bars: detail.children.map((c) => ({ name: c.division.name, value: c.value, verdict: c.verdict })),
                      target: {
                        value: indicator.finalTarget.value,
                        label: `${t.indicator.chartFinal(indicator.finalTarget.year)} ${indicator.finalTarget.printed}`,
                      },
                    },
                    palette,
                  )}
                />
              </Col>
            ) : (
              <Col span={24}>
                <Alert type="warning" showIcon title={t.drill.childrenNoData} style={{ marginBottom: token.marginSM }} />
              </Col>
            )}
            <Col xs={24} xl={childrenReported ? 14 : 24}>
              <Table<TChildRow>
                size="small"
                rowKey={(row) => row.division.id}
                pagination={false}
                dataSource={detail.children}
                data-testid="children-table"
                onRow={(row) =>
                  indicator.attribute === 'binding' && row.verdict?.isLagging ? { style: { background: token.colorErrorBg } } : {}
                }
                columns={[
                  {
                    title: t.drill.unit,
                    key: 'division',
                    render: (_, row) => (
                      <Link to={monitoringPaths.indicator(planId, indicator.id, { unit: row.division.id, year: detail.year })}>
                        {row.division.name}
                      </Link>
                    ),
                  },
                  {
                    title: t.common.value,
                    key: 'value',
                    align: 'right',
                    render: (_, row) => <Typography.Text strong>{fmt(row.value)}</Typography.Text>,
                  },
                  ...(indicator.valueKind === 'ratio' || indicator.valueKind === 'level'
                    ? [
                        {
                          title: t.indicator.numerator,
                          key: 'numerator',
                          align: 'right' as const,
                          render: (_: unknown, row: TChildRow) => <CodeText>{formatPlainNumber(row.numerator)}</CodeText>,
                        },
                        {
                          title: t.indicator.denominator,
                          key: 'denominator',
                          align: 'right' as const,
                          render: (_: unknown, row: TChildRow) => <CodeText>{formatPlainNumber(row.denominator)}</CodeText>,
                        },
                      ]
                    : []),
                  { title: t.common.targetVerdict, key: 'target', render: (_, row) => <TargetVerdictTag verdict={row.verdict} /> },
                  { title: t.common.schedule, key: 'schedule', render: (_, row) => <ScheduleTag verdict={row.verdict} unit={unit} /> },
                  {
                    title: zhCN.common.actions,
                    key: 'actions',
                    render: (_, row) =>
                      row.division.hasChildren ? (
                        <Link to={monitoringPaths.drill(planId, { unit: row.division.id, year: detail.year, indicator: indicator.id })}>
                          {t.indicator.drillInto}
                        </Link>
                      ) : null,
                  },
                ]}
              />
            </Col>
          </Row>
        )}
      </Card>
      <Card size="small" title={t.indicator.deviationTitle}>
        {detail.deviationNotes.length === 0 ? (
          <Typography.Text type="secondary">{t.indicator.deviationEmpty}</Typography.Text>
        ) : (
          <Flex vertical gap={token.marginSM}>
            {detail.deviationNotes.map((note) => (
              <Flex key={`${note.year}-${note.updatedAt}`} vertical gap={2}>
                <Flex gap={8}>
                  <Tag style={{ marginInlineEnd: 0 }}>{t.common.yearLabel(note.year)}</Tag>
                  <Typography.Text type="secondary">{dayjs(note.updatedAt).format('YYYY-MM-DD HH:mm')}</Typography.Text>
                </Flex>
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{note.text}</Typography.Paragraph>
              </Flex>
            ))}
          </Flex>
        )}
      </Card>
    </>
  );
};
