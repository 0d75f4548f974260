/**
 * Whether `npm run bench` builds before it measures (scripts/bench/run.ts). The full run measures the source as it is,
 * so it builds: a build left in `.next` may be of older code, and its figures would be written under today's date (a
 * run once timed a build three commits old). The smoke run (the test suite's, on the build that run just made), `--hold`
 * (profiling by hand) and `--reuse-build` use the build that is there, and build only when there is none.
 */
export function benchBuildChoice(options: { hasBuild: boolean; smoke: boolean; hold: boolean; reuseBuild: boolean }): 'build' | 'reuse' {
  if (!options.hasBuild) return 'build';
  return options.smoke || options.hold || options.reuseBuild ? 'reuse' : 'build';
}
