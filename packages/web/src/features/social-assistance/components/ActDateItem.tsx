import { DatePicker, Form } from 'antd';
import { isAfterToday } from '../form-values';
import { saText } from '../social-assistance.i18n';

/**
 * 办理日期 of a step: the day the act happened (default today). Deadlines count from it; the server
 * refuses future dates, so the picker does too.
 */
export const ActDateItem = ({ name = 'on', label = saText.common.date }: { name?: string; label?: string }) => (
  <Form.Item name={name} label={label} rules={[{ required: true, message: saText.common.dateRequired }]}>
    <DatePicker disabledDate={isAfterToday} style={{ width: 180 }} allowClear={false} />
  </Form.Item>
);
