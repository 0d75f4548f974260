import 'server-only';
import nodemailer from 'nodemailer';
import { getClient } from '@/db/queries/clients';
import { insertOutboxMail } from '@/db/queries/outbox';
import type { Mail } from './transport';
import { usesOutbox } from './transport';

let cached: { url: string; transporter: nodemailer.Transporter } | undefined;

function transporter(url: string) {
  if (cached?.url !== url) cached = { url, transporter: nodemailer.createTransport(url) };
  return cached.transporter;
}

/**
 * What the worker does with one queued mail: SMTP when SMTP_URL is set, else the outbox table (and the
 * console in development only, the local way to follow mailed links: bodies hold live links). Throws when the mail server refuses,
 * so the queue retries it; the error message (never the mail) becomes the job's last error.
 */
export async function sendMail(practiceId: string, mail: Mail, clientId: string | null = null): Promise<void> {
  // About a client who was erased after it was queued: it is not kept or sent (the erasure could not delete a job that
  // a worker was holding). The outbox insert checks this in its own statement.
  if (usesOutbox()) {
    if (!(await insertOutboxMail(practiceId, mail, clientId))) return;
    if (!process.env.VITEST && process.env.NODE_ENV === 'development') {
      console.log(`\n[mail → outbox] to: ${mail.to}\nsubject: ${mail.subject}\n${mail.text}\n`);
    }
    return;
  }
  if (clientId && !(await getClient(practiceId, clientId))) return;
  await transporter(process.env.SMTP_URL!).sendMail({ from: process.env.MAIL_FROM ?? 'Balanspunt <no-reply@localhost>', ...mail });
}
