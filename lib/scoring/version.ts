/**
 * The version of the scoring rules whose results completion stores with a measurement (measurements.scoring_version):
 * the dimension scores and indices (./score.ts), the midpoint profiles (./profile.ts), the dimension flags (./flags.ts),
 * the burnout signal (./signals.ts burnoutSignals) and what lib/intake/stored-scores.ts keeps of them.
 *
 * Why: the dashboard's attention list reads those stored values, while the results page computes them anew from the
 * answers. Bump this whenever one of those rules changes what it gives (lib/intake/stored-scores.test.ts pins the
 * stored output to this number, and fails until it is bumped): on the next start-up every completed measurement stored
 * under an older version is computed again (lib/intake/rescore.ts), so the two agree again.
 *
 * 1: before the version was stored (flags by the dimension's own group: learning orientation never, a custom total of
 *    a demands group always).
 * 2: flags by the index the dimension feeds (learning orientation is a personal resource; a dimension that feeds no
 *    index, such as a custom total, is never flagged).
 * 3: the burnout signal only from dimensions that feed the burnout index (or a total over them alone): a symptom list
 *    such as the 4DKL (group `symptoms`, or filed as burnout by a definition saved from the older template) never raises
 *    it; those stored 4DKL scales are read in the `symptoms` group.
 * 4: the AZW set's demands index is the mean of seed 003's five percentages: aggression and administrative burden count
 *    twice each (clients and internal; reporting and registration), workload once (./component-sets.ts AZW_WEIGHTS).
 * 5: index points are stored under their components' weights and the version's scoringSignature (indexPointSignature),
 *    so the practice median no longer pools custom versions that score the same answers differently; the AZW weights
 *    apply only to a dimension with as many items as its weight (a custom `aggression` of three items counts once).
 */
export const SCORING_RULES_VERSION = 5;
