import { describe, expect, it } from 'vitest';
import { deviceCookie, secureCookies } from './cookies';

describe('secureCookies', () => {
  it('is on over https and in production, off only for local http', () => {
    expect(secureCookies('https://coach.example.nl', 'production')).toBe(true);
    expect(secureCookies('https://localhost:3000', 'development')).toBe(true);
    expect(secureCookies('http://coach.example.nl', 'production')).toBe(true);
    expect(secureCookies('http://localhost:3100', 'production')).toBe(false);
    expect(secureCookies('http://localhost:3000', 'development')).toBe(false);
    expect(secureCookies('', 'production')).toBe(true);
  });
});

describe('deviceCookie', () => {
  it('is a year, httpOnly and SameSite=Lax; over https Secure and __Host-', () => {
    expect(deviceCookie(true)).toEqual({
      name: '__Host-balanspunt-device',
      options: { path: '/', maxAge: 365 * 24 * 60 * 60, sameSite: 'lax', httpOnly: true, secure: true },
    });
    expect(deviceCookie(false)).toMatchObject({ name: 'balanspunt-device', options: { httpOnly: true, secure: false } });
  });
});
