import { defineQuery } from '@temporalio/workflow';
import type { Aanmelding, Resident } from '../../domain/records';

/**
 * Who the resident is, for the officer's case page: from the aanmelding the case carries (encrypted in every
 * payload, like the query result itself). A query adds no history events, so running cases answer it at once.
 */
export type ResidentDetails = Resident;

export const residentQuery = defineQuery<ResidentDetails>('resident');

export const residentDetailsOf = (aanmelding: Aanmelding): ResidentDetails => aanmelding.resident;
