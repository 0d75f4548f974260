import 'server-only';
import nodemailer from 'nodemailer';
import type { Executor } from '@/db/client';
import { insertOutboxMail } from '@/db/queries/outbox';

export type Mail = { to: string; subject: string; text: string; html: string };

let transporter: nodemailer.Transporter | undefined;

/** True when mails are kept in the outbox table instead of sent (no SMTP_URL: the embedded default). */
export function usesOutbox(): boolean {
  return !process.env.SMTP_URL;
}

/** The one way mail leaves the app. */
export async function deliver(practiceId: string, mail: Mail, ex?: Executor): Promise<void> {
  if (usesOutbox()) {
    await insertOutboxMail(practiceId, mail, ex);
    if (!process.env.VITEST) console.log(`\n[mail → outbox] to: ${mail.to}\nsubject: ${mail.subject}\n${mail.text}\n`);
    return;
  }
  transporter ??= nodemailer.createTransport(process.env.SMTP_URL);
  await transporter.sendMail({ from: process.env.MAIL_FROM ?? 'Balanspunt <no-reply@localhost>', ...mail });
}
