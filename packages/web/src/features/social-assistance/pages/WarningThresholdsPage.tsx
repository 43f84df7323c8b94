import { LOW_INCOME_WARNING_LABELS, STUDENT_STAGE_LABELS, STUDENT_STAGES, type TWarningTriggerConfig } from '@mz/shared';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Form, InputNumber, Row, Select, Switch, Typography, theme } from 'antd';
import { useEffect, useState } from 'react';
import { handleApiError } from '../../../api/handle-api-error';
import { useApi } from '../../../api/useApi';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect';
import { PageHeader } from '../../../components/PageHeader';
import { zhCN } from '../../../i18n/zh-CN';
import { useDivisionScope } from '../../division/hooks/useDivisionScope';
import { useMe } from '../../identity/hooks/useAuth';
import { opsApi, thresholdsUrl, type Thresholds } from '../assistance-ops.api';
import { opsText } from '../assistance-ops.i18n';
import { useAbility } from '../hooks/useAbility';
import { saText } from '../social-assistance.i18n';

const t = opsText.thresholds;
const STAGE_OPTIONS = STUDENT_STAGES.map((value) => ({ value, label: STUDENT_STAGE_LABELS[value] }));
const SETTABLE = ['province', 'prefecture', 'county', 'township'];
type Code = keyof TWarningTriggerConfig;

/** The form holds percentages and yuan; the contract basis points and fen. */
type FormValues = {
  handlingWorkingDays: number;
  config: TWarningTriggerConfig & { MED_OOP_HIGH: { percent: number; fixedYuan: number | null } };
};
const toForm = (th: Thresholds): FormValues => ({
  handlingWorkingDays: th.handlingWorkingDays,
  config: {
    ...th.config,
    MED_OOP_HIGH: {
      ...th.config.MED_OOP_HIGH,
      percent: th.config.MED_OOP_HIGH.incomeShare / 100,
      fixedYuan: th.config.MED_OOP_HIGH.fixedAmountFen === null ? null : th.config.MED_OOP_HIGH.fixedAmountFen / 100,
    },
  },
});
const fromForm = (v: FormValues) => {
  const { percent, fixedYuan, ...med } = v.config.MED_OOP_HIGH;
  return {
    handlingWorkingDays: v.handlingWorkingDays,
    config: {
      ...v.config,
      MED_OOP_HIGH: {
        ...med,
        incomeShare: Math.round(percent * 100),
        fixedAmountFen: fixedYuan === null || fixedYuan === undefined ? null : Math.round(fixedYuan * 100),
      },
    },
  };
};

