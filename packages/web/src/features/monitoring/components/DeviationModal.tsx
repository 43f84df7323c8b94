import { Alert, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { handleApiError } from '../../../api/handle-api-error';
import { zhCN } from '../../../i18n/zh-CN';
import type { FormIndicator } from '../monitoring.api';
import { monitoringI18n } from '../monitoring.i18n';

const c = monitoringI18n.collection;

/** The 偏离说明 of a lagging row of the data-collection form. */
export const DeviationModal = ({
  row,
  onClose,
  onSave,
}: {
  row: FormIndicator | null;
  onClose: () => void;
  onSave: (text: string) => Promise<void>;
}) => {
  const [form] = Form.useForm<{ text: string }>();
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (row) form.setFieldsValue({ text: row.deviationNote ?? '' });
  }, [row, form]);
  return (
    <Modal
      open={row !== null}
      title={row ? c.deviationTitle(row.name) : ''}
      okText={zhCN.common.submit}
      cancelText={zhCN.common.cancel}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        let text: string;
        try {
          text = (await form.validateFields()).text;
        } catch {
          return; // the form shows what is missing
        }
        setSaving(true);
        try {
          await onSave(text);
        } catch (error) {
          handleApiError(error, { form });
        } finally {
          setSaving(false);
        }
      }}
    >
      {row?.verdict ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={row.verdict.reasons[row.verdict.reasons.length - 1] ?? row.verdict.reasons[0]}
        />
      ) : null}
      <Form form={form} layout="vertical">
        <Form.Item name="text" label={c.deviation} rules={[{ required: true, min: 5, message: c.deviationMin }]}>
          <Input.TextArea rows={6} maxLength={4000} showCount placeholder={c.deviationPlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
};
