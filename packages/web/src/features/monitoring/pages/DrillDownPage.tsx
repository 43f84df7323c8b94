import { EnvironmentOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Card, Empty, Flex, Select, Skeleton, Table, Tooltip, Typography, theme } from 'antd';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../api/useApi';
import { CodeText } from '../../../components/CodeText';
import { zhCN } from '../../../i18n/zh-CN';
import { BindingLaggingAlert } from '../components/BindingLaggingAlert';
import { EChart, registerGeoJson } from '../components/EChart';
import { MonitoringHeader } from '../components/MonitoringHeader';
import { MonitoringNotFound } from '../components/NotFound';
import { ScheduleTag, TargetVerdictTag } from '../components/VerdictTags';
import { YearSelect } from '../components/YearSelect';
import { colourOfVerdict } from '../charts/build-children-bar-option';
import { buildVerdictMapOption } from '../charts/build-verdict-map-option';
import { useChartPalette } from '../hooks/useChartPalette';
import { useMonitoringQuery } from '../hooks/useMonitoringQuery';
import { bindingLaggingItems, formatIndicatorValue, headlineVerdict, parseIdParam, planYears } from '../monitoring-format';
import {
  monitoringUrls,
  type DrillCell,
  type DrillChild,
  type DrillDown,
  type MapColour,
  type TPlanOverview,
  type VerdictMap,
} from '../monitoring.api';
import { monitoringI18n } from '../monitoring.i18n';
import { monitoringPaths } from '../monitoring-paths';

const t = monitoringI18n;

/** Cell colours of the heat table, from the theme tokens. */
const useCellColours = () => {
  const { token } = theme.useToken();
  return (key: MapColour) => {
    switch (key) {
      case 'ahead':
        return { background: token.colorSuccessBg, color: token.colorSuccessText };
      case 'on_track':
        return { background: token.colorPrimaryBg, color: token.colorPrimaryText };
      case 'lagging':
        return { background: token.colorWarningBg, color: token.colorWarningText };
      case 'seriously_lagging':
        return { background: token.colorErrorBg, color: token.colorErrorText };
      default:
        return { background: 'transparent', color: token.colorTextTertiary };
    }
  };
};

