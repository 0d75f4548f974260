import 'server-only';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as nl from '@zxcvbn-ts/language-nl-be';
import { registerStrengthEstimator } from './password-policy';

/** zxcvbn score 0–4; 3 means "safely unguessable" (~10^8 guesses and up) for an online-throttled account. */
export const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;

// Built on first use: the dictionaries take a moment to load and only sign-up/reset/invitation need them.
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
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
export function userWords(inputs: readonly (string | undefined | null)[]): string[] {
  const words = new Set<string>();
  for (const input of inputs) {
    if (!input) continue;
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
