import type { TMemberView } from '@mz/shared';
import { App, Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useState, type ReactNode } from 'react';
import { FormModal as SharedFormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { isAfterToday, toIsoDates } from '../form-values';
import {
  incomeItemsFromForm,
  memberToFormValues,
  obligorFromForm,
  propertyItemFromForm,
  toMemberInput,
  toMemberUpdate,
  type IncomeFormValues,
  type MemberFormValues,
  type ObligorFormValues,
  type PropertyFormValues,
} from '../household-form';
import { assistanceApi } from '../social-assistance.api';
import { saText } from '../social-assistance.i18n';
import {
  INCOME_KIND_OPTIONS,
  OBLIGOR_FLAG_OPTIONS,
  OBLIGOR_RELATION_OPTIONS,
  PROPERTY_KIND_OPTIONS,
  SUPPORT_PAYER_OPTIONS,
  VEHICLE_KIND_OPTIONS,
} from '../social-assistance-options';
import type { THouseholdDetail } from '../social-assistance.types';
import { MemberFields } from './MemberFields';

type ModalProps = { household: THouseholdDetail; onClose: () => void; onDone: () => void };

const memberOptions = (members: readonly TMemberView[]) => members.map((m) => ({ value: m.id, label: m.name }));
const money = (label: string, name: string, required = false, message = '') => (
  <Form.Item name={name} label={label} rules={required ? [{ required: true, message }] : []}>
    <InputNumber min={0} precision={2} step={100} style={{ width: '100%' }} />
  </Form.Item>
);

/** The shared FormModal as the household register uses it: own form, 提交, 560 wide, no autocomplete. */
const FormModal = <T extends object>({
  title,
  width = 560,
  onClose,
  onSubmit,
  initialValues,
  children,
  okText = zhCN.common.submit,
}: {
  title: ReactNode;
  width?: number;
  onClose: () => void;
  /** The write, its toast and onDone. */
  onSubmit: (values: T) => Promise<void>;
  initialValues?: Partial<T>;
  children: ReactNode;
  okText?: string;
}) => {
  const [form] = Form.useForm<T>();
  return (
    <SharedFormModal<T>
      title={title}
      width={width}
      okText={okText}
      form={form}
      initialValues={initialValues as T}
      autoComplete="off"
      submit={onSubmit}
      onClose={onClose}
    >
      {children}
    </SharedFormModal>
  );
};

/** 登记收入: one item per month of the chosen range. */
export const IncomeModal = ({ household, onClose, onDone }: ModalProps) => {
  const { message } = App.useApp();
  const t = saText.income;
  return (
    <FormModal<IncomeFormValues & { range?: unknown }>
      title={t.add}
      onClose={onClose}
      initialValues={{ kind: 'wage' }}
      onSubmit={async (raw) => {
        const v = toIsoDates(raw, ['range']) as IncomeFormValues & { range?: [string, string] };
        const items = incomeItemsFromForm({ ...v, fromMonth: v.range?.[0], toMonth: v.range?.[1] });
        await assistanceApi.addIncomeItems(household.id, items);
        void message.success(t.added(items.length));
        onDone();
      }}
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="memberId" label={t.member} rules={[{ required: true, message: t.memberRequired }]}>
            <Select options={memberOptions(household.members)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="kind" label={t.kind} rules={[{ required: true, message: t.kindRequired }]}>
            <Select options={INCOME_KIND_OPTIONS} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="range" label={t.months} extra={t.monthsHint} rules={[{ required: true, message: t.monthsRequired }]}>
            <DatePicker.RangePicker picker="month" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>{money(t.amount, 'amount', true, t.amountRequired)}</Col>
        <Col span={12}>{money(t.withheld, 'withheld')}</Col>
        <Col span={12}>
          <Form.Item name="payer" label={t.payer}>
            <Select allowClear options={SUPPORT_PAYER_OPTIONS} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="note" label={saText.common.note}>
            <Input maxLength={200} placeholder={saText.common.notePlaceholder} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
};

/** 登记财产: deposits and other financial assets, vehicles, houses, businesses. */
export const PropertyModal = ({ household, onClose, onDone }: ModalProps) => {
  const { message } = App.useApp();
  const t = saText.property;
  const [kind, setKind] = useState('deposit');
  return (
    <FormModal<PropertyFormValues>
      title={t.add}
      onClose={onClose}
      initialValues={{ kind: 'deposit' }}
      onSubmit={async (v) => {
        await assistanceApi.addPropertyItem(household.id, propertyItemFromForm(v));
        void message.success(t.added);
        onDone();
      }}
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="ownerMemberId" label={t.owner} rules={[{ required: true, message: t.ownerRequired }]}>
            <Select options={memberOptions(household.members)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="kind" label={t.kind} rules={[{ required: true, message: t.kindRequired }]}>
            <Select options={PROPERTY_KIND_OPTIONS} onChange={(k: string) => setKind(k)} />
          </Form.Item>
        </Col>
        {kind === 'vehicle' ? (
          <Col span={12}>
            <Form.Item name="vehicleKind" label={t.vehicleKind} rules={[{ required: true, message: t.kindRequired }]}>
              <Select options={VEHICLE_KIND_OPTIONS} />
            </Form.Item>
          </Col>
        ) : null}
        {kind === 'house' ? (
          <Col span={12}>
            <Form.Item name="floorAreaM2" label={t.floorArea} rules={[{ required: true, message: t.floorArea }]}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ) : kind === 'business' ? (
          <Col span={12}>
            <Form.Item name="employsOthers" label={t.employsOthers} valuePropName="checked">
              <Checkbox />
            </Form.Item>
          </Col>
        ) : (
          <Col span={12}>{money(t.value, 'value', true, t.value)}</Col>
        )}
        <Col span={24}>
          <Form.Item name="description" label={t.description}>
            <Input maxLength={200} placeholder={saText.common.notePlaceholder} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="exemptionReason" label={t.exemption}>
            <Input maxLength={200} placeholder={saText.common.notePlaceholder} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
};

/** 登记赡养（抚养、扶养）义务人 (not a member of the household). */
export const ObligorModal = ({ household, onClose, onDone }: ModalProps) => {
  const { message } = App.useApp();
  const t = saText.obligor;
  return (
    <FormModal<ObligorFormValues>
      title={t.add}
      width={640}
      onClose={onClose}
      onSubmit={async (raw) => {
        await assistanceApi.addObligor(household.id, obligorFromForm(toIsoDates(raw) as ObligorFormValues));
        void message.success(t.added);
        onDone();
      }}
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="name" label={t.name} rules={[{ required: true, whitespace: true, message: t.nameRequired }]}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="relation" label={t.relation} rules={[{ required: true, message: t.relationRequired }]}>
            <Select options={OBLIGOR_RELATION_OPTIONS} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="birthDate" label={t.birthDate} rules={[{ required: true, message: t.birthDateRequired }]}>
            <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="citizenId" label={t.citizenId}>
            <Input maxLength={18} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="supportsMemberId" label={t.supports}>
            <Select allowClear placeholder={t.supportsHousehold} options={memberOptions(household.members)} />
          </Form.Item>
        </Col>
        <Col span={8}>{money(t.annualIncome, 'annualIncome')}</Col>
        <Col span={8}>{money(t.monthlySupport, 'monthlySupport')}</Col>
        <Col span={8}>{money(t.financialAssets, 'financialAssets')}</Col>
        <Col span={24}>
          <Form.Item name="address" label={t.address}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="flags" label={t.flags}>
            <Checkbox.Group options={OBLIGOR_FLAG_OPTIONS} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
};

/** 编辑成员: everything but the relation and the ID number. */
export const MemberEditModal = ({ household, member, onClose, onDone }: ModalProps & { member: TMemberView }) => {
  const { message } = App.useApp();
  return (
    <FormModal<MemberFormValues>
      title={saText.member.editTitle(member.name)}
      width={900}
      onClose={onClose}
      initialValues={memberToFormValues(member)}
      onSubmit={async (v) => {
        await assistanceApi.updateMember(household.id, member.id, toMemberUpdate(v));
        void message.success(saText.common.saved);
        onDone();
      }}
    >
      <MemberFields withIdentity={false} />
    </FormModal>
  );
};

type ChangeValues = {
  kind: 'add-member' | 'remove-member';
  reason: string;
  effectiveOn: unknown;
  memberId?: number;
  member?: MemberFormValues;
};

/** 成员变更申请 (增加 / 减少成员): takes effect when a reviewer applies it. */
export const ChangeRequestModal = ({ household, onClose, onDone }: ModalProps) => {
  const { message } = App.useApp();
  const t = saText.change;
  const [kind, setKind] = useState<'add-member' | 'remove-member'>('add-member');
  return (
    <FormModal<ChangeValues>
      title={t.request}
      width={900}
      onClose={onClose}
      initialValues={{ kind: 'add-member', member: { livesTogether: true, employment: 'not-working', hasMajorIllness: false } }}
      onSubmit={async (raw) => {
        const v = toIsoDates(raw) as ChangeValues & { effectiveOn: string };
        const body =
          v.kind === 'add-member'
            ? { kind: v.kind, reason: v.reason, effectiveOn: v.effectiveOn, member: toMemberInput(v.member ?? {}) }
            : { kind: v.kind, reason: v.reason, effectiveOn: v.effectiveOn, memberId: v.memberId ?? 0 };
        await assistanceApi.requestChange(household.id, body);
        void message.success(t.requested);
        onDone();
      }}
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="kind" label={t.kind}>
            <Radio.Group
              optionType="button"
              onChange={(e) => setKind(e.target.value as 'add-member' | 'remove-member')}
              options={[
                { value: 'add-member', label: t.addMember },
                { value: 'remove-member', label: t.removeMember },
              ]}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="effectiveOn" label={t.effectiveOn} rules={[{ required: true, message: saText.common.dateRequired }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="reason" label={t.reason} rules={[{ required: true, whitespace: true, message: t.reasonRequired }]}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
      {kind === 'add-member' ? (
        <MemberFields prefix={['member']} withIdentity />
      ) : (
        <Form.Item name="memberId" label={t.memberToRemove} rules={[{ required: true, message: saText.income.memberRequired }]}>
          <Select options={memberOptions(household.members.filter((m) => m.relation !== 'self'))} />
        </Form.Item>
      )}
    </FormModal>
  );
};

type AccountValues = { memberId?: number; accountName?: string; accountNo?: string; bankName?: string };

/** 登记发放账户 of a member (the bank data the payment roll copies). */
export const AccountModal = ({ household, onClose, onDone }: ModalProps) => {
  const { message } = App.useApp();
  const t = saText.account;
  const head = household.members.find((m) => m.relation === 'self');
  return (
    <FormModal<AccountValues>
      title={t.set}
      onClose={onClose}
      initialValues={head ? { memberId: head.id, accountName: head.name } : {}}
      onSubmit={async (v) => {
        await assistanceApi.putAccount(household.id, {
          memberId: v.memberId ?? 0,
          accountName: (v.accountName ?? '').trim(),
          accountNo: (v.accountNo ?? '').trim(),
          bankName: (v.bankName ?? '').trim(),
        });
        void message.success(t.saved);
        onDone();
      }}
    >
      <Form.Item name="memberId" label={t.member} rules={[{ required: true, message: t.memberRequired }]}>
        <Select options={memberOptions(household.members)} />
      </Form.Item>
      <Form.Item name="accountName" label={t.accountName} rules={[{ required: true, whitespace: true, message: t.nameRequired }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="accountNo" label={t.accountNo} rules={[{ required: true, whitespace: true, message: t.noRequired }]}>
        <Input maxLength={30} inputMode="numeric" />
      </Form.Item>
      <Form.Item name="bankName" label={t.bankName} extra={t.hint} rules={[{ required: true, whitespace: true, message: t.bankRequired }]}>
        <Input maxLength={100} />
      </Form.Item>
    </FormModal>
  );
};
