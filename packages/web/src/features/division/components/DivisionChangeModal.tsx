import { DIVISION_CHANGE_LABELS, ZDivisionChangeRequest, type TDivisionDetail } from '@mz/shared';
import { App, DatePicker, Form, Input, Modal, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { handleApiError } from '../../../api/handle-api-error';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect';
import { zhCN } from '../../../i18n/zh-CN';
import { divisionApi, invalidateDivisionCache } from '../division.api';
import { buildDivisionChangeRequest, describeDivisionChange, parentLevelOf, type DivisionChangeForm } from '../division-format';
import type { SelectablePredicate } from '../division-tree';

const t = zhCN.divisionChange;

type Kind = DivisionChangeForm['kind'];
type FormValues = {
  kind: Kind;
  name?: string;
  code?: string;
  parentId?: number;
  intoDivisionId?: number;
  effectiveOn: Dayjs;
  note?: string;
};

const KINDS: Kind[] = ['rename', 'recode', 'reparent', 'merge'];
const KIND_OPTIONS = KINDS.map((value) => ({ value, label: DIVISION_CHANGE_LABELS[value] }));

const toForm = (values: FormValues): DivisionChangeForm => {
  const effectiveOn = values.effectiveOn.format('YYYY-MM-DD');
  const common = { effectiveOn, note: values.note };
  switch (values.kind) {
    case 'rename':
      return { kind: 'rename', name: values.name ?? '', ...common };
    case 'recode':
      return { kind: 'recode', code: values.code ?? '', ...common };
    case 'reparent':
      return { kind: 'reparent', parentId: values.parentId ?? 0, ...common };
    case 'merge':
      return { kind: 'merge', intoDivisionId: values.intoDivisionId ?? 0, ...common };
  }
};

type Props = {
  division: TDivisionDetail;
  names: ReadonlyMap<number, string>;
  onClose: () => void;
  onDone: () => void;
};

/** 区划变更 (division:manage): rename / recode / re-parent / merge, effective from a date, confirmed first. */
export const DivisionChangeModal = ({ division, names, onClose, onDone }: Props) => {
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const kind = Form.useWatch('kind', form) ?? 'rename';
  const [submitting, setSubmitting] = useState(false);
  const [picked, setPicked] = useState<Map<number, string>>(new Map());

  const parentLevel = parentLevelOf(division.level);
  const isParentCandidate = useCallback<SelectablePredicate>(
    (d) => d.level === parentLevel && d.id !== division.parentId,
    [parentLevel, division.parentId],
  );
  const isMergeTarget = useCallback<SelectablePredicate>(
    (d) => d.level === division.level && d.id !== division.id,
    [division.level, division.id],
  );

  const submit = async () => {
    const values = await form.validateFields();
    const request = buildDivisionChangeRequest(division.id, toForm(values));
    const checked = ZDivisionChangeRequest.safeParse(request);
    if (!checked.success) {
      void message.error(zhCN.errors.unknown);
      return;
    }
    const allNames = new Map([...names, ...picked]);
    modal.confirm({
      title: t.confirmTitle,
      content: (
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{describeDivisionChange(checked.data, allNames)}</Typography.Paragraph>
          <Typography.Text type="secondary">{t.confirmHint}</Typography.Text>
        </>
      ),
      okText: zhCN.common.submit,
      cancelText: zhCN.common.cancel,
      onOk: async () => {
        setSubmitting(true);
        try {
          await divisionApi.applyChange(checked.data);
          invalidateDivisionCache();
          void message.success(t.submitted);
          onDone();
        } catch (error) {
          handleApiError(error, { form });
        } finally {
          setSubmitting(false);
        }
      },
    });
  };

  const remember = (division: { id: number; name: string } | null) => {
    if (division) setPicked((m) => new Map(m).set(division.id, division.name));
  };

  return (
    <Modal
      open
      title={t.title(division.name)}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      okText={zhCN.common.submit}
      cancelText={zhCN.common.cancel}
      confirmLoading={submitting}
      destroyOnHidden
      width={560}
    >
      <Form<FormValues> form={form} layout="vertical" initialValues={{ kind: 'rename', effectiveOn: dayjs() }} requiredMark>
        <Form.Item name="kind" label={t.kind}>
          <Radio.Group optionType="button" buttonStyle="solid" options={KIND_OPTIONS} />
        </Form.Item>
        {kind === 'rename' ? (
          <Form.Item name="name" label={t.newName} rules={[{ required: true, whitespace: true, message: t.newNameRequired }]}>
            <Input maxLength={60} placeholder={division.name} />
          </Form.Item>
        ) : null}
        {kind === 'recode' ? (
          <Form.Item
            name="code"
            label={t.newCode}
            rules={[
              { required: true, message: t.newCodeRequired },
              { pattern: /^\d{6}(\d{3}(\d{3})?)?$/, message: t.newCodeInvalid },
            ]}
          >
            <Input maxLength={12} placeholder={division.code} />
          </Form.Item>
        ) : null}
        {kind === 'reparent' ? (
          <Form.Item name="parentId" label={t.newParent} extra={t.newParentHint} rules={[{ required: true, message: t.newParentRequired }]}>
            <DivisionTreeSelect isSelectable={isParentCandidate} onSelectDivision={remember} placeholder={t.newParentRequired} />
          </Form.Item>
        ) : null}
        {kind === 'merge' ? (
          <Form.Item
            name="intoDivisionId"
            label={t.mergeInto}
            extra={t.mergeHint}
            rules={[{ required: true, message: t.mergeIntoRequired }]}
          >
            <DivisionTreeSelect isSelectable={isMergeTarget} onSelectDivision={remember} placeholder={t.mergeIntoRequired} />
          </Form.Item>
        ) : null}
        <Form.Item name="effectiveOn" label={t.effectiveOn} rules={[{ required: true, message: t.effectiveOnRequired }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t.note}>
          <Input.TextArea rows={2} maxLength={500} placeholder={t.notePlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
};
