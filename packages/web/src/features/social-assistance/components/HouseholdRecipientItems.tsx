import { Form, InputNumber } from 'antd';

/** The 家庭编号 (required) and 救助对象编号 (optional) fields of an operations form. */
export const HouseholdRecipientItems = ({ text }: { text: { householdId: string; householdIdRequired: string; recipientId: string } }) => (
  <>
    <Form.Item name="householdId" label={text.householdId} rules={[{ required: true, message: text.householdIdRequired }]}>
      <InputNumber min={1} precision={0} style={{ width: 200 }} />
    </Form.Item>
    <Form.Item name="recipientId" label={text.recipientId}>
      <InputNumber min={1} precision={0} style={{ width: 200 }} />
    </Form.Item>
  </>
);
