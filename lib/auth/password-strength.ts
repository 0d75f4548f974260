import 'server-only';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as nl from '@zxcvbn-ts/language-nl-be';
import { registerStrengthEstimator } from './password-policy';

/** zxcvbn score 0–4; 3 means "safely unguessable" (~10^8 guesses and up) for an online-throttled account. */
export const MIN_SCORE = 3;

/**
 * The estimate reads at most this many characters: its cost grows steeply with the length (a crafted 200-character
 * password took seconds of CPU on the event loop, in forms anyone may send: sign-up, reset, invitation). A longer
 * password is judged by its first 32 characters; the rest can only make it stronger.
 */
export const STRENGTH_INPUT_LIMIT = 32;

/**
 * How many l33t readings (p@55w0rd → password) of a password are tried. With the library's default, 100, a crafted
 * 32-character password of l33t characters still cost about half a second of CPU; 30 cuts that worst case to under a
 * half of it. It judges the lists in password-strength.test.ts as 100 does; of 287 generated l33t spellings of common
 * words (with years), 3 more passed, each scored 2 with 100.
 */
const L33T_VARIANTS = 30;

let factory: ZxcvbnFactory | undefined;

// Built on first use: the dictionaries take a moment to load and only sign-up/reset/invitation need them.
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    maxLength: STRENGTH_INPUT_LIMIT,
    l33tMaxSubstitutions: L33T_VARIANTS,
    graphs: common.adjacencyGraphs,
    dictionary: {
      ...common.dictionary,
      ...en.dictionary,
      // The Dutch (nl-be) lists share key names with nothing else, but prefix them so no list is overwritten.
      ...Object.fromEntries(Object.entries(nl.dictionary).map(([name, words]) => [`${name}-nl`, words])),
    },
    translations: en.translations,
  });
  return factory;
}

/** Splits an email or a name into the words a guesser would try (local part, domain, name parts). */
export function userWords(inputs: readonly unknown[]): string[] {
  const words = new Set<string>();
  for (const input of inputs) {
    // Only strings: the sign-up schema hands over its fields as they came, also when one of them failed its own check.
    if (typeof input !== 'string') continue;
    const value = input.trim().toLowerCase();
    if (!value) continue;
    words.add(value);
    const local = value.split('@')[0]!;
    words.add(local);
    words.add(local.replace(/[^\p{L}\p{N}]+/gu, ''));
    for (const part of value.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

export function passwordScore(password: string, userInputs: readonly string[] = []): number {
  return zxcvbn().check(password, userWords(userInputs)).score;
}

export function isStrongPassword(password: string, userInputs: readonly string[] = []): boolean {
  return passwordScore(password, userInputs) >= MIN_SCORE;
}

registerStrengthEstimator(isStrongPassword);
