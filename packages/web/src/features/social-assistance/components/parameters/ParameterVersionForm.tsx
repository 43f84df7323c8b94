import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { TParameterVersion } from '@mz/shared';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { handleApiError } from '../../../../api/handle-api-error';
import { zhCN } from '../../../../i18n/zh-CN';
import { fromParameterForm, nextMonthStart, toParameterForm, TRACKED_FIELDS, type ParameterFormValues } from '../../parameter-form';
import { parametersApi } from '../../parameters.api';
import { paramText as t } from '../../parameters.i18n';

// 新建参数版本: prefilled from the version in force, amounts typed in 元; the server stores fen,
// closes the version it overlaps and re-computes recipients' monthly amounts from the first month.

type Values = ParameterFormValues & { fromMonth: dayjs.Dayjs; note?: string };

const SECTIONS: { title: string; keys: string[] }[] = [
  { title: t.sections.dibao, keys: ['dibaoUrban', 'dibaoRural'] },
  { title: t.sections.extremePoverty, keys: ['epUrban', 'epRural'] },
  { title: t.sections.care, keys: ['careSelf', 'carePartial', 'careFull'] },
  { title: t.sections.other, keys: ['minimumBenefit', 'marginalMultiple', 'pension', 'disposableIncome'] },
];

export const ParameterVersionForm = ({
  divisionId,
  divisionName,
  base,
  today,
  onCreated,
}: {
  divisionId: number;
  divisionName: string;
  /** The version in force (the form's starting point). */
  base: TParameterVersion;
  today: string;
  onCreated: () => void;
}) => {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    form.setFieldsValue({ ...toParameterForm(base.values), fromMonth: dayjs(nextMonthStart(today)), note: '' });
  }, [base, today, form]);

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const validFrom = v.fromMonth.startOf('month').format('YYYY-MM-DD');
    const month = v.fromMonth.format('YYYY年M月');
    const note = v.note?.trim();
    const body = {
      divisionId,
      validFrom,
      values: fromParameterForm(base.values, { amounts: v.amounts, tiers: v.tiers ?? [] }),
      ...(note ? { note } : {}),
    };
    modal.confirm({
      title: t.confirmTitle,
      content: t.confirmContent(divisionName, month),
      okText: t.confirmOk,
      cancelText: zhCN.common.cancel,
      onOk: async () => {
        setSaving(true);
        try {
          const created = await parametersApi.create(body);
          void message.success(t.created(month, created.recomputedPeriods));
          onCreated();
        } catch (error) {
          handleApiError(error, { form });
        } finally {
          setSaving(false);
        }
      },
    });
  };

  const field = (key: string) => {
    const f = TRACKED_FIELDS.find((x) => x.key === key);
    if (!f) return null;
    return (
      <Col xs={24} md={12} xl={8} key={key}>
        <Form.Item
          name={['amounts', key]}
          label={f.label}
          rules={f.nullable ? [] : [{ required: true, message: t.amountRequired(f.label) }]}
        >
          <InputNumber
            min={0}
            max={f.kind === 'fen' ? 1_000_000_000 : 100}
            precision={2}
            suffix={f.kind === 'fen' ? t.yuan : t.times}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Col>
    );
  };

  return (
    <Card size="small" title={t.create} data-testid="parameters-create">
      <Typography.Paragraph type="secondary">{t.createHint}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical">
        <Row gutter={16}>
          <Col xs={24} md={12} xl={8}>
            <Form.Item name="fromMonth" label={t.fromMonth} rules={[{ required: true, message: t.fromMonthRequired }]}>
              <DatePicker picker="month" format="YYYY-MM" allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {SECTIONS.map((s) => (
          <div key={s.title}>
            <Typography.Title level={5}>{s.title}</Typography.Title>
            <Row gutter={16}>{s.keys.map(field)}</Row>
          </div>
        ))}
        <Typography.Title level={5}>{t.tiers}</Typography.Title>
        <Typography.Paragraph type="secondary">{t.tierMaxIncomeHint}</Typography.Paragraph>
        <Form.List name="tiers">
          {(rows, { add, remove }) => (
            <>
              {rows.map(({ key, name }) => (
                <Flex key={key} gap={8} align="start" wrap data-testid="parameters-tier">
                  <Form.Item name={[name, 'code']} label={t.tierCode} rules={[{ required: true, whitespace: true, message: t.tierCode }]}>
                    <Input maxLength={20} style={{ width: 100 }} />
                  </Form.Item>
                  <Form.Item
                    name={[name, 'label']}
                    label={t.tierLabel}
                    rules={[{ required: true, whitespace: true, message: t.tierLabel }]}
                  >
                    <Input maxLength={40} style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[name, 'maxIncomePercent']} label={t.tierMaxIncome}>
                    <InputNumber min={0} max={10_000} precision={2} style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item
                    name={[name, 'amountYuan']}
                    label={t.tierAmount}
                    rules={[{ required: true, message: t.amountRequired(t.tierAmount) }]}
                  >
                    <InputNumber min={0} precision={2} style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item label=" ">
                    <Button icon={<DeleteOutlined />} onClick={() => remove(name)}>
                      {t.removeTier}
                    </Button>
                  </Form.Item>
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ code: '', label: '', maxIncomePercent: null, amountYuan: null })}
                style={{ marginBottom: 16 }}
              >
                {t.addTier}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={t.note}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <Button type="primary" loading={saving} onClick={() => void submit()}>
          {t.submit}
        </Button>
      </Form>
    </Card>
  );
};
