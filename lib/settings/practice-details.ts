/** The practice's details as the owner edits them in the settings (the logo has a step of its own). */
export type PracticeDetails = { name: string; address: string; kvkNumber: string; reportColor: string };

const FIELDS = ['name', 'address', 'kvkNumber', 'reportColor'] as const satisfies readonly (keyof PracticeDetails)[];

/**
 * The fields a save changes, in the form's order: what the audit log names (never the values). A save that changes
 * nothing names none, and then leaves no entry: the log would otherwise say the details changed when they did not.
 */
export function changedPracticeFields(before: PracticeDetails, after: PracticeDetails): (keyof PracticeDetails)[] {
  return FIELDS.filter((field) => before[field] !== after[field]);
}
