import { describe, expect, it } from 'vitest';
import { newPasswordProblems } from './identity.rules';

describe('new password strength', () => {
  it('accepts the demo password shape (10+ characters, three of four classes)', () => {
    expect(newPasswordProblems('Demo@2025mz', null, 'ws_clerk')).toEqual([]);
    expect(newPasswordProblems('wenshan-2026', null, 'ws_clerk')).toEqual([]);
  });

  it('names every reason a password is refused', () => {
    expect(newPasswordProblems('Ab1!', null, 'x')).toEqual(['密码至少10位']);
    expect(newPasswordProblems('abcdefghijk', null, 'x')).toEqual(['密码须包含大写字母、小写字母、数字、符号中的至少三类']);
    expect(newPasswordProblems('My-ws_clerk-2026', null, 'WS_Clerk')).toEqual(['密码不能包含用户名']);
    expect(newPasswordProblems('Baaaa#2026xy', null, 'qq')).toEqual(['密码不能包含4个及以上连续相同字符']);
    expect(newPasswordProblems('Demo@2025mz', 'Demo@2025mz', 'x')).toEqual(['新密码不能与当前密码相同']);
  });
});
