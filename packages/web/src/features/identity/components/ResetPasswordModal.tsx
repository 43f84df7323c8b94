import { passwordProblems, type TResetPasswordRequest, type TUserSummary } from '@mz/shared';
import { Alert, App, Form, Input, Modal, theme } from 'antd';
import { useState } from 'react';
import { handleApiError } from '../../../api/handle-api-error';
import { usersApi } from '../identity.api';
import { passwordText as t } from '../password.i18n';

type Props = { user: TUserSummary; onClose: () => void; onDone: () => void };

/** 管理员重置密码: a temporary password; the user's sessions end and they must change it at next login. */
export const ResetPasswordModal = ({ user, onClose, onDone }: Props) => {
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const [form] = Form.useForm<TResetPasswordRequest>();
  const [submitting, setSubmitting] = useState(false);

  const onFinish = async (values: TResetPasswordRequest) => {
    setSubmitting(true);
    try {
      await usersApi.resetPassword(user.id, values);
      void message.success(t.resetDone);
      onDone();
    } catch (error) {
      handleApiError(error, { form });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open
      title={t.resetTitle(user.displayName)}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={submitting}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t.resetHint} style={{ marginBottom: token.marginMD }} />
      <Form<TResetPasswordRequest> form={form} layout="vertical" onFinish={(values) => void onFinish(values)} requiredMark={false}>
        <Form.Item
          name="newPassword"
          label={t.temporaryPassword}
          extra={t.rule}
          rules={[
            { required: true, message: t.newRequired },
            {
              validator: async (_rule, value: string | undefined) => {
                const problems = value ? passwordProblems(value, user.username) : [];
                if (problems.length > 0) throw new Error(problems.join('；'));
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
