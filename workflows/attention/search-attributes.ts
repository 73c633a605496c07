import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Search attributes of an attention marker (./marker.ts): a running marker says that a case's workflow needs a
 * person. Keywords, since SQL visibility has only three Bool columns and the case uses them all.
 *  - ActivityFailing: the type of the failing activity (`sendLetter`), on markers of reason `activiteit-faalt`.
 *  - AttentionReason: `activiteit-faalt` or `workflowtaak-faalt`, the supervisor view's reason codes.
 * Markers also carry the case's `Gemeente` (from the case id), so the view can count them per gemeente.
 */
export const ActivityFailing = defineSearchAttributeKey('ActivityFailing', SearchAttributeType.KEYWORD);
export const AttentionReason = defineSearchAttributeKey('AttentionReason', SearchAttributeType.KEYWORD);

export const attentionSearchAttributeKeys = [ActivityFailing, AttentionReason] as const;
