// One error model for the whole platform: stable codes, Chinese messages, one code→HTTP table.
// Module codes are prefixed by their module (SOCIAL_ASSISTANCE_…, MONITORING_…).

export const APP_ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  INVALID_CITIZEN_ID: 400,
  INVALID_CREDIT_CODE: 400,
  UNAUTHENTICATED: 401,
  LOGIN_FAILED: 401,
  SESSION_EXPIRED: 401,
  ACCOUNT_LOCKED: 423,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  DIVISION_OUT_OF_SCOPE: 404,
  IMPORT_REJECTED: 422,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SOCIAL_ASSISTANCE_DUPLICATE_PERSON: 409,
  SOCIAL_ASSISTANCE_INVALID_TRANSITION: 409,
  SOCIAL_ASSISTANCE_STEP_BLOCKED: 409,
  SOCIAL_ASSISTANCE_NO_PARAMETERS: 409,
  SOCIAL_ASSISTANCE_NOT_DELEGATED: 403,
  SOCIAL_ASSISTANCE_NO_AUTHORISATION: 409,
  SOCIAL_ASSISTANCE_VERSION_CONFLICT: 409,
  SOCIAL_ASSISTANCE_ROLL_FROZEN: 409,
  SOCIAL_ASSISTANCE_PAYMENT_ACCOUNT_MISSING: 409,
  SOCIAL_ASSISTANCE_PUBLICITY_NOT_ENDED: 409,
  SOCIAL_ASSISTANCE_CALENDAR_MISSING: 409,
  MONITORING_DEVIATION_NOTE_REQUIRED: 409,
  MONITORING_COMPUTED_VALUE: 409,
  MONITORING_LEVEL_CONFLICT: 409,
  MONITORING_WRONG_REVIEW_LEVEL: 403,
} as const satisfies Record<string, number>;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

/** Default Chinese message per code; a thrower may give a more specific one. */
export const APP_ERROR_MESSAGES: Record<AppErrorCode, string> = {
  VALIDATION_FAILED: '提交的数据不符合要求',
  INVALID_CITIZEN_ID: '公民身份号码不正确',
  INVALID_CREDIT_CODE: '统一社会信用代码不正确',
  UNAUTHENTICATED: '请先登录',
  LOGIN_FAILED: '用户名或密码错误',
  SESSION_EXPIRED: '登录已过期，请重新登录',
  ACCOUNT_LOCKED: '连续登录失败次数过多，账号已临时锁定',
  FORBIDDEN: '没有执行此操作的权限',
  PASSWORD_CHANGE_REQUIRED: '请先修改密码后再继续使用系统',
  NOT_FOUND: '记录不存在或不在您的管辖范围内',
  CONFLICT: '数据已被修改或与现有记录冲突',
  INVALID_STATE: '当前状态不允许此操作',
  DIVISION_OUT_OF_SCOPE: '记录不存在或不在您的管辖范围内',
  IMPORT_REJECTED: '导入文件有错误，未导入任何数据',
  PAYLOAD_TOO_LARGE: '上传内容过大',
  RATE_LIMITED: '请求过于频繁，请稍后再试',
  INTERNAL: '系统内部错误，请联系管理员',
  SOCIAL_ASSISTANCE_DUPLICATE_PERSON: '该人员已在其他家庭或其他在办申请中登记，不能重复登记',
  SOCIAL_ASSISTANCE_INVALID_TRANSITION: '救助申请当前所处环节不允许此操作',
  SOCIAL_ASSISTANCE_STEP_BLOCKED: '办理条件不满足，不能进入下一环节',
  SOCIAL_ASSISTANCE_NO_PARAMETERS: '该地区在此日期没有生效的社会救助标准参数',
  SOCIAL_ASSISTANCE_NOT_DELEGATED: '本县未将审核确认权限下放乡镇（街道），请报县级民政部门确认',
  SOCIAL_ASSISTANCE_NO_AUTHORISATION: '申请家庭未签署家庭经济状况核对授权书，不能发起核对',
  SOCIAL_ASSISTANCE_VERSION_CONFLICT: '家庭信息已被他人修改，请刷新后重试',
  SOCIAL_ASSISTANCE_ROLL_FROZEN: '发放名册已审批冻结，不能再修改或重新生成',
  SOCIAL_ASSISTANCE_PAYMENT_ACCOUNT_MISSING: '名册中有家庭未登记发放账户，请先登记账户或暂停其发放后重新生成',
  SOCIAL_ASSISTANCE_PUBLICITY_NOT_ENDED: '公示期尚未结束，不能作出终止决定',
  SOCIAL_ASSISTANCE_CALENDAR_MISSING: '工作日历缺少该年度的节假日安排，无法计算期限',
  MONITORING_DEVIATION_NOTE_REQUIRED: '有指标进度滞后或未达标，请先填写偏离说明再报送',
  MONITORING_COMPUTED_VALUE: '该指标由业务系统自动计算，不能手工填报或修改',
  MONITORING_LEVEL_CONFLICT: '该指标本年度已在上级或下级区划填报，同一数据只能在一个层级填报',
  MONITORING_WRONG_REVIEW_LEVEL: '当前审核环节不属于您的审核层级',
};

/** The body of every error response. `details` carries field or row errors. */
export type ErrorBody = {
  code: AppErrorCode;
  message: string;
  requestId?: string;
  details?: ErrorDetail[];
};

export type ErrorDetail = {
  /** Field path (`members.0.citizenId`) or spreadsheet location (`第12行 身份证号`). */
  path: string;
  row?: number;
  column?: string;
  code: string;
  message: string;
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: ErrorDetail[] | undefined;

  constructor(code: AppErrorCode, message?: string, details?: ErrorDetail[]) {
    super(message ?? APP_ERROR_MESSAGES[code]);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }

  toBody(requestId?: string): ErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(requestId ? { requestId } : {}),
      ...(this.details ? { details: this.details } : {}),
    };
  }
}

export const isAppErrorCode = (value: unknown): value is AppErrorCode => typeof value === 'string' && value in APP_ERROR_STATUS;
