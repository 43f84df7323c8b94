// 审计操作: every action code the server writes to the audit log, with its Chinese label. The
// server's recordAudit() only accepts these codes (a new action without a label does not compile),
// and the web shows these labels. A new action: add `CODE: '中文名称'` here, in its module's block.

export const AUDIT_ACTION_LABELS = {
  // 登录与账号 (core/identity)
  LOGIN_SUCCEEDED: '登录成功',
  LOGIN_FAILED: '登录失败',
  ACCOUNT_LOCKED: '账号锁定',
  LOGOUT: '退出登录',
  PASSWORD_CHANGED: '修改密码',
  PASSWORD_RESET: '重置密码',
  USER_CREATED: '创建用户',
  USER_ACTIVATED: '启用账号',
  USER_DEACTIVATED: '停用账号',
  USER_UNLOCKED: '解除锁定',
  ROLE_ASSIGNED: '分配角色',
  ROLE_REVOKED: '撤销角色',
  PERSONAL_DATA_READ: '查看个人敏感信息',

  // 行政区划 (core/division)
  DIVISION_RENAMED: '区划更名',
  DIVISION_RECODED: '区划代码变更',
  DIVISION_REPARENTED: '区划隶属关系变更',
  DIVISION_MERGED: '区划合并',

  // 社会救助: 家庭与成员 (registry, import, export)
  HOUSEHOLD_CREATED: '登记家庭',
  HOUSEHOLD_UPDATED: '修改家庭信息',
  HOUSEHOLD_MEMBER_UPDATED: '修改家庭成员',
  HOUSEHOLD_OBLIGOR_ADDED: '登记赡养（抚养、扶养）义务人',
  HOUSEHOLD_OBLIGOR_ENDED: '终止赡养（抚养、扶养）义务人',
  HOUSEHOLD_CHANGE_REQUESTED: '申报家庭信息变更',
  HOUSEHOLD_CHANGE_APPLIED: '确认家庭信息变更',
  HOUSEHOLD_CHANGE_REJECTED: '驳回家庭信息变更',
  HOUSEHOLDS_IMPORTED: '批量导入家庭',
  HOUSEHOLDS_EXPORTED: '导出家庭名册',
  INCOME_ITEMS_ADDED: '登记收入',
  INCOME_ITEM_REMOVED: '删除收入',
  PROPERTY_ITEM_ADDED: '登记财产',
  PROPERTY_ITEM_REMOVED: '删除财产',

  // 社会救助: 参数 (parameters)
  ASSISTANCE_PARAMETERS_CREATED: '设定救助标准',
  ASSISTANCE_PARAMETERS_CLOSED: '停止执行救助标准',
  ASSISTANCE_COUNTY_SETTING_CHANGED: '修改县级办理设置',

  // 社会救助: 申请办理 (workflow; ASSISTANCE_<workflow action>)
  ASSISTANCE_APPLICATION_CREATED: '提交救助申请',
  ASSISTANCE_SUPPLEMENT: '补正材料',
  ASSISTANCE_ACCEPT: '受理申请',
  ASSISTANCE_INVESTIGATE: '入户调查',
  ASSISTANCE_REQUEST_VERIFICATION: '申请家庭经济状况核对',
  ASSISTANCE_PRELIMINARY_REVIEW: '乡镇初审',
  ASSISTANCE_START_PUBLICITY: '开始公示',
  ASSISTANCE_RECORD_OBJECTION: '登记公示异议',
  ASSISTANCE_HANDLE_OBJECTION: '处理公示异议',
  ASSISTANCE_SUBMIT_TO_COUNTY: '报送县级审核',
  ASSISTANCE_COUNTY_CHECK: '县级入户核查/抽查',
  ASSISTANCE_DECIDE: '县级审核确认',
  ASSISTANCE_TOWNSHIP_DECIDE: '乡镇（街道）审核确认',
  ASSISTANCE_SERVE_NOTICE: '送达决定通知',
  ASSISTANCE_WITHDRAW: '撤回申请',
  ASSISTANCE_PAY_ADVANCE: '先行救助',
  ASSISTANCE_COMPLETE_ADVANCE: '补办先行救助手续',
  CASE_DOCUMENT_UPLOADED: '上传申请材料',

  // 社会救助: 核对 (verification)
  VERIFICATION_AUTHORISATION_RECORDED: '登记核对授权书',
  VERIFICATION_AUTHORISATION_REVOKED: '撤销核对授权书',
  VERIFICATION_RESPONDED: '登记核对结果',
  DEPARTMENT_RECORDS_IMPORTED: '导入部门核对数据',
  DEPARTMENT_EVENTS_IMPORTED: '导入部门比对信息',

  // 社会救助: 资金发放 (payments)
  PAYMENT_ACCOUNT_SET: '设置发放账户',
  PAYMENT_ROLL_GENERATED: '生成发放名册',
  PAYMENT_ROLL_APPROVED: '审批发放名册',
  PAYMENT_ROLL_EXPORTED: '导出发放名册',
  PAYMENT_RESULTS_IMPORTED: '导入发放结果',
  PAYMENT_SUSPENDED: '暂停发放',
  PAYMENT_SUSPENSION_LIFTED: '恢复发放',

  // 社会救助: 动态管理 (dynamic)
  RECHECKS_SCHEDULED: '安排复核',
  RECHECK_RECORDED: '登记复核结果',
  AMOUNTS_RECALCULATED: '重新核算救助金额',
  CHANGE_REPORT_CREATED: '登记变化情况报告',
  REVIEW_DECIDED: '作出复核决定',
  REVIEW_TERMINATION_PUBLICISED: '公示拟终止救助',
  REVIEW_TERMINATION_WITHDRAWN: '撤回拟终止救助',
  EXTREME_POVERTY_TERMINATED: '终止特困供养',
  EXTREME_POVERTY_ADULTHOOD_CHECKED: '特困未成年人成年核查',

  // 社会救助: 低收入人口动态监测 (monitoring)
  LOW_INCOME_FLAG_SET: '纳入低收入人口监测',
  LOW_INCOME_FLAG_ENDED: '退出低收入人口监测',
  LOW_INCOME_THRESHOLDS_SET: '设置预警阈值',
  LOW_INCOME_WARNINGS_EVALUATED: '运行监测预警',
  LOW_INCOME_WARNING_HANDLED: '处置预警',

  // 规划监测 (modules/monitoring)
  MONITORING_PLAN_REGISTER_LOADED: '载入规划指标台账',
  MONITORING_VALUES_SAVED: '填报指标数据',
  MONITORING_VALUES_IMPORTED: '导入指标数据',
  MONITORING_VALUES_COMPUTED: '计算指标数据',
  MONITORING_DEVIATION_NOTE_SAVED: '填写偏差说明',
  MONITORING_SUBMITTED: '报送监测数据',
  MONITORING_APPROVED: '审核通过监测数据',
  MONITORING_RETURNED: '退回监测数据',
  MONITORING_CUT_OFFS_CHANGED: '修改时序进度判定标准',
  MONITORING_DEMO_VALUES_LOADED: '载入演示数据',
} as const satisfies Record<string, string>;

/** An action code the audit log knows (see AUDIT_ACTION_LABELS). */
export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

export const isAuditAction = (value: string): value is AuditAction => Object.hasOwn(AUDIT_ACTION_LABELS, value);
