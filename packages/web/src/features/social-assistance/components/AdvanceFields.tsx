import { DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import { stepText } from '../case-steps.i18n';
import { isAfterToday } from '../form-values';
import { ActDateItem } from './ActDateItem';

const t = stepText.advance;

/** 先行救助: paid at once by the township (amount in yuan, within its direct-approval limit). */
export const PayAdvanceFields = () => (
  <>
    <ActDateItem label={t.paidOn} />
    <Form.Item name="amount" label={t.amount} extra={t.amountHint} rules={[{ required: true, message: t.amount }]}>
      <InputNumber min={0.01} precision={2} step={100} style={{ width: '100%' }} />
    </Form.Item>
    <Form.Item name="eventKind" label={t.eventKind} rules={[{ required: true, message: t.eventKind }]}>
      <Select options={stepText.eventKindOptions} />
    </Form.Item>
    <Form.Item name="occurredOn" label={t.occurredOn} rules={[{ required: true, message: t.occurredOn }]}>
      <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
    </Form.Item>
    <Form.Item name="eventDescription" label={t.eventDescription} rules={[{ required: true, whitespace: true, message: t.eventRequired }]}>
      <Input.TextArea rows={2} maxLength={500} />
    </Form.Item>
    <Form.Item name="method" label={t.method} rules={[{ required: true, message: t.method }]}>
      <Radio.Group optionType="button" options={stepText.methodOptions} />
    </Form.Item>
  </>
);

/** 补办手续: the explanation and who signed and stamped, after the emergency. */
export const CompleteAdvanceFields = () => (
  <>
    <ActDateItem />
    <Form.Item name="explanation" label={t.explanation} rules={[{ required: true, whitespace: true, message: t.explanationRequired }]}>
      <Input.TextArea rows={3} maxLength={2000} />
    </Form.Item>
    <Form.Item name="signedBy" label={t.signedBy} extra={t.signedByHint} rules={[{ required: true, message: t.signedByRequired }]}>
      <Select mode="tags" open={false} suffixIcon={null} />
    </Form.Item>
  </>
);
