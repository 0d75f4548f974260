import { z } from 'zod';
import { COMPONENT_SETS } from '@/lib/scoring/component-sets';
import { version } from './fields';

/** The practice's component set for the demands and work-resources indices; `version` guards against a stale form. */
export const scoringSettingsSchema = z.object({
  componentSet: z.enum(COMPONENT_SETS, { error: 'scoringSettings.componentSetRequired' }),
  version,
});
export type ScoringSettingsInput = z.input<typeof scoringSettingsSchema>;
