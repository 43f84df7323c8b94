// Decision reasons: what goes into the case file (档案) next to every outcome and amount.
// Each reason names a stable rule code, the section of social-assistance-rules.md, the legal basis, a
// Chinese sentence with the actual numbers, and the inputs it used. The registry below is the only
// place where a code gets its section and basis, so a code without them does not compile.

export const REASON_EFFECTS = ['pass', 'fail', 'info'] as const;
/** pass = a condition holds; fail = a condition does not hold (blocks the outcome); info = computation step. */
export type ReasonEffect = (typeof REASON_EFFECTS)[number];

type RuleInfo = { section: string; basis: string; effect: ReasonEffect };

export const RULES = {
  // §1.1 who counts as a member (共同生活的家庭成员)
  MEMBER_COUNTED: { section: '§1.1', basis: '57号 Art. 7', effect: 'info' },
  MEMBER_EXCLUDED_STATUS: { section: '§1.1', basis: '57号 Art. 7 第二款', effect: 'info' },
  MEMBER_NOT_IN_HOUSEHOLD: { section: '§1.1', basis: '57号 Art. 7', effect: 'info' },
  // §1.3 income
  INCOME_COUNTED: { section: '§1.3', basis: '57号 Art. 13', effect: 'info' },
  INCOME_EXCLUDED: { section: '§1.3', basis: '57号 Art. 13; 43号 Art. 6', effect: 'info' },
  INCOME_CENTRAL_BASIC_PENSION_EXCLUDED: {
    section: '§1.3',
    basis: '57号 Art. 13(三); 43号 Art. 6',
    effect: 'info',
  },
  INCOME_EMPLOYMENT_COST_DEDUCTED: {
    section: '§1.3',
    basis: '57号 Art. 13; 2020意见 item 11; 39号 §二',
    effect: 'info',
  },
  INCOME_TRANSFER_OUTGOING_DEDUCTED: { section: '§1.3', basis: '57号 Art. 13(四)', effect: 'info' },
  INCOME_SUPPORT_EXEMPTED: { section: '§1.1', basis: '2022通知 §一(一)', effect: 'info' },
  INCOME_IMPUTED_REFUSED_EMPLOYMENT: { section: '§1.3', basis: 'local (莆田 2023): 有劳动能力无正当理由拒绝就业', effect: 'info' },
  INCOME_NOT_IMPUTED_VALID_REASON: { section: '§1.3', basis: 'local (莆田 2023): 正当理由', effect: 'info' },
  INCOME_HOUSEHOLD_TOTAL: { section: '§1.3', basis: '57号 Art. 13', effect: 'info' },
  // §1.4 property
  PROPERTY_ITEM_EXEMPT: { section: '§1.4', basis: '57号 Art. 14', effect: 'info' },
  PROPERTY_FINANCIAL_ASSETS_WITHIN_LIMIT: {
    section: '§1.4',
    basis: '暂行办法 Art. 10; 57号 Art. 14',
    effect: 'pass',
  },
  PROPERTY_FINANCIAL_ASSETS_OVER_LIMIT: {
    section: '§1.4',
    basis: '暂行办法 Art. 10; 57号 Art. 14',
    effect: 'fail',
  },
  PROPERTY_VEHICLES_WITHIN_LIMIT: {
    section: '§1.4',
    basis: '57号 Art. 14 (local limit)',
    effect: 'pass',
  },
  PROPERTY_VEHICLES_OVER_LIMIT: {
    section: '§1.4',
    basis: '57号 Art. 14 (local limit)',
    effect: 'fail',
  },
  PROPERTY_HOUSING_OVER_LIMIT: {
    section: '§1.4',
    basis: '57号 Art. 14 (local limit)',
    effect: 'fail',
  },
  PROPERTY_BUSINESS_DISQUALIFIES: {
    section: '§1.4',
    basis: '57号 Art. 14, Art. 17 (local rule)',
    effect: 'fail',
  },
  // §2.1 / §3.1 低保
  DIBAO_AUTHORISATION_MISSING: { section: '§2.1', basis: '57号 Art. 9(三)', effect: 'fail' },
  DIBAO_INCOME_BELOW_STANDARD: {
    section: '§2.1',
    basis: '暂行办法 Art. 9; 57号 Art. 13',
    effect: 'pass',
  },
  DIBAO_INCOME_NOT_BELOW_STANDARD: {
    section: '§2.1',
    basis: '暂行办法 Art. 9; 57号 Art. 13',
    effect: 'fail',
  },
  DIBAO_PROPERTY_WITHIN_LIMITS: {
    section: '§2.1',
    basis: '暂行办法 Art. 9–10; 57号 Art. 14',
    effect: 'pass',
  },
  DIBAO_PROPERTY_OVER_LIMITS: {
    section: '§2.1',
    basis: '暂行办法 Art. 9–10; 57号 Art. 14',
    effect: 'fail',
  },
  DIBAO_BENEFIT_GAP_FILLING: {
    section: '§3.1',
    basis: '暂行办法 Art. 12; 57号 Art. 23',
    effect: 'info',
  },
  DIBAO_BENEFIT_TIERED: {
    section: '§3.1',
    basis: '57号 Art. 23 (分档); 2020意见 item 5',
    effect: 'info',
  },
  DIBAO_BENEFIT_SUPPLEMENT: {
    section: '§3.1',
    basis: '暂行办法 Art. 12; 57号 Art. 27 (分类施保)',
    effect: 'info',
  },
  DIBAO_BENEFIT_MINIMUM_APPLIED: { section: '§3.1', basis: 'local 保底 rule', effect: 'info' },
  DIBAO_BENEFIT_ROUNDED: { section: '§3.1', basis: '§10.3 convention', effect: 'info' },
  DIBAO_PAYMENT_STARTS_NEXT_MONTH: { section: '§3.1', basis: '57号 Art. 21', effect: 'info' },
  DIBAO_REVIEW_HALF_YEARLY: { section: '§4.7', basis: '57号 Art. 31', effect: 'info' },
  DIBAO_REVIEW_ANNUAL: { section: '§4.7', basis: '57号 Art. 31', effect: 'info' },
  // §2.3 单人户
  DIBAO_SINGLE_PERSON_CATEGORY_MET: {
    section: '§2.3',
    basis: '57号 Art. 8; 2022通知 §一(一)(四)',
    effect: 'pass',
  },
  DIBAO_SINGLE_PERSON_CATEGORY_NOT_MET: {
    section: '§2.3',
    basis: '57号 Art. 8; 2022通知 §一(一)(四)',
    effect: 'fail',
  },
  DIBAO_SINGLE_PERSON_BENEFIT: {
    section: '§3.1',
    basis: '57号 Art. 8; local 单人户 mode',
    effect: 'info',
  },
  DIBAO_SINGLE_PERSON_FAMILY_STATUS_KEPT: {
    section: '§2.3',
    basis: '§2.3 open point, default rule',
    effect: 'info',
  },
  // §3.2 / §4.7 changes on review
  DIBAO_STILL_ELIGIBLE_ON_REVIEW: { section: '§4.7', basis: '57号 Art. 31–32', effect: 'info' },
  DIBAO_GRADUAL_EXIT_GRANTED: {
    section: '§3.2',
    basis: '57号 Art. 33; 2022通知 §一(三)',
    effect: 'info',
  },
  DIBAO_GRADUAL_EXIT_NOT_APPLICABLE: { section: '§3.2', basis: '57号 Art. 33', effect: 'info' },
  DIBAO_STOPPED: { section: '§4.7', basis: '暂行办法 Art. 13; 57号 Art. 32', effect: 'info' },
  // §2.2 低保边缘
  MARGINAL_QUALIFIES_FOR_DIBAO: { section: '§2.2', basis: '57号 Art. 8; 39号 §二', effect: 'fail' },
  MARGINAL_NOT_DIBAO: { section: '§2.2', basis: '57号 Art. 8; 39号 §二', effect: 'pass' },
  MARGINAL_INCOME_BELOW_LINE: {
    section: '§2.2',
    basis: '57号 Art. 8; 2022通知 §一(四); 39号 §二',
    effect: 'pass',
  },
  MARGINAL_INCOME_NOT_BELOW_LINE: {
    section: '§2.2',
    basis: '57号 Art. 8; 2022通知 §一(四); 39号 §二',
    effect: 'fail',
  },
  MARGINAL_PROPERTY_WITHIN_LIMITS: {
    section: '§2.2',
    basis: '2022通知 §一(四) (local limits)',
    effect: 'pass',
  },
  MARGINAL_PROPERTY_OVER_LIMITS: {
    section: '§2.2',
    basis: '2022通知 §一(四) (local limits)',
    effect: 'fail',
  },
  // §2.4 / §3.3 特困
  EXTREME_POVERTY_NO_LABOUR_CAPACITY: { section: '§2.4', basis: '43号 Art. 5', effect: 'pass' },
  EXTREME_POVERTY_HAS_LABOUR_CAPACITY: { section: '§2.4', basis: '43号 Art. 5', effect: 'fail' },
  EXTREME_POVERTY_INCOME_BELOW_STANDARD: { section: '§2.4', basis: '43号 Art. 6', effect: 'pass' },
  EXTREME_POVERTY_INCOME_NOT_BELOW_STANDARD: {
    section: '§2.4',
    basis: '43号 Art. 6',
    effect: 'fail',
  },
  EXTREME_POVERTY_PROPERTY_WITHIN_LIMITS: { section: '§2.4', basis: '43号 Art. 7', effect: 'pass' },
  EXTREME_POVERTY_PROPERTY_OVER_LIMITS: { section: '§2.4', basis: '43号 Art. 7', effect: 'fail' },
  EXTREME_POVERTY_NO_OBLIGOR: { section: '§2.4', basis: '43号 Art. 4(三)', effect: 'pass' },
  EXTREME_POVERTY_OBLIGOR_INCAPABLE: {
    section: '§2.4',
    basis: '43号 Art. 4(三), Art. 8',
    effect: 'pass',
  },
  EXTREME_POVERTY_OBLIGOR_CAPABLE: {
    section: '§2.4',
    basis: '43号 Art. 4(三), Art. 8',
    effect: 'fail',
  },
  EXTREME_POVERTY_CHOSE_CHILD_SCHEME: { section: '§2.4', basis: '43号 Art. 9', effect: 'fail' },
  EXTREME_POVERTY_SELF_CARE_TIER: { section: '§3.3', basis: '43号 Arts. 20–23', effect: 'info' },
  EXTREME_POVERTY_BENEFIT: {
    section: '§3.3',
    basis: '暂行办法 Art. 15; 国发〔2016〕14号 (provincial practice)',
    effect: 'info',
  },
  EXTREME_POVERTY_PAYMENT_STARTS_NEXT_MONTH: {
    section: '§3.3',
    basis: '43号 Art. 17',
    effect: 'info',
  },
  EXTREME_POVERTY_REFUSAL_NOTICE: { section: '§4.4', basis: '43号 Art. 18', effect: 'info' },
  EXTREME_POVERTY_MINOR_CHECK_SCHEDULED: { section: '§2.4', basis: '43号 Art. 24', effect: 'info' },
  EXTREME_POVERTY_CONTINUES_IN_SCHOOL: {
    section: '§4.4',
    basis: '43号 Art. 24; §10.7',
    effect: 'pass',
  },
  EXTREME_POVERTY_ENDS_AT_ADULTHOOD: {
    section: '§4.4',
    basis: '43号 Arts. 24–26; §10.7',
    effect: 'fail',
  },
  EXTREME_POVERTY_NOT_MINOR_BASIS: { section: '§4.4', basis: '43号 Art. 5', effect: 'info' },
  // §2.5 刚性支出困难家庭
  RIGID_ALREADY_ASSISTED: { section: '§2.5', basis: '刚性办法 Art. 4(一)', effect: 'fail' },
  RIGID_NOT_OTHERWISE_ASSISTED: { section: '§2.5', basis: '刚性办法 Art. 4(一)', effect: 'pass' },
  RIGID_INCOME_BELOW_PCDI: { section: '§2.5', basis: '刚性办法 Art. 4(二)', effect: 'pass' },
  RIGID_INCOME_NOT_BELOW_PCDI: { section: '§2.5', basis: '刚性办法 Art. 4(二)', effect: 'fail' },
  RIGID_PROPERTY_WITHIN_LIMITS: { section: '§2.5', basis: '刚性办法 Art. 4(三)', effect: 'pass' },
  RIGID_PROPERTY_OVER_LIMITS: { section: '§2.5', basis: '刚性办法 Art. 4(三)', effect: 'fail' },
  RIGID_SPENDING_RATIO_MET: { section: '§2.5', basis: '刚性办法 Arts. 4(四), 5', effect: 'pass' },
  RIGID_SPENDING_RATIO_NOT_MET: {
    section: '§2.5',
    basis: '刚性办法 Arts. 4(四), 5',
    effect: 'fail',
  },
  RIGID_VALIDITY: { section: '§2.5', basis: '刚性办法 Arts. 10–11', effect: 'info' },
  // §2.6 / §3.4 / §4.5 临时救助
  TEMP_EMERGENCY_EVENT_MET: {
    section: '§2.6',
    basis: '暂行办法 Art. 47; 2018意见 §二(一)',
    effect: 'pass',
  },
  TEMP_EMERGENCY_EVENT_NOT_MET: {
    section: '§2.6',
    basis: '暂行办法 Art. 47; 2018意见 §二(一)',
    effect: 'fail',
  },
  TEMP_PLACE_OF_EMERGENCY: {
    section: '§2.6',
    basis: '2020意见 item 14; 2022通知 §四(三); 39号 §四(三)',
    effect: 'pass',
  },
  TEMP_INCOME_BELOW_PCDI: { section: '§2.6', basis: '2018意见 §二(一)', effect: 'pass' },
  TEMP_INCOME_NOT_BELOW_PCDI: { section: '§2.6', basis: '2018意见 §二(一)', effect: 'fail' },
  TEMP_PROPERTY_WITHIN_LIMITS: {
    section: '§2.6',
    basis: '2018意见 §二(一) (local limits)',
    effect: 'pass',
  },
  TEMP_PROPERTY_OVER_LIMITS: {
    section: '§2.6',
    basis: '2018意见 §二(一) (local limits)',
    effect: 'fail',
  },
  TEMP_SPENDING_BEYOND_CAPACITY: {
    section: '§2.6',
    basis: '2018意见 §二(一); §10.8',
    effect: 'pass',
  },
  TEMP_SPENDING_WITHIN_CAPACITY: {
    section: '§2.6',
    basis: '2018意见 §二(一); §10.8',
    effect: 'fail',
  },
  TEMP_AMOUNT_MULTIPLE_OF_STANDARD: {
    section: '§3.4',
    basis: '2018意见 §二(三) (local table)',
    effect: 'info',
  },
  TEMP_MULTIPLE_NOT_ALLOWED: {
    section: '§3.4',
    basis: '2018意见 §二(三) (local table)',
    effect: 'fail',
  },
  TEMP_CASE_BY_CASE: {
    section: '§3.4',
    basis: '2018意见 §二(三); 2020意见 item 15 (一事一议)',
    effect: 'info',
  },
  TEMP_APPROVAL_TOWNSHIP: {
    section: '§4.5',
    basis: '47号; 2018意见 §二(二); §10.9',
    effect: 'info',
  },
  TEMP_APPROVAL_COUNTY: { section: '§4.5', basis: '暂行办法 Art. 48; 47号; §10.9', effect: 'info' },
  TEMP_ADVANCE_ASSISTANCE: {
    section: '§4.5',
    basis: '2018意见 §二(二); 2020意见 item 15',
    effect: 'info',
  },
  TEMP_REPEAT_SAME_EVENT: {
    section: '§2.6',
    basis: '47号 [R]; local once-per-year rule',
    effect: 'fail',
  },
  TEMP_REPEAT_SPECIAL_CIRCUMSTANCES: {
    section: '§2.6',
    basis: 'local once-per-year rule',
    effect: 'info',
  },
  // §5.4 dynamic-monitoring warnings
  WARNING_MED_OOP_HIGH: { section: '§5.4', basis: '2022通知 §三(三); 39号 §三', effect: 'info' },
  WARNING_DISAB_NEW: { section: '§5.4', basis: '2022通知 §三(三); 39号 §三', effect: 'info' },
  WARNING_ILLNESS_MAJOR: { section: '§5.4', basis: '2022通知 §三(三); 39号 §三', effect: 'info' },
  WARNING_UNEMP_REG: { section: '§5.4', basis: '2022通知 §三(三); 39号 §三', effect: 'info' },
  WARNING_DEATH: { section: '§5.4', basis: '2022通知 §一(三)', effect: 'info' },
  WARNING_INCOME_UP: { section: '§5.4', basis: '57号 Arts. 31, 33', effect: 'info' },
  WARNING_ASSET_CHANGE: {
    section: '§5.4',
    basis: '57号 Art. 14; 2022通知 §三(二)',
    effect: 'info',
  },
  WARNING_STUDENT: { section: '§5.4', basis: '57号 Art. 7; 43号 Art. 24', effect: 'info' },
  WARNING_DISASTER: {
    section: '§5.4',
    basis: '暂行办法 Art. 47; 2018意见 §二(一)',
    effect: 'info',
  },
  WARNING_EXPIRY: {
    section: '§5.4',
    basis: '刚性办法 Art. 10; 57号 Art. 33; 43号 Art. 24',
    effect: 'info',
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleCode = keyof typeof RULES;

/** A value shown in the case file next to a reason; amounts are integer fen with a `…Fen` key. */
export type ReasonInput = string | number | boolean | null | readonly string[];

export type DecisionReason = {
  code: RuleCode;
  /** Section of social-assistance-rules.md, e.g. '§2.1'. */
  section: string;
  /** Legal basis (document and article). */
  basis: string;
  effect: ReasonEffect;
  /** Chinese sentence with the actual numbers. */
  message: string;
  inputs: Readonly<Record<string, ReasonInput>>;
};

export const reason = (code: RuleCode, message: string, inputs: Readonly<Record<string, ReasonInput>> = {}): DecisionReason => {
  const info: RuleInfo = RULES[code];
  return { code, section: info.section, basis: info.basis, effect: info.effect, message, inputs };
};

/** True when no reason in the list blocks the outcome. */
export const hasNoFailure = (reasons: readonly DecisionReason[]): boolean => reasons.every((r) => r.effect !== 'fail');
