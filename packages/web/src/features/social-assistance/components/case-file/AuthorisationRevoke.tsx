import { Button, Form, Input, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../../components/FormModal';
import { toIsoDates } from '../../form-values';
import { parametersApi } from '../../parameters.api';
import { revokeText as t } from '../../parameters.i18n';
import type { AuthorisationRow } from '../../social-assistance.types';
import { ActDateItem } from '../ActDateItem';

// 撤销核对授权书: the state of one authorisation in the case file's table, and for callers who may
// record authorisations a button that asks for the date and reason before revoking it.

type Values = { on: dayjs.Dayjs; reason: string };

const RevokeModal = ({ row, onClose, onDone }: { row: AuthorisationRow; onClose: () => void; onDone: () => void }) => {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      title={t.title(row.personName)}
      okText={t.ok}
      danger
      form={form}
      initialValues={{ on: dayjs() }}
      hint={t.hint}
      submit={async (raw) => {
        const v = toIsoDates(raw) as { on: string; reason: string };
        await parametersApi.revokeAuthorisation(row.id, { on: v.on, reason: v.reason.trim() });
      }}
      success={t.done}
      onDone={onDone}
      onClose={onClose}
    >
      <ActDateItem name="on" label={t.on} />
      <Form.Item name="reason" label={t.reason} rules={[{ required: true, whitespace: true, message: t.reasonRequired }]}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} placeholder={t.reasonPlaceholder} />
      </Form.Item>
    </FormModal>
  );
};

/** 状态 cell: 已撤销 (with date and reason), or 有效 with the revoke button when allowed. */
export const AuthorisationState = ({ row, canRevoke, onRevoked }: { row: AuthorisationRow; canRevoke: boolean; onRevoked: () => void }) => {
  const [open, setOpen] = useState(false);
  if (row.revokedOn !== null) {
    return (
      <span data-testid="authorisation-revoked">
        <Tag color="default">{t.revokedOn(row.revokedOn)}</Tag>
        {row.revokeReason ? <Typography.Text type="secondary">{row.revokeReason}</Typography.Text> : null}
      </span>
    );
  }
  return (
    <>
      <Tag color="success">{t.inForce}</Tag>
      {canRevoke ? (
        <Button size="small" type="link" danger onClick={() => setOpen(true)}>
          {t.revoke}
        </Button>
      ) : null}
      {open ? (
        <RevokeModal
          row={row}
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            onRevoked();
          }}
        />
      ) : null}
    </>
  );
};
