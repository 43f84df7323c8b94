import { RightOutlined, WarningFilled } from '@ant-design/icons';
import { PLAN_LEVEL_LABELS } from '@mz/shared';
import { Button, Card, Col, Descriptions, Empty, Flex, Progress, Row, Skeleton, Tag, Tooltip, Typography, theme } from 'antd';
import { Link } from 'react-router';
import { useApi } from '../../../api/useApi';
import { PageHeader } from '../../../components/PageHeader';
import { useMonitoringPlans } from '../hooks/useMonitoringPlans';
import { countByAttribute, planTitle, sortPlans, totalCounts } from '../monitoring-format';
import { monitoringUrls, type TMonitoringPlanSummary, type TPlanOverview } from '../monitoring.api';
import { monitoringI18n } from '../monitoring.i18n';
import { monitoringPaths } from '../monitoring-paths';

const t = monitoringI18n;

/** Share bar of the schedule verdicts of one plan (green / blue / amber / red). */
const ScheduleBar = ({ overview }: { overview: TPlanOverview }) => {
  const { token } = theme.useToken();
  const totals = totalCounts(countByAttribute(overview.indicators));
  const parts = [
    { key: 'ahead', value: totals.bySchedule.ahead, color: token.colorSuccess },
    { key: 'on_track', value: totals.bySchedule.on_track, color: token.colorPrimary },
    { key: 'lagging', value: totals.bySchedule.lagging, color: token.colorWarning },
    { key: 'seriously_lagging', value: totals.bySchedule.seriously_lagging, color: token.colorError },
    { key: 'no_data', value: totals.noSchedule + totals.noData, color: token.colorFillSecondary },
  ] as const;
  const total = Math.max(1, totals.total);
  return (
    <Flex vertical gap={6}>
      <Flex style={{ height: 10, borderRadius: 5, overflow: 'hidden', background: token.colorFillQuaternary }}>
        {parts
          .filter((p) => p.value > 0)
          .map((p) => (
            <Tooltip key={p.key} title={`${t.colours[p.key]} ${p.value}`}>
              <div style={{ width: `${(p.value / total) * 100}%`, background: p.color }} />
            </Tooltip>
          ))}
      </Flex>
      <Flex wrap gap={token.marginSM} style={{ fontSize: token.fontSizeSM, color: token.colorTextSecondary }}>
        {parts
          .filter((p) => p.value > 0)
          .map((p) => (
            <span key={p.key}>
              <span style={{ display: 'inline-block', width: 8, height: 8, borderRadius: 4, background: p.color, marginInlineEnd: 4 }} />
              {t.colours[p.key]} {p.value}
            </span>
          ))}
      </Flex>
    </Flex>
  );
};

const PlanCard = ({ plan }: { plan: TMonitoringPlanSummary }) => {
  const { token } = theme.useToken();
  const { data: overview, loading } = useApi<TPlanOverview>(monitoringUrls.overview(plan.id), { silent: true });
  const bindingLagging = overview?.counts.bindingLagging ?? 0;
  const met = overview ? overview.counts.byTargetVerdict.met : 0;
  return (
    <Card
      hoverable
      data-testid={`plan-card-${plan.seedId}`}
      style={{ height: '100%', borderTop: `3px solid ${bindingLagging > 0 ? token.colorError : token.colorPrimary}` }}
      styles={{ body: { display: 'flex', flexDirection: 'column', gap: token.marginSM, height: '100%' } }}
    >
      <Flex justify="space-between" align="flex-start" gap={token.marginSM}>
        <div style={{ minWidth: 0 }}>
          <Link to={monitoringPaths.overview(plan.id)}>
            <Typography.Title level={5} style={{ margin: 0, color: token.colorText }}>
              {planTitle(plan)}
            </Typography.Title>
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
            {plan.issuer ?? plan.division.name}
          </Typography.Text>
        </div>
        <Tag color="blue" style={{ marginInlineEnd: 0, flex: 'none' }}>
          {PLAN_LEVEL_LABELS[plan.level]}
        </Tag>
      </Flex>
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'territory', label: t.planList.territory, children: plan.division.name },
          { key: 'period', label: t.planList.period, children: t.common.periodLabel(plan.periodStartYear, plan.periodEndYear) },
          {
            key: 'indicators',
            label: t.planList.indicators,
            span: 2,
            children: t.planList.indicatorCount(plan.indicatorCount, plan.bindingCount),
          },
        ]}
      />
      {loading && !overview ? (
        <Skeleton active paragraph={{ rows: 1 }} title={false} />
      ) : overview ? (
        <>
          <Flex justify="space-between" align="center">
            <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
              {t.planList.monitoredYear(overview.year)}
              {overview.hasDemoData ? (
                <Tag color="orange" variant="outlined" style={{ marginInlineStart: 8 }}>
                  {t.common.demoData}
                </Tag>
              ) : null}
            </Typography.Text>
            {bindingLagging > 0 ? (
              <Typography.Text type="danger" strong>
                <WarningFilled /> {t.planList.bindingLagging(bindingLagging)}
              </Typography.Text>
            ) : (
              <Typography.Text type="success">{t.planList.noBindingLagging}</Typography.Text>
            )}
          </Flex>
          <ScheduleBar overview={overview} />
          <Flex align="center" gap={token.marginSM}>
            <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM, flex: 'none' }}>
              {t.overview.statMet}
            </Typography.Text>
            <Progress
              percent={overview.indicators.length ? Math.round((met / overview.indicators.length) * 100) : 0}
              size="small"
              format={() => `${met}/${overview.indicators.length}`}
            />
          </Flex>
        </>
      ) : null}
      <Flex justify="flex-end" style={{ marginTop: 'auto' }}>
        <Link to={monitoringPaths.overview(plan.id)}>
          <Button type="primary" ghost icon={<RightOutlined />} iconPlacement="end">
            {t.planList.open}
          </Button>
        </Link>
      </Flex>
    </Card>
  );
};

export const PlanListPage = () => {
  const { token } = theme.useToken();
  const { data: plans, loading } = useMonitoringPlans();
  return (
    <>
      <PageHeader title={t.planList.title} subTitle={t.planList.subTitle} />
      {loading && !plans ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : !plans || plans.length === 0 ? (
        <Card>
          <Empty description={t.planList.empty} />
        </Card>
      ) : (
        <Row gutter={[token.margin, token.margin]}>
          {sortPlans(plans).map((plan) => (
            <Col key={plan.id} xs={24} lg={12} xxl={8}>
              <PlanCard plan={plan} />
            </Col>
          ))}
        </Row>
      )}
    </>
  );
};
