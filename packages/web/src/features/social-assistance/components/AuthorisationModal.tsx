import { UploadOutlined } from '@ant-design/icons';
import { CASE_DOCUMENT_MAX_BYTES, CASE_DOCUMENT_MIME_TYPES, type TAuthorisationCreate, type TDocumentUpload } from '@mz/shared';
import { App, Button, DatePicker, Form, Input, Modal, Radio, Select, Upload } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { handleApiError } from '../../../api/handle-api-error';
import { zhCN } from '../../../i18n/zh-CN';
import { stepText } from '../case-steps.i18n';
import { toIsoDates } from '../form-values';
import { assistanceApi } from '../social-assistance.api';
import { saText } from '../social-assistance.i18n';
import { DEPARTMENT_OPTIONS } from '../social-assistance-options';
import { bytesToBase64 } from '../upload-files';
import { ActDateItem } from './ActDateItem';

const t = stepText.authorisation;
const ACCEPTED = CASE_DOCUMENT_MIME_TYPES as readonly string[];

export type AuthorisationPerson = { kind: 'member' | 'obligor'; id: number; name: string };

type Values = { signedOn: dayjs.Dayjs; signerName: string; signedAs: string; departments?: string[]; validUntil?: dayjs.Dayjs | null };

/** 登记核对授权书 of one person: the signed scan (stored with its SHA-256) and who signed, when, for what. */
export const AuthorisationModal = ({
  applicationId,
  person,
  onClose,
  onDone,
}: {
  applicationId: number;
  person: AuthorisationPerson;
  onClose: () => void;
  onDone: () => void;
}) => {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    let raw: Values;
    try {
      raw = await form.validateFields();
    } catch {
      return;
    }
    if (!file) {
      void message.error(t.fileRequired);
      return;
    }
    const v = toIsoDates(raw) as {
      signedOn: string;
      signerName: string;
      signedAs: string;
      departments?: string[];
      validUntil?: string | null;
    };
    setSaving(true);
    try {
      const body: TAuthorisationCreate = {
        ...(person.kind === 'member' ? { memberId: person.id } : { obligorId: person.id }),
        signedOn: v.signedOn,
        signerName: v.signerName.trim(),
        signedAs: v.signedAs as TAuthorisationCreate['signedAs'],
        ...(v.departments && v.departments.length > 0 ? { departments: v.departments as TAuthorisationCreate['departments'] } : {}),
        ...(v.validUntil ? { validUntil: v.validUntil } : {}),
        document: {
          fileName: file.name,
          mimeType: file.type as TDocumentUpload['mimeType'],
          contentBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
        },
      };
      await assistanceApi.recordAuthorisation(applicationId, body);
      void message.success(t.done);
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
      title={t.recordTitle(person.name)}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t.record}
      cancelText={zhCN.common.cancel}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ signedOn: dayjs(), signerName: person.name, signedAs: 'self' }}>
        <ActDateItem name="signedOn" label={t.signedOn} />
        <Form.Item name="signerName" label={t.signer} rules={[{ required: true, whitespace: true, message: t.signerRequired }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="signedAs" label={t.signedAs}>
          <Radio.Group optionType="button" options={stepText.signedAsOptions} />
        </Form.Item>
        <Form.Item name="departments" label={t.departments} extra={t.allDepartments}>
          <Select mode="multiple" allowClear options={DEPARTMENT_OPTIONS} />
        </Form.Item>
        <Form.Item name="validUntil" label={t.validUntil}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t.file} required>
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
            <Button icon={<UploadOutlined />}>{t.file}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
};
