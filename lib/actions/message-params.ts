/**
 * Message keys that carry their values, for the places that hold only a string. No imports: the browser's form alerts
 * read these (app/_components/form-alert.tsx) without loading the zod-issue code in zod-errors.ts.
 */
export type MessageParams = Record<string, string | number>;

/**
 * A message key with its values in one string (`validation.tooLongMax?max=200`), for the places that carry only a
 * string: a field error of an action, a react-hook-form error. `useMessage` (app/_components/form-alert.tsx) reads it.
 */
export function messageWithParams(key: string, params: MessageParams): string {
  return `${key}?${new URLSearchParams(Object.entries(params).map(([name, value]) => [name, String(value)]))}`;
}

/** The key and the values of a message from `messageWithParams` (numbers as numbers, for plurals and formatting). */
export function readMessage(message: string): { key: string; params?: MessageParams } {
  const at = message.indexOf('?');
  if (at < 0) return { key: message };
  const params: MessageParams = {};
  for (const [name, value] of new URLSearchParams(message.slice(at + 1)))
    params[name] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  return { key: message.slice(0, at), params };
}
