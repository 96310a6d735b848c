/** The letter-details form: texts checked by the settings' own zod schema, messages in the pane's language. */
import { appendixSchema, type AppendixInfo } from '../core';
import type { Strings } from './i18n';

export const APPENDIX_FIELDS = [
  'agency',
  'office',
  'letterNo',
  'letterSuffix',
  'place',
  'signerTitle',
  'signerName',
] as const satisfies readonly (keyof AppendixInfo)[];

export type AppendixField = (typeof APPENDIX_FIELDS)[number];
export type AppendixDraft = Record<AppendixField, string>;

export function draftOfAppendix(info: Partial<AppendixInfo>): AppendixDraft {
  return Object.fromEntries(APPENDIX_FIELDS.map((f) => [f, info[f] ?? ''])) as AppendixDraft;
}

export type AppendixResult =
  | { ok: true; appendix: Partial<AppendixInfo> }
  | { ok: false; errors: Partial<Record<AppendixField, string>> };

/** Trimmed texts; empty ones are left out so the summary falls back to the sheet's own heading. */
export function parseAppendix(draft: AppendixDraft, t: Strings): AppendixResult {
  const trimmed = Object.fromEntries(
    APPENDIX_FIELDS.map((f) => [f, draft[f].trim()]).filter(([, v]) => v !== ''),
  );
  const parsed = appendixSchema.partial().safeParse(trimmed);
  // zod fills the schema's defaults in; only what the officer typed is kept.
  if (parsed.success)
    return {
      ok: true,
      appendix: Object.fromEntries(Object.entries(parsed.data).filter(([k]) => k in trimmed)),
    };
  const errors: Partial<Record<AppendixField, string>> = {};
  for (const issue of parsed.error.issues)
    errors[issue.path[0] as AppendixField] ??=
      issue.code === 'too_big' ? t.appendix.tooLong(Number(issue.maximum)) : issue.message;
  return { ok: false, errors };
}
