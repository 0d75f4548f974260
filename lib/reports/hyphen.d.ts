// The `hyphen` package ships no types (CommonJS); these are the two entry points the reports use.
type HyphenModule = { hyphenateSync: (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string };
declare module 'hyphen/nl' {
  const hyphen: HyphenModule;
  export default hyphen;
}
declare module 'hyphen/en-gb' {
  const hyphen: HyphenModule;
  export default hyphen;
}
