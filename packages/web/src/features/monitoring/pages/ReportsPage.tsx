import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { REPORT_KINDS, REPORT_KIND_LABELS, type ReportKind, type TDivisionDetail } from '@mz/shared';
import { App, Button, Card, Col, Flex, Form, Radio, Row, Typography, theme } from 'antd';
import { useState } from 'react';
import { handleApiError } from '../../../api/handle-api-error';
import { useApi } from '../../../api/useApi';
import { divisionDetailUrl } from '../../division/division.api';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect';
import { PageHeader } from '../../../components/PageHeader';
import { useMe } from '../../identity/hooks/useAuth';
import { CutOffsCard } from '../components/CutOffsCard';
import { PlanSelect } from '../components/PlanSelect';
import { YearSelect } from '../components/YearSelect';
import { useMonitoringPlans } from '../hooks/useMonitoringPlans';
import { useMonitoringQuery } from '../hooks/useMonitoringQuery';
import { planTitle, planYears, preferredPlan, reportYear } from '../monitoring-format';
import { downloadFile, monitoringUrls } from '../monitoring.api';
import { monitoringI18n } from '../monitoring.i18n';

const t = monitoringI18n;
const r = t.reports;

const KIND_HINTS: Record<ReportKind, string> = { annual: r.kindAnnualHint, midterm: r.kindMidtermHint, final: r.kindFinalHint };

const isKind = (value: string | null): value is ReportKind => (REPORT_KINDS as readonly string[]).includes(value ?? '');

export const ReportsPage = () => {
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const me = useMe();
  const query = useMonitoringQuery();
  const plans = useMonitoringPlans().data ?? [];
  const plan =
    plans.find((p) => p.id === query.plan) ??
    preferredPlan(
      plans,
      me.assignments.map((a) => a.divisionCode),
    );
  const kind: ReportKind = isKind(query.kind) ? query.kind : 'annual';
  const year = reportYear(kind, query.year);
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);
  // Opened from a dashboard with ?unit=: the division's name for the picker.
  const unitName = useApi<TDivisionDetail>(query.unit ? divisionDetailUrl(query.unit) : null, { silent: true }).data?.name;

  const download = async (format: 'docx' | 'xlsx') => {
    if (!plan) return;
    setBusy(format);
    try {
      const name = await downloadFile(
        monitoringUrls.report(plan.id, format, { divisionId: query.unit, kind, year: kind === 'annual' ? query.year : null }),
        `${plan.seedId}_${REPORT_KIND_LABELS[kind]}.${format}`,
      );
      void message.success(r.downloaded(name));
    } catch (error) {
      handleApiError(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <PageHeader title={r.title} subTitle={r.subTitle} />
      <Row gutter={[token.margin, token.margin]}>
        <Col xs={24} xl={14}>
          <Card size="small">
            <Form layout="horizontal" labelCol={{ flex: '96px' }} style={{ maxWidth: 720 }}>
              <Form.Item label={t.common.plan} required>
                <PlanSelect
                  plans={plans}
                  value={plan?.id ?? null}
                  onChange={(id) => query.set({ plan: id, unit: null })}
                  style={{ width: '100%' }}
                />
              </Form.Item>
              <Form.Item label={t.common.division} extra={r.divisionHint}>
                <DivisionTreeSelect
                  value={query.unit}
                  valueLabel={unitName}
                  onChange={(id) => query.set({ unit: id })}
                  style={{ width: '100%' }}
                />
              </Form.Item>
              <Form.Item label={r.kind} required extra={KIND_HINTS[kind]}>
                <Radio.Group
                  value={kind}
                  optionType="button"
                  buttonStyle="solid"
                  onChange={(e) => query.set({ kind: e.target.value as ReportKind })}
                  options={REPORT_KINDS.map((k) => ({ value: k, label: REPORT_KIND_LABELS[k] }))}
                />
              </Form.Item>
              <Form.Item label={t.common.year}>
                {kind === 'annual' ? (
                  <YearSelect
                    years={plan ? planYears(plan) : []}
                    value={query.year}
                    emptyLabel={t.common.latestYear}
                    onChange={(y) => query.set({ year: y })}
                  />
                ) : (
                  <Typography.Text>{r.fixedYear(year ?? 0)}</Typography.Text>
                )}
              </Form.Item>
              <Form.Item label=" " colon={false}>
                <Flex gap={token.marginSM} wrap>
                  <Button
                    type="primary"
                    icon={<FileWordOutlined />}
                    disabled={!plan}
                    loading={busy === 'docx'}
                    onClick={() => void download('docx')}
                  >
                    {r.docx}
                  </Button>
                  <Button icon={<FileExcelOutlined />} disabled={!plan} loading={busy === 'xlsx'} onClick={() => void download('xlsx')}>
                    {r.xlsx}
                  </Button>
                </Flex>
              </Form.Item>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={r.contents}>
            {plan ? (
              <Typography.Paragraph strong style={{ marginBottom: token.marginXS }}>
                {planTitle(plan)} · {REPORT_KIND_LABELS[kind]}
              </Typography.Paragraph>
            ) : null}
            <ul style={{ margin: 0, paddingInlineStart: 18, color: token.colorTextSecondary }}>
              {r.contentItems.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </Card>
          {plan ? (
            <div style={{ marginTop: token.marginSM }}>
              <CutOffsCard planId={plan.id} />
            </div>
          ) : null}
        </Col>
      </Row>
    </>
  );
};
