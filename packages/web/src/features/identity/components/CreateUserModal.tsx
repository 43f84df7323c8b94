import { ZCreateUserRequest, type TCreateUserRequest } from '@mz/shared';
import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { handleApiError } from '../../../api/handle-api-error';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect';
import { zodRule } from '../../../components/zod-rule';
import { zhCN } from '../../../i18n/zh-CN';
import { usersApi } from '../identity.api';
import { ROLE_OPTIONS } from '../role-options';

const t = zhCN.users;

type Props = { defaultDivisionId: number | null; defaultDivisionName: string | null; onClose: () => void; onCreated: (id: number) => void };

/** 新建用户 (user:manage): account, first role and its division; server field errors land on the fields. */
export const CreateUserModal = ({ defaultDivisionId, defaultDivisionName, onClose, onCreated }: Props) => {
  const { message } = App.useApp();
  const [form] = Form.useForm<TCreateUserRequest>();
  const [submitting, setSubmitting] = useState(false);

  const submit = async () => {
    let values: TCreateUserRequest;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    setSubmitting(true);
    try {
      const created = await usersApi.create(values);
      void message.success(t.created(values.displayName));
      onCreated(created.id);
    } catch (error) {
      handleApiError(error, { form });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open
      title={t.create}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={zhCN.common.submit}
      cancelText={zhCN.common.cancel}
      confirmLoading={submitting}
      width={520}
    >
      <Form<TCreateUserRequest>
        form={form}
        layout="vertical"
        initialValues={defaultDivisionId === null ? {} : { divisionId: defaultDivisionId }}
        autoComplete="off"
      >
        <Form.Item
          name="username"
          label={t.username}
          extra={t.usernameHint}
          rules={[{ required: true, message: t.usernameRequired }, zodRule(ZCreateUserRequest.shape.username)]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t.displayName} rules={[{ required: true, whitespace: true, message: t.displayNameRequired }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t.password}
          extra={t.passwordHint}
          rules={[{ required: true, message: t.passwordRequired }, zodRule(ZCreateUserRequest.shape.password)]}
        >
          <Input.Password maxLength={200} autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="role" label={t.role} rules={[{ required: true, message: t.roleRequired }]}>
          <Select options={ROLE_OPTIONS} placeholder={t.rolePlaceholder} />
        </Form.Item>
        <Form.Item name="divisionId" label={t.division} rules={[{ required: true, message: t.divisionRequired }]}>
          <DivisionTreeSelect valueLabel={defaultDivisionName} placeholder={t.divisionPlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
};
