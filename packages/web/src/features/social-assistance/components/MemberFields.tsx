import { Checkbox, Col, Form, Input, Row, Select, Switch } from 'antd';
import { todayIso } from '../form-values';
import { citizenIdProblem } from '../household-form';
import { saText } from '../social-assistance.i18n';
import {
  ADL_OPTIONS,
  DISABILITY_CATEGORY_OPTIONS,
  DISABILITY_GRADE_OPTIONS,
  EMPLOYMENT_OPTIONS,
  EMPLOYMENT_REFUSAL_OPTIONS,
  EXCLUSION_OPTIONS,
  LABOUR_OPTIONS,
  RELATION_OPTIONS,
  STUDENT_STAGE_OPTIONS,
} from '../social-assistance-options';

const t = saText.member;

type Props = {
  /** Field name prefix: the list index inside a Form.List, or nothing for a single member form. */
  prefix?: (string | number)[];
  /** Relation and 公民身份号码: only for new members (they cannot be edited afterwards). */
  withIdentity: boolean;
  /** Extra rule for the ID number (e.g. the same number twice in the household). */
  duplicateCheck?: (value: string) => string | null;
};

/** The fields of one household member: identity, disability, health, work, school and care. */
export const MemberFields = ({ prefix = [], withIdentity, duplicateCheck }: Props) => {
  const name = (field: string) => [...prefix, field];
  return (
    <Row gutter={12}>
      <Col xs={24} md={withIdentity ? 4 : 6}>
        <Form.Item name={name('name')} label={t.name} rules={[{ required: true, whitespace: true, message: t.required }]}>
          <Input maxLength={40} />
        </Form.Item>
      </Col>
      {withIdentity ? (
        <>
          <Col xs={24} md={4}>
            <Form.Item name={name('relation')} label={t.relation} rules={[{ required: true, message: t.relationRequired }]}>
              <Select options={RELATION_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={24} md={7}>
            <Form.Item
              name={name('citizenId')}
              label={t.citizenId}
              validateFirst
              rules={[
                { required: true, whitespace: true, message: t.citizenIdRequired },
                {
                  validator: async (_rule, value: unknown) => {
                    const problem = citizenIdProblem(typeof value === 'string' ? value : '', todayIso());
                    if (problem) throw new Error(problem);
                    const duplicate = duplicateCheck?.(String(value));
                    if (duplicate) throw new Error(duplicate);
                  },
                },
              ]}
            >
              <Input maxLength={18} style={{ fontVariantNumeric: 'tabular-nums' }} autoComplete="off" />
            </Form.Item>
          </Col>
        </>
      ) : null}
      <Col xs={24} md={withIdentity ? 4 : 6}>
        <Form.Item name={name('employment')} label={t.employment} rules={[{ required: true, message: t.employmentRequired }]}>
          <Select options={EMPLOYMENT_OPTIONS} />
        </Form.Item>
      </Col>
      <Col xs={24} md={withIdentity ? 5 : 6}>
        <Form.Item name={name('labourCapacity')} label={t.labourCapacity}>
          <Select allowClear options={LABOUR_OPTIONS} />
        </Form.Item>
      </Col>
      <Col xs={12} md={3}>
        <Form.Item name={name('disabilityCategory')} label={t.disabilityCategory}>
          <Select allowClear options={DISABILITY_CATEGORY_OPTIONS} placeholder={saText.common.none} />
        </Form.Item>
      </Col>
      <Col xs={12} md={3}>
        <Form.Item name={name('disabilityGrade')} label={t.disabilityGrade}>
          <Select allowClear options={DISABILITY_GRADE_OPTIONS} />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item name={name('studentStage')} label={t.studentStage}>
          <Select allowClear options={STUDENT_STAGE_OPTIONS} placeholder={saText.common.none} />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item name={name('exclusion')} label={t.exclusion}>
          <Select allowClear options={EXCLUSION_OPTIONS} placeholder={saText.common.none} popupMatchSelectWidth={false} />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item name={name('employmentRefusal')} label={t.employmentRefusal} tooltip={t.employmentRefusalHint}>
          <Select allowClear options={EMPLOYMENT_REFUSAL_OPTIONS} placeholder={saText.common.none} popupMatchSelectWidth={false} />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item name={name('selfCareFailedItems')} label={t.selfCare}>
          <Select mode="multiple" allowClear options={ADL_OPTIONS} placeholder={t.selfCareOk} maxTagCount="responsive" />
        </Form.Item>
      </Col>
      <Col xs={6} md={3}>
        <Form.Item name={name('livesTogether')} label={t.livesTogether} valuePropName="checked" tooltip={t.livesTogetherHint}>
          <Switch size="small" />
        </Form.Item>
      </Col>
      <Col xs={6} md={3}>
        <Form.Item name={name('hasMajorIllness')} label={t.majorIllness} valuePropName="checked">
          <Checkbox />
        </Form.Item>
      </Col>
    </Row>
  );
};
