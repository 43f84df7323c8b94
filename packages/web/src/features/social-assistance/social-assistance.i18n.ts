// Every string the social-assistance (社会救助) pages show. Labels of codes that @mz/shared labels
// (programmes, statuses, relations, departments …) come from there; this catalogue holds the pages'
// own wording and the labels of codes the shared package leaves unlabelled. The wording lives by
// screen under ./i18n/; this module puts it together as one `saText`.
import { caseText } from './i18n/case.i18n';
import { commonText } from './i18n/common.i18n';
import { householdText } from './i18n/household.i18n';
import { labelsText } from './i18n/labels.i18n';
import { operationsText } from './i18n/operations.i18n';

export const saText = {
  ...commonText,
  ...householdText,
  ...caseText,
  ...operationsText,
  labels: labelsText,
};

/** Label of a code, or the code itself when the catalogue does not know it (never an empty cell). */
export const labelOf = (labels: Readonly<Record<string, string>>, code: string | null | undefined): string =>
  code === null || code === undefined || code === '' ? '—' : (labels[code] ?? code);
