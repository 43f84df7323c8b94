import { SearchOutlined } from '@ant-design/icons';
import { Button, Form, Space, theme, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { zhCN } from '../i18n/zh-CN';

/**
 * The inline filter form above a list: the page's filter fields, then 查询 (submits the values)
 * and 重置 (clears the fields, then `onReset`).
 */
export const SearchForm = <V extends object>({
  form,
  onSearch,
  onReset,
  children,
}: {
  form: FormInstance<V>;
  onSearch: (values: V) => void;
  onReset: () => void;
  children: ReactNode;
}) => {
  const { token } = theme.useToken();
  return (
    <Form<V> form={form} layout="inline" style={{ rowGap: token.marginXS, marginBottom: token.marginSM }} onFinish={onSearch}>
      {children}
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
            {zhCN.common.search}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onReset();
            }}
          >
            {zhCN.common.reset}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
};
