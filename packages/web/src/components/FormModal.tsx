import { App, Form, Modal, Typography, type FormInstance, type FormProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { handleApiError } from '../api/handle-api-error';
import { zhCN } from '../i18n/zh-CN';

/** What a FormModal asks before a write that cannot be taken back (停发, 终止, 暂停发放 …). */
export type DangerConfirm = { title: ReactNode; content: ReactNode };

type FormModalProps<V, R> = {
  title: ReactNode;
  /** The OK button's text (the action's name, or 确定). */
  okText: ReactNode;
  form: FormInstance<V>;
  initialValues?: FormProps<V>['initialValues'];
  width?: number;
  /** Shown above the form as a secondary paragraph. */
  hint?: ReactNode;
  /** A red OK button: the write takes something away (撤销, 停发 …). */
  danger?: boolean;
  /** Given the valid values, what to ask first (a danger confirmation), or null to go straight on. */
  confirm?: (values: V) => DangerConfirm | null;
  /** The write; its errors go to handleApiError, with field details put on the form. */
  submit: (values: V) => Promise<R>;
  /** The success toast, fixed or from the write's result (none when `submit` says it itself). */
  success?: string | ((result: R) => string);
  onDone?: (result: R) => void;
  onClose: () => void;
  /** The form's autocomplete attribute ("off" where the browser's suggestions would only get in the way). */
  autoComplete?: string;
  children: ReactNode;
};

/**
 * A dialog with a vertical form: OK validates, optionally asks once more (danger), writes, toasts
 * and hands the result on; the OK button spins while the write runs.
 */
export const FormModal = <V extends object, R = unknown>({
  title,
  okText,
  form,
  initialValues,
  width,
  hint,
  danger,
  confirm,
  submit,
  success,
  onDone,
  onClose,
  autoComplete,
  children,
}: FormModalProps<V, R>) => {
  const { message, modal } = App.useApp();
  const [saving, setSaving] = useState(false);
  const send = async (values: V) => {
    setSaving(true);
    try {
      const result = await submit(values);
      if (success !== undefined) void message.success(typeof success === 'function' ? success(result) : success);
      onDone?.(result);
    } catch (error) {
      handleApiError(error, { form });
    } finally {
      setSaving(false);
    }
  };
  const ok = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const ask = confirm?.(values);
    if (ask) {
      modal.confirm({
        title: ask.title,
        content: ask.content,
        okText: zhCN.common.confirm,
        cancelText: zhCN.common.cancel,
        okButtonProps: { danger: true },
        onOk: () => send(values),
      });
    } else await send(values);
  };
  return (
    <Modal
      open
      title={title}
      width={width}
      onCancel={onClose}
      onOk={() => void ok()}
      okText={okText}
      okButtonProps={danger ? { danger: true } : undefined}
      cancelText={zhCN.common.cancel}
      confirmLoading={saving}
      destroyOnHidden
    >
      {hint ? <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph> : null}
      <Form<V> form={form} layout="vertical" initialValues={initialValues} autoComplete={autoComplete}>
        {children}
      </Form>
    </Modal>
  );
};