/** 预警阈值: the local thresholds of the low-income warnings (rules doc §5.4) and the handling deadline. */
export const WarningThresholdsPage = () => {
  const { token } = theme.useToken();
  const { message, modal } = App.useApp();
  const scope = useDivisionScope();
  const me = useMe();
  const ability = useAbility();
  const canSave = ability('assistance:approve', 'any');
  const home = me.assignments.find((a) => SETTABLE.includes(a.divisionLevel));
  const [divisionId, setDivisionId] = useState<number | null>(scope.divisionId ?? home?.divisionId ?? null);
  const { data, reload } = useApi<Thresholds>(divisionId === null ? null : thresholdsUrl(divisionId));
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (data) form.setFieldsValue(toForm(data));
  }, [data, form]);

  const save = async () => {
    let v: FormValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    if (divisionId === null) return;
    modal.confirm({
      title: t.save,
      content: t.saveConfirm,
      okText: saText.common.confirm,
      cancelText: zhCN.common.cancel,
      onOk: async () => {
        setSaving(true);
        try {
          await opsApi.putThresholds(divisionId, fromForm(v));
          void message.success(t.saved);
          reload();
        } catch (error) {
          handleApiError(error, { form });
        } finally {
          setSaving(false);
        }
      },
    });
  };

  const enabledSwitch = (code: Code) => (
    <Form.Item name={['config', code, 'enabled']} valuePropName="checked" noStyle>
      <Switch size="small" checkedChildren={t.enabled} disabled={!canSave} aria-label={`${LOW_INCOME_WARNING_LABELS[code]}${t.enabled}`} />
    </Form.Item>
  );
  const num = (path: (string | number)[], label: string, min: number, max: number, nullable = false) => (
    <Form.Item name={path} label={label} rules={nullable ? [] : [{ required: true, message: label }]}>
      <InputNumber min={min} max={max} disabled={!canSave} style={{ width: 140 }} />
    </Form.Item>
  );
  const block = (code: Code, children?: React.ReactNode) => (
    <Col xs={24} md={12} xl={8} key={code}>
      <Card size="small" title={LOW_INCOME_WARNING_LABELS[code]} extra={enabledSwitch(code)} style={{ height: '100%' }}>
        {children}
      </Card>
    </Col>
  );

  return (
    <>
      <PageHeader
        title={t.title}
        subTitle={t.subtitle}
        extra={
          canSave && data ? (
            <Button type="primary" loading={saving} onClick={() => void save()}>
              {t.save}
            </Button>
          ) : null
        }
      />
      <Card size="small" style={{ marginBottom: token.marginSM }}>
        <Flex gap={token.marginSM} align="center" wrap>
          <Typography.Text>{t.division}：</Typography.Text>
          <DivisionTreeSelect
            value={divisionId}
            valueLabel={divisionId === home?.divisionId ? (home?.divisionName ?? null) : (scope.divisionName ?? null)}
            onChange={setDivisionId}
            placeholder={t.divisionPlaceholder}
            isSelectable={(d) => SETTABLE.includes(d.level)}
            style={{ width: 280 }}
          />
          {data ? (
            <Alert
              type={data.isDefault ? 'info' : data.inheritedFrom === data.divisionId ? 'success' : 'warning'}
              showIcon
              message={data.isDefault ? t.isDefault : data.inheritedFrom === data.divisionId ? t.own : t.inherited}
            />
          ) : null}
        </Flex>
      </Card>
      {divisionId === null ? (
        <Alert type="info" message={t.pickDivision} />
      ) : (
        <Form form={form} layout="vertical" data-testid="thresholds-form">
          <Card size="small" style={{ marginBottom: token.marginSM }}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t.handlingWorkingDays}>
                <Form.Item name="handlingWorkingDays" noStyle rules={[{ required: true, message: t.handlingWorkingDays }]}>
                  <InputNumber min={1} max={60} disabled={!canSave} />
                </Form.Item>
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Row gutter={[token.marginSM, token.marginSM]}>
            {block(
              'MED_OOP_HIGH',
              <>
                {num(['config', 'MED_OOP_HIGH', 'percent'], t.incomeShare, 0, 1000)}
                {num(['config', 'MED_OOP_HIGH', 'fixedYuan'], t.fixedAmount, 0, 10_000_000, true)}
                {num(['config', 'MED_OOP_HIGH', 'windowMonths'], t.windowMonths, 1, 36)}
              </>,
            )}
            {block('DISAB_NEW')}
            {block('ILLNESS_MAJOR')}
            {block(
              'UNEMP_REG',
              <Flex gap={token.marginSM}>
                {num(['config', 'UNEMP_REG', 'workingAge', 'from'], t.workingAgeFrom, 14, 30)}
                {num(['config', 'UNEMP_REG', 'workingAge', 'to'], t.workingAgeTo, 40, 70)}
              </Flex>,
            )}
            {block('DEATH', num(['config', 'DEATH', 'reviewWithinMonths'], t.reviewWithinMonths, 1, 12))}
            {block('INCOME_UP')}
            {block('ASSET_CHANGE')}
            {block(
              'STUDENT',
              <>
                <Form.Item name={['config', 'STUDENT', 'stages']} label={t.stages}>
                  <Select mode="multiple" options={STAGE_OPTIONS} disabled={!canSave} />
                </Form.Item>
                {num(['config', 'STUDENT', 'adulthoodLookaheadDays'], t.adulthoodLookaheadDays, 0, 365)}
              </>,
            )}
            {block('DISASTER')}
            {block('EXPIRY', num(['config', 'EXPIRY', 'daysBefore'], t.daysBefore, 0, 365))}
          </Row>
        </Form>
      )}
    </>
  );
};
