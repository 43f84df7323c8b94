import { passwordProblems, type TChangePasswordRequest } from '@mz/shared';
import { App, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { handleApiError } from '../../../api/handle-api-error';
import { useAuth, useMe } from '../hooks/useAuth';
import { authApi } from '../identity.api';
import { passwordText as t } from '../password.i18n';

type Values = TChangePasswordRequest & { confirmPassword: string };

/** 修改本人密码: current + new (strength checked while typing, enforced by the server) + confirmation. */
export const PasswordChangeForm = ({ onChanged }: { onChanged?: () => void }) => {
  const me = useMe();
  const { refresh } = useAuth();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [submitting, setSubmitting] = useState(false);

  const onFinish = async ({ currentPassword, newPassword }: Values) => {
    setSubmitting(true);
    try {
      await authApi.changePassword({ currentPassword, newPassword });
      void message.success(t.changed);
      form.resetFields();
      await refresh();
      onChanged?.();
    } catch (error) {
      handleApiError(error, { form });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(values) => void onFinish(values)}
      requiredMark={false}
      data-testid="password-form"
    >
      <Form.Item name="currentPassword" label={t.currentPassword} rules={[{ required: true, message: t.currentRequired }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t.newPassword}
        extra={<Typography.Text type="secondary">{t.rule}</Typography.Text>}
        rules={[
          { required: true, message: t.newRequired },
          {
            validator: async (_rule, value: string | undefined) => {
              const problems = value ? passwordProblems(value, me.username) : [];
              if (problems.length > 0) throw new Error(problems.join('；'));
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t.confirmPassword}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t.confirmRequired },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: string | undefined) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error(t.mismatch);
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submitting} block>
        {t.submit}
      </Button>
    </Form>
  );
};
