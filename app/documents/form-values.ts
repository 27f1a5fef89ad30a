/** Register forms: the shared entry fields as an API body, and which fields they hold. */
import { formCommaList, formLines, formNumber, formOptional } from '../ui/form-data';

/** The fields of EntryFields as an API body fragment. */
export function entryBody(data: FormData) {
  return {
    signer: formOptional(data, 'signer'),
    signerTitle: formOptional(data, 'signerTitle'),
    signingAuthority: formOptional(data, 'signingAuthority'),
    urgency: formOptional(data, 'urgency'),
    secrecy: formOptional(data, 'secrecy'),
    tags: formCommaList(data, 'tags'),
    pageCount: formNumber(data, 'pageCount'),
    copyCount: formNumber(data, 'copyCount'),
    recipients: formLines(data, 'recipients'),
    content: formOptional(data, 'content'),
    notes: formOptional(data, 'notes'),
  };
}

const ENTRY_FIELDS = [
  'signer',
  'signerTitle',
  'signingAuthority',
  'urgency',
  'secrecy',
  'tags',
  'pageCount',
  'copyCount',
  'recipients',
  'content',
  'notes',
];

/** Whether an API error names one of the EntryFields (so their disclosure opens). */
export function namesEntryField(field: string | undefined): boolean {
  return field !== undefined && ENTRY_FIELDS.some((f) => field === f || field.startsWith(`${f}.`));
}