export const DrillDownPage = () => {
  const { token } = theme.useToken();
  const palette = useChartPalette();
  const planId = parseIdParam(useParams().planId);
  const query = useMonitoringQuery();
  const cellColours = useCellColours();
  // Without ?unit= the server's default division for this user (via the overview) is the start.
  const start = useApi<TPlanOverview>(planId && query.unit === null ? monitoringUrls.overview(planId, { year: query.year }) : null);
  const unit = query.unit ?? start.data?.division.id ?? null;
  const drillApi = useApi<DrillDown>(planId && unit ? monitoringUrls.drillDown(planId, unit, { year: query.year }) : null);
  const mapApi = useApi<VerdictMap>(
    planId && unit ? monitoringUrls.map(unit, { planId, indicatorId: query.indicator, year: query.year }) : null,
    { silent: true },
  );
  const drill = drillApi.data;
  const map = mapApi.data;
  const mapName = map?.available ? `mz-division-${map.division.id}` : null;
  if (map?.available && mapName) registerGeoJson(mapName, map.geojson);

  const selected = drill?.indicators.find((i) => i.id === query.indicator) ?? null;
  const mapOption = useMemo(
    () =>
      map?.available && mapName
        ? buildVerdictMapOption(
            { mapName, features: map.geojson.features, indicatorId: map.indicatorId, unit: selected?.unit ?? null },
            palette,
          )
        : null,
    [map, mapName, palette, selected],
  );

  if (!planId || ((drillApi.error || start.error) && !drill)) {
    const error = drillApi.error ?? start.error;
    return <MonitoringNotFound message={error?.message} />;
  }
  if (!drill) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }

  const goTo = (divisionId: number) => query.set({ unit: divisionId });
  const childById = new Map(drill.children.map((c) => [c.division.id, c]));
  const allEmpty = drill.children.every((c) => c.cells.every((cell) => cell.value === null));
  const laggingChildren = drill.children
    .filter((c) => c.bindingLaggingCount > 0)
    .map((c) => ({
      id: c.division.id,
      name: c.division.name,
      count: c.bindingLaggingCount,
      href: monitoringPaths.drill(planId, { unit: c.division.id, year: drill.year, indicator: query.indicator }),
    }));
  const cellOf = (row: DrillChild, indicatorId: number): DrillCell | undefined => row.cells.find((c) => c.indicatorId === indicatorId);

  const indicatorColumns = selected
    ? [
        {
          title: t.common.value,
          key: 'value',
          align: 'right' as const,
          render: (_: unknown, row: DrillChild) => (
            <Typography.Text strong>{formatIndicatorValue(cellOf(row, selected.id)?.value, selected.unit)}</Typography.Text>
          ),
        },
        {
          title: t.common.targetVerdict,
          key: 'target',
          render: (_: unknown, row: DrillChild) => <TargetVerdictTag verdict={cellOf(row, selected.id)?.verdict} />,
        },
        {
          title: t.common.schedule,
          key: 'schedule',
          render: (_: unknown, row: DrillChild) => <ScheduleTag verdict={cellOf(row, selected.id)?.verdict} unit={selected.unit} />,
        },
      ]
    : drill.indicators.map((indicator) => ({
        title: (
          <Tooltip title={`${indicator.code} ${indicator.name}`}>
            <Link to={monitoringPaths.drill(planId, { unit: drill.division.id, year: drill.year, indicator: indicator.id })}>
              <span style={{ color: indicator.attribute === 'binding' ? token.colorError : undefined }}>{indicator.code}</span>
            </Link>
          </Tooltip>
        ),
        key: `i-${indicator.id}`,
        width: 78,
        align: 'center' as const,
        onCell: (row: DrillChild) => ({
          style: { ...cellColours(colourOfVerdict(cellOf(row, indicator.id)?.verdict ?? null)), padding: '6px 4px' },
        }),
        render: (_: unknown, row: DrillChild) => {
          const cell = cellOf(row, indicator.id);
          if (!cell || cell.value === null) return <span>{zhCN.common.dash}</span>;
          return (
            <Tooltip
              title={`${indicator.name}：${formatIndicatorValue(cell.value, indicator.unit)}，${headlineVerdict(cell.verdict).label}`}
            >
              <span style={{ fontVariantNumeric: 'tabular-nums', fontSize: token.fontSizeSM }}>
                {formatIndicatorValue(cell.value, indicator.unit)}
              </span>
            </Tooltip>
          );
        },
      }));

  return (
    <>
      <MonitoringHeader
        plan={drill.plan}
        trail={[{ title: t.drill.title }]}
        title={`${t.drill.title} · ${drill.division.name}`}
        subTitle={t.overview.subTitle(drill.plan.issuer, drill.division.name, drill.year)}
        extra={
          <>
            <Select<number>
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t.drill.indicatorAll}
              value={query.indicator ?? undefined}
              onChange={(value) => query.set({ indicator: value ?? null })}
              options={drill.indicators.map((i) => ({ value: i.id, label: `${i.code} ${i.name}` }))}
              style={{ width: 320 }}
              popupMatchSelectWidth={false}
              aria-label={t.drill.indicatorPlaceholder}
            />
            <YearSelect
              years={planYears(drill.plan)}
              value={query.year}
              emptyLabel={t.common.latestYear}
              onChange={(year) => query.set({ year })}
            />
          </>
        }
      />
      <Card size="small" style={{ marginBottom: token.marginSM }}>
        <Flex align="center" gap={token.marginSM} wrap>
          <EnvironmentOutlined style={{ color: token.colorPrimary }} />
          <Breadcrumb
            data-testid="drill-breadcrumb"
            items={[...drill.ancestors, drill.division].map((d, index, all) => ({
              key: d.id,
              title:
                index < all.length - 1 ? (
                  <a onClick={() => goTo(d.id)} role="link">
                    {d.name}
                  </a>
                ) : (
                  <Typography.Text strong>{d.name}</Typography.Text>
                ),
            }))}
          />
          <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
            {t.drill.breadcrumbHint}
          </Typography.Text>
        </Flex>
      </Card>
      <BindingLaggingAlert
        items={bindingLaggingItems(drill.indicators)}
        hrefOf={(id) => monitoringPaths.indicator(planId, id, { unit: drill.division.id, year: drill.year })}
        children={laggingChildren}
      />
      {map?.available && mapOption ? (
        <Card size="small" title={t.drill.mapTitle(drill.division.name)} style={{ marginBottom: token.marginSM }}>
          <EChart
            testId="verdict-map"
            ariaLabel={t.drill.mapTitle(drill.division.name)}
            option={mapOption}
            height={480}
            onEvents={{
              click: (params) => {
                const id = (params.data as { divisionId?: number | null } | undefined)?.divisionId;
                if (id && childById.get(id)?.division.hasChildren) goTo(id);
              },
            }}
          />
          {selected ? null : (
            <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
              {t.drill.mapLegendAll}
            </Typography.Text>
          )}
        </Card>
      ) : null}
      <Card size="small" title={t.drill.tableTitle}>
        {!map ? null : !map.available ? (
          <Alert type="info" showIcon title={map.message} data-testid="map-unavailable" style={{ marginBottom: token.marginSM }} />
        ) : null}
        {allEmpty && drill.children.length > 0 ? (
          <Alert type="warning" showIcon title={t.drill.childrenNoData} style={{ marginBottom: token.marginSM }} />
        ) : null}
        <Table<DrillChild>
          size="small"
          rowKey={(row) => row.division.id}
          pagination={false}
          dataSource={drill.children}
          scroll={{ x: 'max-content' }}
          data-testid="drill-table"
          locale={{ emptyText: <Empty description={t.drill.noChildren} image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
          columns={[
            {
              title: t.drill.unit,
              key: 'division',
              fixed: 'left',
              width: 150,
              render: (_, row) => (
                <Flex vertical>
                  {row.division.hasChildren ? (
                    <a onClick={() => goTo(row.division.id)} role="link">
                      {row.division.name}
                    </a>
                  ) : (
                    <span>{row.division.name}</span>
                  )}
                  <CodeText secondary>{row.division.code}</CodeText>
                </Flex>
              ),
            },
            {
              title: t.drill.lagging,
              key: 'lagging',
              width: 96,
              align: 'right',
              sorter: (a, b) => a.laggingCount - b.laggingCount,
              render: (_, row) => (row.laggingCount > 0 ? <Typography.Text type="warning">{row.laggingCount}</Typography.Text> : 0),
            },
            {
              title: t.drill.bindingLagging,
              key: 'bindingLagging',
              width: 110,
              align: 'right',
              sorter: (a, b) => a.bindingLaggingCount - b.bindingLaggingCount,
              render: (_, row) =>
                row.bindingLaggingCount > 0 ? (
                  <Typography.Text type="danger" strong>
                    {row.bindingLaggingCount}
                  </Typography.Text>
                ) : (
                  0
                ),
            },
            ...indicatorColumns,
            {
              title: zhCN.common.actions,
              key: 'actions',
              fixed: 'right',
              width: 120,
              render: (_, row) => (
                <Flex gap={8}>
                  {row.division.hasChildren ? (
                    <a onClick={() => goTo(row.division.id)} role="link">
                      {t.drill.drillDown}
                    </a>
                  ) : null}
                  <Link
                    to={
                      selected
                        ? monitoringPaths.indicator(planId, selected.id, { unit: row.division.id, year: drill.year })
                        : monitoringPaths.overview(planId, { unit: row.division.id, year: drill.year })
                    }
                  >
                    {selected ? t.common.open : t.drill.overview}
                  </Link>
                </Flex>
              ),
            },
          ]}
        />
        {selected ? null : (
          <Flex gap={token.marginSM} wrap style={{ marginTop: token.marginSM, fontSize: token.fontSizeSM }}>
            {(['ahead', 'on_track', 'lagging', 'seriously_lagging'] as const).map((key) => (
              <span key={key} style={{ ...cellColours(key), padding: '0 8px', borderRadius: token.borderRadiusSM }}>
                {t.colours[key]}
              </span>
            ))}
            <Typography.Text type="secondary">{t.drill.legendHint}</Typography.Text>
          </Flex>
        )}
      </Card>
    </>
  );
};
