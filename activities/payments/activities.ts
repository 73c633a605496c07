import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { log } from '@temporalio/activity';
import { openDocument, sealDocument } from '../../platform/encryption/document-cipher';
import type { KeyRing } from '../../platform/encryption/key-ring';

/**
 * Payment instructions of a schuldregeling, recorded once per id: the kredietbank's payment of every offer at
 * once (saneringskrediet), the monthly division of a betalingsregeling payment over the creditors, and the
 * claim on the waarborgfonds borgstelling (uitbetaling) after a default. Money in integer cents only.
 * Each is a file sealed with the payload codec's key ring: what one person pays whom is personal data.
 */
export interface PaymentLine {
  /** Creditor id, 'kredietbank' or 'waarborgfonds'. */
  payee: string;
  amountCents: number;
}

export interface PaymentInstruction {
  /** Derived by the workflow: a retried or replayed activity records the same instruction once. */
  id: string;
  caseId: string;
  kind: 'saneringskrediet-uitbetaling' | 'betalingsregeling-verdeling' | 'uitbetaling-borgstelling';
  date: string;
  lines: PaymentLine[];
}

export interface RecordedPayment {
  id: string;
  totalCents: number;
  /** False when an instruction with this id was already on record (a retry). */
  new: boolean;
}

function fileOf(dir: string, id: string): string {
  return path.join(dir, `${id.replace(/[^A-Za-z0-9._-]/g, '_')}.json.sealed`);
}

export function createPaymentActivities(dir: string, ring: KeyRing) {
  async function recordPaymentInstruction(instruction: PaymentInstruction): Promise<RecordedPayment> {
    for (const line of instruction.lines) {
      if (!Number.isSafeInteger(line.amountCents) || line.amountCents < 0)
        throw new Error(`Ongeldig bedrag in betaalopdracht ${instruction.id}: ${line.amountCents}`);
    }
    const totalCents = instruction.lines.reduce((sum, line) => sum + line.amountCents, 0);
    await fs.mkdir(dir, { recursive: true });
    const file = fileOf(dir, instruction.id);
    let created = true;
    try {
      const plain = Buffer.from(JSON.stringify({ ...instruction, totalCents }, null, 2));
      // The file name is the context: a sealed instruction cannot pass for another one.
      await fs.writeFile(file, sealDocument(ring, plain, path.basename(file)), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      created = false;
    }
    // Ids and kinds only: an amount per person is personal data, never in logs.
    log.info('payment instruction', { id: instruction.id, kind: instruction.kind, new: created });
    return { id: instruction.id, totalCents, new: created };
  }

  async function listPaymentInstructions(
    caseId: string,
  ): Promise<(PaymentInstruction & { totalCents: number })[]> {
    let names: string[] = [];
    try {
      names = await fs.readdir(dir);
    } catch {
      return [];
    }
    const all = await Promise.all(
      names
        .filter((n) => n.endsWith('.json.sealed'))
        .map(async (n) =>
          JSON.parse(openDocument(ring, await fs.readFile(path.join(dir, n)), n).toString('utf8')),
        ),
    );
    return all.filter((p) => p.caseId === caseId);
  }

  return { recordPaymentInstruction, listPaymentInstructions };
}
