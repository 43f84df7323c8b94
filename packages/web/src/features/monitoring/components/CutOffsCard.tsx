import { EditOutlined } from '@ant-design/icons';
import type { TTimeProgressCutOffs } from '@mz/shared';
import { App, Button, Card, Flex, Form, Input, InputNumber, Modal, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { handleApiError } from '../../../api/handle-api-error';
import { useApi } from '../../../api/useApi';
import { zhCN } from '../../../i18n/zh-CN';
import { useCan } from '../../identity/hooks/useAuth';
import { monitoringApi, monitoringUrls, type PlanCutOffs } from '../monitoring.api';
import { monitoringI18n } from '../monitoring.i18n';

const t = monitoringI18n.cutOffs;

type Values = { aheadFrom: number; onTrackFrom: number; laggingFrom: number; reason: string };

/** Cut-offs are shares (1.1); the form shows percentages (110). */
const toPercent = (c: TTimeProgressCutOffs) => ({
  aheadFrom: Math.round(c.aheadFrom * 1000) / 10,
  onTrackFrom: Math.round(c.onTrackFrom * 1000) / 10,
  laggingFrom: Math.round(c.laggingFrom * 1000) / 10,
});

/** The 时序进度 method of a plan with its cut-offs; planners of the plan's division may change them. */
export const CutOffsCard = ({ planId }: { planId: number }) => {
  const { message } = App.useApp();
  const can = useCan();
  const api = useApi<PlanCutOffs>(monitoringUrls.cutOffs(planId));
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const data = api.data?.planId === planId ? api.data : null;

  const save = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    setSaving(true);
    try {
      const saved = await monitoringApi.saveCutOffs(planId, {
        cutOffs: { aheadFrom: values.aheadFrom / 100, onTrackFrom: values.onTrackFrom / 100, laggingFrom: values.laggingFrom / 100 },
        reason: values.reason,
      });
      void message.success(t.saved(saved.recomputed ?? 0));
      setOpen(false);
      api.reload();
    } catch (error) {
      handleApiError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      size="small"
      title={t.title}
      data-testid="cut-offs"
      extra={
        data && can('monitoring:manage') ? (
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => {
              form.setFieldsValue({ ...toPercent(data.cutOffs), reason: '' });
              setOpen(true);
            }}
          >
            {t.edit}
          </Button>
        ) : null
      }
    >
      {data ? (
        <Flex vertical gap={4}>
          <Typography.Text>{data.method}</Typography.Text>
          <Flex gap={6} align="center" wrap>
            <Tag>{data.isDefault ? t.isDefault : t.isPlanOwn}</Tag>
            {data.updatedAt ? (
              <Typography.Text type="secondary">
                {t.updated(data.updatedBy, dayjs(data.updatedAt).format('YYYY-MM-DD HH:mm'))}
              </Typography.Text>
            ) : null}
          </Flex>
        </Flex>
      ) : (
        <Typography.Text type="secondary">{zhCN.common.dash}</Typography.Text>
      )}
      <Modal
        open={open}
        title={t.editTitle}
        okText={zhCN.common.submit}
        cancelText={zhCN.common.cancel}
        confirmLoading={saving}
        onCancel={() => setOpen(false)}
        onOk={() => void save()}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t.editHint}</Typography.Paragraph>
        <Form form={form} layout="horizontal" labelCol={{ flex: '180px' }}>
          {(['aheadFrom', 'onTrackFrom', 'laggingFrom'] as const).map((key) => (
            <Form.Item key={key} name={key} label={t[key]} rules={[{ required: true }]}>
              <InputNumber<number> min={0} max={500} step={5} suffix="%" aria-label={t[key]} style={{ width: 140 }} />
            </Form.Item>
          ))}
          <Form.Item name="reason" label={t.reason} rules={[{ required: true, min: 2, message: t.reasonRequired }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
};
