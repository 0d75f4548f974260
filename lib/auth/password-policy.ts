/** Pure password rules shared by the forms (client) and the actions (server). */
export const PASSWORD_MIN_LENGTH = 10;

const COMMON = new Set([
  'password', 'password1', 'password12', 'password123', 'wachtwoord', 'wachtwoord1', 'wachtwoord123',
  '1234567890', '12345678910', '0123456789', 'qwertyuiop', 'qwerty1234', 'azertyuiop', 'welkom1234',
  'welkomwelkom', 'iloveyou12', 'letmein123', 'administrator', 'passw0rd123', 'abcdefghij', 'abc1234567',
]);

export function isWeakPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return true;
  if (new Set(lower).size < 5) return true;
  if (/^\d+$/.test(password)) return true;
  return false;
}
