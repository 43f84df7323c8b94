import { UploadOutlined } from '@ant-design/icons';
import { CASE_DOCUMENT_MAX_BYTES, CASE_DOCUMENT_MIME_TYPES, DEPARTMENT_LABELS, type TDocumentUpload } from '@mz/shared';
import { App, Button, Form, Modal, Select, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { handleApiError } from '../../../api/handle-api-error';
import { zhCN } from '../../../i18n/zh-CN';
import { toIsoDates } from '../form-values';
import { assistanceApi } from '../social-assistance.api';
import { labelOf, saText } from '../social-assistance.i18n';
import { DOCUMENT_KIND_OPTIONS } from '../social-assistance-options';
import type { VerificationRequestRow } from '../social-assistance.types';
import { bytesToBase64 } from '../upload-files';
import { ActDateItem } from './ActDateItem';

/** 核对答复 (county office): the department's adapter is queried as of the given day. */
export const VerificationRespondModal = ({
  request,
  onClose,
  onDone,
}: {
  request: VerificationRequestRow;
  onClose: () => void;
  onDone: () => void;
}) => {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ on: dayjs.Dayjs }>();
  const [saving, setSaving] = useState(false);
  const department = labelOf(DEPARTMENT_LABELS, request.department);
  const submit = async () => {
    let raw: { on: dayjs.Dayjs };
    try {
      raw = await form.validateFields();
    } catch {
      return;
    }
    const { on } = toIsoDates(raw) as { on: string };
    setSaving(true);
    try {
      await assistanceApi.respondVerification(request.id, on);
      void message.success(saText.case.responded);
      onDone();
    } catch (error) {
      handleApiError(error, { form });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={saText.case.respondTitle(department)}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={saText.case.respond}
      cancelText={zhCN.common.cancel}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{saText.case.respondHint}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ on: dayjs() }}>
        <ActDateItem label={saText.case.respondedOn} />
      </Form>
    </Modal>
  );
};

const ACCEPTED = CASE_DOCUMENT_MIME_TYPES as readonly string[];

/** 上传案卷材料 (application form, home-visit record …): kept with the case, hashed by the server. */
export const DocumentUploadModal = ({
  applicationId,
  onClose,
  onDone,
}: {
  applicationId: number;
  onClose: () => void;
  onDone: () => void;
}) => {
  const { message } = App.useApp();
  const [kind, setKind] = useState<TDocumentUpload['kind']>('application-form');
  const [file, setFile] = useState<File | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    if (!file) return;
    setSaving(true);
    try {
      const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      await assistanceApi.uploadDocument(applicationId, {
        kind,
        fileName: file.name,
        mimeType: file.type as TDocumentUpload['mimeType'],
        contentBase64,
      });
      void message.success(saText.case.uploaded);
      onDone();
    } catch (error) {
      handleApiError(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={saText.case.upload}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ disabled: !file }}
      okText={saText.case.upload}
      cancelText={zhCN.common.cancel}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={saText.case.uploadKind}>
          <Select value={kind} onChange={setKind} options={DOCUMENT_KIND_OPTIONS} />
        </Form.Item>
        <Form.Item label={saText.case.fileName}>
          <Upload
            maxCount={1}
            accept={ACCEPTED.join(',')}
            beforeUpload={(next) => {
              if (next.size > CASE_DOCUMENT_MAX_BYTES) {
                void message.error(saText.case.fileTooLarge);
                return Upload.LIST_IGNORE;
              }
              if (!ACCEPTED.includes(next.type)) {
                void message.error(saText.case.fileTypeNotAllowed);
                return Upload.LIST_IGNORE;
              }
              setFile(next);
              return false;
            }}
            onRemove={() => setFile(null)}
          >
            <Button icon={<UploadOutlined />}>{saText.case.upload}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
};
