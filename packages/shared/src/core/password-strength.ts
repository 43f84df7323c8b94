// 密码强度: one rule for the server (enforced) and the web form (shown while typing).

export const PASSWORD_MIN_LENGTH = 10;

// 小写字母, 大写字母, 数字, 符号
const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

/** Chinese reasons why a password is too weak; empty when it is acceptable. */
export const passwordProblems = (password: string, username: string): string[] => {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`密码至少${PASSWORD_MIN_LENGTH}位`);
  const classes = CLASSES.filter((c) => c.test(password)).length;
  if (classes < 3) problems.push('密码须包含大写字母、小写字母、数字、符号中的至少三类');
  if (username.length > 0 && password.toLowerCase().includes(username.toLowerCase())) problems.push('密码不能包含用户名');
  if (/(.)\1{3,}/.test(password)) problems.push('密码不能包含4个及以上连续相同字符');
  return problems;
};
