import { SearchAttributeType } from '@temporalio/common';
import { caseSearchAttributeKeys } from '../../workflows/case/search-attributes';

/** The CLI's names for search attribute types (`--search-attribute Name=Type`, `operator search-attribute create`). */
const cliTypeName: Record<SearchAttributeType, string> = {
  [SearchAttributeType.TEXT]: 'Text',
  [SearchAttributeType.KEYWORD]: 'Keyword',
  [SearchAttributeType.INT]: 'Int',
  [SearchAttributeType.DOUBLE]: 'Double',
  [SearchAttributeType.BOOL]: 'Bool',
  [SearchAttributeType.DATETIME]: 'Datetime',
  [SearchAttributeType.KEYWORD_LIST]: 'KeywordList',
};

/** Every custom search attribute our workflows set, as `{ name, type }` with the CLI's type names. */
export const customSearchAttributes = caseSearchAttributeKeys.map((key) => ({
  name: key.name,
  type: cliTypeName[key.type],
}));
