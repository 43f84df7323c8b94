import { App, Alert, Checkbox, Col, DatePicker, Divider, Form, Input, InputNumber, Modal, Radio, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { handleApiError } from '../../../api/handle-api-error';
import { zhCN } from '../../../i18n/zh-CN';
import { ACTION_PATHS, buildActionBody, buildObjectionHandling, type CaseAction } from '../case-actions';
import { isAfterToday, toIsoDates } from '../form-values';
import { assistanceApi } from '../social-assistance.api';
import { labelOf, saText } from '../social-assistance.i18n';
import {
  COUNTY_CHECK_OPTIONS,
  DECISION_OPTIONS,
  DEFAULT_DEPARTMENTS,
  DEPARTMENT_OPTIONS,
  NOTICE_METHOD_OPTIONS,
  OBJECTION_OUTCOME_OPTIONS,
  OPINION_OPTIONS,
} from '../social-assistance-options';
import type { ApplicationDetail, ObjectionRow, THouseholdDetail } from '../social-assistance.types';
import { ActDateItem } from './ActDateItem';
import { CompleteAdvanceFields, PayAdvanceFields } from './AdvanceFields';

const f = saText.actionForm;

type Values = Record<string, unknown>;

const money = (name: string, label: string) => (
  <Form.Item name={name} label={label}>
    <InputNumber min={0} precision={2} step={100} style={{ width: '100%' }} />
  </Form.Item>
);

const tags = (placeholder?: string) => <Select mode="tags" open={false} suffixIcon={null} placeholder={placeholder} />;

/** The form fields of one step. */
const ActionFields = ({
  action,
  app,
  household,
  decision,
}: {
  action: CaseAction;
  app: ApplicationDetail;
  household: THouseholdDetail | undefined;
  decision: unknown;
}) => {
  const memberNames = (household?.members ?? []).filter((m) => m.livesTogether).map((m) => ({ value: m.name, label: m.name }));
  switch (action) {
    case 'supplement':
      return (
        <>
          <ActDateItem />
          <Form.Item name="receivedItems" label={f.receivedItems}>
            <Checkbox.Group options={app.missingItems.filter((m) => m.receivedOn === null).map((m) => m.item)} />
          </Form.Item>
          {app.commitmentSigned ? null : (
            <Form.Item name="commitmentSigned" valuePropName="checked">
              <Checkbox>{f.commitmentSigned}</Checkbox>
            </Form.Item>
          )}
          {app.authorisationSigned ? null : (
            <Form.Item name="authorisationSigned" valuePropName="checked">
              <Checkbox>{f.authorisationSigned}</Checkbox>
            </Form.Item>
          )}
        </>
      );
    case 'accept':
    case 'submit-to-county':
    case 'withdraw':
      return (
        <>
          <ActDateItem />
          {action === 'withdraw' ? (
            <Form.Item
              name="reason"
              label={f.withdrawReason}
              rules={[{ required: true, whitespace: true, message: f.withdrawReasonRequired }]}
            >
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          ) : null}
        </>
      );
    case 'investigate':
      return (
        <Row gutter={12}>
          <Col span={12}>
            <ActDateItem />
          </Col>
          <Col span={12}>
            <Form.Item name="visitedOn" label={f.visitedOn} rules={[{ required: true, message: saText.common.dateRequired }]}>
              <DatePicker disabledDate={isAfterToday} allowClear={false} style={{ width: 180 }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="investigators"
              label={f.investigators}
              extra={f.investigatorsHint}
              rules={[
                {
                  validator: async (_r, value: unknown) => {
                    const names = new Set((Array.isArray(value) ? value : []).map((v) => String(v).trim()).filter(Boolean));
                    if (names.size < 2) throw new Error(f.investigatorsMin);
                  },
                },
              ]}
            >
              {tags()}
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="membersPresent" label={f.membersPresent} rules={[{ required: true, message: f.membersPresentRequired }]}>
              <Select mode="tags" options={memberNames} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="findings" label={f.findings} rules={[{ required: true, whitespace: true, message: f.findingsRequired }]}>
              <Input.TextArea rows={3} maxLength={4000} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="neighbourVisits" label={f.neighbourVisits}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      );
    case 'request-verification':
      return (
        <>
          <ActDateItem />
          <Form.Item name="departments" label={f.departments} rules={[{ required: true, message: f.departmentsRequired }]}>
            <Checkbox.Group options={DEPARTMENT_OPTIONS} />
          </Form.Item>
        </>
      );
    case 'preliminary-review':
      return (
        <>
          <ActDateItem />
          <Form.Item name="opinion" label={f.opinion} rules={[{ required: true, message: f.opinionRequired }]}>
            <Radio.Group optionType="button" options={OPINION_OPTIONS} />
          </Form.Item>
          {app.programme === 'rigid-expenditure' ? (
            <>
              <Divider titlePlacement="start" plain>
                {f.rigidTitle}
              </Divider>
              <Row gutter={12}>
                <Col span={12}>{money('totalIncome12Months', f.totalIncome12Months)}</Col>
                <Col span={12}>{money('medical', f.medical)}</Col>
                <Col span={8}>{money('education', f.education)}</Col>
                <Col span={8}>{money('rehabilitation', f.rehabilitation)}</Col>
                <Col span={8}>{money('otherSpending', f.otherSpending)}</Col>
              </Row>
            </>
          ) : null}
          {app.programme === 'temporary-assistance' ? (
            <>
              <Divider titlePlacement="start" plain>
                {f.temporaryTitle}
              </Divider>
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item name="eventKey" label={f.eventKey}>
                    <Input maxLength={100} placeholder={f.eventKeyPlaceholder} />
                  </Form.Item>
                </Col>
                <Col span={12}>{money('monthlyDisposable', f.monthlyDisposable)}</Col>
                <Col span={12}>{money('totalIncome12Months', f.totalIncome12Months)}</Col>
                <Col span={12}>{money('necessarySpending', f.necessarySpending)}</Col>
                <Col span={8}>
                  <Form.Item name="standardMultiple" label={f.standardMultiple}>
                    <InputNumber min={0} max={60} step={0.5} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={16}>
                  <Form.Item name="multipleReason" label={f.multipleReason}>
                    <Input maxLength={500} />
                  </Form.Item>
                </Col>
              </Row>
            </>
          ) : null}
          <Form.Item
            name="note"
            label={saText.common.note}
            dependencies={['opinion']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_r, value: unknown) => {
                  if (getFieldValue('opinion') === 'recommend-refuse' && !(typeof value === 'string' && value.trim())) {
                    throw new Error(f.refuseNoteRequired);
                  }
                },
              }),
            ]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </>
      );
    case 'start-publicity':
      return (
        <>
          <Alert type="info" showIcon title={f.publicityHint} style={{ marginBottom: 12 }} />
          <ActDateItem label={f.startsOn} />
          <Form.Item name="location" label={f.location} rules={[{ required: true, whitespace: true, message: f.locationRequired }]}>
            <Input maxLength={200} placeholder={f.locationPlaceholder} />
          </Form.Item>
        </>
      );
    case 'record-objection':
      return (
        <>
          <ActDateItem label={saText.case.receivedOn} />
          <Form.Item name="objector" label={f.objector}>
            <Input maxLength={60} placeholder={f.objectorPlaceholder} />
          </Form.Item>
          <Form.Item name="content" label={f.objectionContent} rules={[{ required: true, whitespace: true, message: f.objectionRequired }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </>
      );
    case 'township-decide':
    case 'decide':
      return (
        <>
          <Alert type="info" showIcon title={f.decideHint} style={{ marginBottom: 12 }} />
          <ActDateItem />
          <Form.Item name="decision" label={f.decision} rules={[{ required: true, message: f.decisionRequired }]}>
            <Radio.Group optionType="button" options={DECISION_OPTIONS} />
          </Form.Item>
          {decision === 'refuse' ? (
            <Form.Item name="reasonText" label={f.reasonText} rules={[{ required: true, whitespace: true, message: f.reasonTextRequired }]}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          ) : null}
          <Form.Item name="note" label={saText.common.note}>
            <Input maxLength={2000} placeholder={saText.common.notePlaceholder} />
          </Form.Item>
        </>
      );
    case 'county-check':
      return (
        <>
          <ActDateItem />
          <Form.Item name="kind" label={f.checkKind} rules={[{ required: true, message: f.checkKind }]}>
            <Radio.Group optionType="button" options={COUNTY_CHECK_OPTIONS} />
          </Form.Item>
          <Form.Item name="investigators" label={f.checkInvestigators} rules={[{ required: true, message: f.checkInvestigators }]}>
            {tags()}
          </Form.Item>
          <Form.Item name="findings" label={f.checkFindings} rules={[{ required: true, whitespace: true, message: f.findingsRequired }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </>
      );
    case 'serve-notice':
      return (
        <>
          <ActDateItem />
          <Form.Item name="method" label={f.method} rules={[{ required: true, message: f.method }]}>
            <Radio.Group optionType="button" options={NOTICE_METHOD_OPTIONS} />
          </Form.Item>
        </>
      );
    case 'pay-advance':
      return <PayAdvanceFields />;
    case 'complete-advance':
      return <CompleteAdvanceFields />;
  }
};

const initialValuesOf = (action: CaseAction): Values => {
  const today = dayjs();
  switch (action) {
    case 'investigate':
      return { on: today, visitedOn: today, investigators: [], membersPresent: [] };
    case 'request-verification':
      return { on: today, departments: DEFAULT_DEPARTMENTS };
    case 'preliminary-review':
      return { on: today, opinion: 'recommend-approve' };
    case 'decide':
    case 'township-decide':
      return { on: today, decision: 'approve' };
    case 'county-check':
      return { on: today, kind: 'home-visit', investigators: [] };
    case 'serve-notice':
      return { on: today, method: 'in-person' };
    case 'pay-advance':
      return { on: today, occurredOn: today, method: 'cash', eventKind: 'fire' };
    case 'complete-advance':
      return { on: today, signedBy: [] };
    default:
      return { on: today };
  }
};

/** Asks before an irreversible step, then runs it. */
const useConfirmedSubmit = () => {
  const { modal } = App.useApp();
  return (irreversible: boolean, content: ReactNode, run: () => Promise<void>) =>
    new Promise<void>((resolve) => {
      if (!irreversible) {
        void run().finally(resolve);
        return;
      }
      void modal.confirm({
        title: saText.common.irreversibleTitle,
        content,
        okText: saText.common.confirm,
        cancelText: zhCN.common.cancel,
        onOk: () => run(),
        afterClose: resolve,
      });
    });
};

type Props = {
  action: CaseAction;
  /** From the server's next-steps: the step cannot be undone, so ask first. */
  irreversible: boolean;
  app: ApplicationDetail;
  household: THouseholdDetail | undefined;
  onClose: () => void;
  onDone: () => void;
};

/** One workflow step: its form, a confirmation for irreversible steps, the POST, and the result. */
export const CaseActionModal = ({ action, irreversible, app, household, onClose, onDone }: Props) => {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const decision = Form.useWatch('decision', form);
  const confirmThen = useConfirmedSubmit();
  const label = saText.actions[action] ?? action;

  const submit = async () => {
    let raw: Values;
    try {
      raw = await form.validateFields();
    } catch {
      return;
    }
    const values = toIsoDates(raw) as Values;
    const body = buildActionBody(action, values, { programme: app.programme });
    const confirmText =
      action === 'decide' || action === 'township-decide'
        ? `${f.confirmDecision(labelOf(saText.labels.decision, String(values['decision'])))} ${saText.common.irreversibleHint}`
        : `${label}：${saText.common.irreversibleHint}`;
    await confirmThen(irreversible, confirmText, async () => {
      setSaving(true);
      try {
        await assistanceApi.caseAction(app.id, ACTION_PATHS[action], body);
        void message.success(saText.case.done(label));
        onDone();
      } catch (error) {
        handleApiError(error, { form });
      } finally {
        setSaving(false);
      }
    });
  };

  return (
    <Modal
      open
      title={label}
      width={action === 'investigate' || action === 'preliminary-review' ? 680 : 560}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={label}
      cancelText={zhCN.common.cancel}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={initialValuesOf(action)} autoComplete="off">
        <ActionFields action={action} app={app} household={household} decision={decision} />
      </Form>
    </Modal>
  );
};

/** 处理公示异议: dismissed (the 公示 continues) or upheld (back to investigation), with an optional 民主评议. */
export const ObjectionModal = ({
  app,
  objection,
  onClose,
  onDone,
}: {
  app: ApplicationDetail;
  objection: ObjectionRow;
  onClose: () => void;
  onDone: () => void;
}) => {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const held = Form.useWatch('democraticReview', form);
  const confirmThen = useConfirmedSubmit();
  const submit = async () => {
    let raw: Values;
    try {
      raw = await form.validateFields();
    } catch {
      return;
    }
    const body = buildObjectionHandling(toIsoDates(raw) as Values);
    await confirmThen(
      true,
      `${saText.case.handle}：${labelOf(saText.labels.objectionOutcome, String(raw['outcome']))}。${saText.common.irreversibleHint}`,
      async () => {
        setSaving(true);
        try {
          await assistanceApi.caseAction(app.id, `objections/${objection.id}/handle`, body);
          void message.success(saText.case.done(saText.case.handle));
          onDone();
        } catch (error) {
          handleApiError(error, { form });
        } finally {
          setSaving(false);
        }
      },
    );
  };
  return (
    <Modal
      open
      title={saText.case.handle}
      width={600}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={saText.case.handle}
      cancelText={zhCN.common.cancel}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {objection.receivedOn} · {objection.objector ?? zhCN.common.dash}：{objection.content}
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" initialValues={{ on: dayjs(), outcome: 'dismissed', democraticReview: false }}>
        <ActDateItem />
        <Form.Item name="outcome" label={f.outcome} rules={[{ required: true }]}>
          <Radio.Group options={OBJECTION_OUTCOME_OPTIONS} />
        </Form.Item>
        <Form.Item name="handling" label={f.handling} rules={[{ required: true, whitespace: true, message: f.handlingRequired }]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="democraticReview" valuePropName="checked">
          <Checkbox>{f.democraticReview}</Checkbox>
        </Form.Item>
        {held ? (
          <Row gutter={12}>
            <Col span={8}>
              <ActDateItem name="reviewHeldOn" label={f.reviewHeldOn} />
            </Col>
            <Col span={6}>
              <Form.Item name="reviewParticipants" label={f.reviewParticipants} rules={[{ required: true, message: f.reviewParticipants }]}>
                <InputNumber min={1} max={500} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item name="reviewResult" label={f.reviewResult} rules={[{ required: true, whitespace: true, message: f.reviewResult }]}>
                <Input maxLength={2000} />
              </Form.Item>
            </Col>
          </Row>
        ) : null}
      </Form>
    </Modal>
  );
};
