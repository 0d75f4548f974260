import type { Client } from '@/db/schema';

/** The client's record as the details form shows it (and sends it back unchanged): empty strings for what is not set. */
export function clientFormValues(client: Client) {
  return {
    clientId: client.id,
    version: client.version,
    firstName: client.firstName,
    lastName: client.lastName,
    email: client.email,
    phone: client.phone ?? '',
    jobTitle: client.jobTitle ?? '',
    employerId: client.employerId ?? '',
    managerContactId: client.managerContactId ?? '',
    coachId: client.coachId,
    startDate: client.startDate ?? '',
    referralRoute: client.referralRoute,
    locale: client.locale,
    onSickLeave: client.onSickLeave,
    sickLeaveSince: client.sickLeaveSince ?? '',
    notes: client.notes ?? '',
  };
}
