import { beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_COOKIE_LIFETIME_SECONDS, deviceCookieAfterSignIn, deviceIdFor } from './device-cookie';

beforeAll(() => {
  process.env.AUTH_SECRET ??= 'unit-test-secret-unit-test-secret';
});

const now = 1_800_000_000_000;
const COACH = 'coach@example.test';

describe('device cookie', () => {
  it('proves a sign-in as that email only (any case), not as another', () => {
    const value = deviceCookieAfterSignIn(undefined, COACH, now);
    const id = deviceIdFor(value, COACH, now);
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(deviceIdFor(value, ' Coach@Example.TEST ', now)).toBe(id);
    expect(deviceIdFor(value, 'other@example.test', now)).toBeNull();
    // Nothing of the email in the cookie.
    expect(value).not.toContain('coach');
  });

  it('is no proof when forged, changed, garbled or missing', () => {
    const value = deviceCookieAfterSignIn(undefined, COACH, now);
    const [id, issued, mac] = value.split('.') as [string, string, string];
    const otherId = `${id.slice(0, -1)}${id.endsWith('A') ? 'B' : 'A'}`;
    expect(deviceIdFor(`${otherId}.${issued}.${mac}`, COACH, now)).toBeNull();
    expect(deviceIdFor(`${id}.${(Number.parseInt(issued, 36) + 1).toString(36)}.${mac}`, COACH, now)).toBeNull();
    expect(deviceIdFor(`${id}.${issued}.${'A'.repeat(43)}`, COACH, now)).toBeNull();
    expect(deviceIdFor(`${id}.${issued}.${mac.slice(1)}`, COACH, now)).toBeNull();
    expect(deviceIdFor('nonsense', COACH, now)).toBeNull();
    expect(deviceIdFor(`${value}~`.repeat(20), COACH, now)).toBeNull();
    expect(deviceIdFor(undefined, COACH, now)).toBeNull();
    expect(deviceIdFor('', COACH, now)).toBeNull();
  });

  it('lasts a year from the sign-in', () => {
    const value = deviceCookieAfterSignIn(undefined, COACH, now);
    expect(deviceIdFor(value, COACH, now + (DEVICE_COOKIE_LIFETIME_SECONDS - 60) * 1000)).not.toBeNull();
    expect(deviceIdFor(value, COACH, now + DEVICE_COOKIE_LIFETIME_SECONDS * 1000)).toBeNull();
    // Not issued in the future either (a clock far ahead on one instance).
    expect(deviceIdFor(value, COACH, now - 3_600_000)).toBeNull();
  });

  it('keeps the entries of a shared computer’s last five accounts, each sign-in renewing its own', () => {
    let value = deviceCookieAfterSignIn(undefined, COACH, now);
    const first = deviceIdFor(value, COACH, now);
    value = deviceCookieAfterSignIn(value, 'colleague@example.test', now);
    expect(deviceIdFor(value, COACH, now)).toBe(first);
    expect(deviceIdFor(value, 'colleague@example.test', now)).not.toBeNull();

    value = deviceCookieAfterSignIn(value, COACH, now + 1000);
    const renewed = deviceIdFor(value, COACH, now + 1000);
    expect(renewed).not.toBeNull();
    expect(renewed).not.toBe(first);
    expect(value.split('~')).toHaveLength(2);

    for (let i = 0; i < 5; i++) value = deviceCookieAfterSignIn(value, `coach-${i}@example.test`, now + 2000);
    expect(value.split('~')).toHaveLength(5);
    expect(deviceIdFor(value, 'coach-0@example.test', now + 2000)).not.toBeNull();
    expect(deviceIdFor(value, COACH, now + 2000)).toBeNull();
  });
});
