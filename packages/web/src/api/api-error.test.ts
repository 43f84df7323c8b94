import { describe, expect, it } from 'vitest';
import { ApiError, formatErrorDetail, isSessionError, parseErrorBody, toFieldErrors } from './api-error';

describe('parseErrorBody', () => {
  it('keeps code, message, request id and details of a server error body', () => {
    const error = parseErrorBody(409, {
      code: 'CONFLICT',
      message: '用户名 ws_clerk 已存在',
      requestId: 'r-1',
      details: [{ path: 'username', code: 'DUPLICATE', message: '用户名已存在' }],
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'CONFLICT', message: '用户名 ws_clerk 已存在', requestId: 'r-1' });
    expect(error.details).toEqual([{ path: 'username', code: 'DUPLICATE', message: '用户名已存在' }]);
  });

  it('keeps row and column of spreadsheet details and drops malformed ones', () => {
    const error = parseErrorBody(422, {
      code: 'IMPORT_REJECTED',
      message: '导入文件有错误',
      details: [{ path: '第12行 身份证号', row: 12, column: '身份证号', code: 'X', message: '公民身份号码不正确' }, { nope: true }, 'x'],
    });
    expect(error.details).toEqual([{ path: '第12行 身份证号', row: 12, column: '身份证号', code: 'X', message: '公民身份号码不正确' }]);
  });

  it('says the response was not understood when the body is not ours', () => {
    expect(parseErrorBody(502, null)).toMatchObject({ code: 'BAD_RESPONSE', status: 502 });
    expect(parseErrorBody(500, { code: 'SOMETHING_ELSE', message: 'x' }).code).toBe('BAD_RESPONSE');
    expect(parseErrorBody(502, null).message).toContain('502');
  });
});

describe('isSessionError', () => {
  it('is true only for a lost session, not for a failed login', () => {
    expect(isSessionError(parseErrorBody(401, { code: 'SESSION_EXPIRED', message: '登录已过期' }))).toBe(true);
    expect(isSessionError(parseErrorBody(401, { code: 'UNAUTHENTICATED', message: '请先登录' }))).toBe(true);
    expect(isSessionError(parseErrorBody(401, { code: 'LOGIN_FAILED', message: '用户名或密码错误' }))).toBe(false);
    expect(isSessionError(new Error('x'))).toBe(false);
  });
});

describe('formatErrorDetail', () => {
  it('names the row and column of an import error', () => {
    expect(formatErrorDetail({ path: 'x', row: 12, column: '身份证号', code: 'X', message: '公民身份号码不正确' })).toBe(
      '第12行 身份证号：公民身份号码不正确',
    );
  });
  it('shows only the message of a field error (no technical field names)', () => {
    expect(formatErrorDetail({ path: 'username', code: 'X', message: '用户名已存在' })).toBe('用户名已存在');
    expect(formatErrorDetail({ path: '', code: 'X', message: '出错了' })).toBe('出错了');
  });
});

describe('toFieldErrors', () => {
  it('groups messages by field and splits nested paths', () => {
    expect(
      toFieldErrors([
        { path: 'username', code: 'A', message: '太短' },
        { path: 'username', code: 'B', message: '含非法字符' },
        { path: 'members.0.citizenId', code: 'C', message: '公民身份号码不正确' },
        { path: 'ignored', row: 3, code: 'D', message: '表格行错误不是表单字段' },
      ]),
    ).toEqual([
      { name: ['username'], errors: ['太短', '含非法字符'] },
      { name: ['members', 0, 'citizenId'], errors: ['公民身份号码不正确'] },
    ]);
  });
});
