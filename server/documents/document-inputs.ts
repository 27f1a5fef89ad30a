import { z } from 'zod';
import { optionalTextSchema, textSchema } from '../platform/validation';
import { SECRECIES, SIGNING_AUTHORITIES, URGENCIES } from './tables';

/** A unit given by id, code or name. */
export const unitRefSchema = z.union([
  z.number().int().positive(),
  z.string().trim().min(1).max(300),
]);

/** A signer given by person id or by name as printed. */
export const signerRefSchema = z.union([
  z.number().int().positive(),
  z.string().trim().min(1).max(120),
]);

/** Fields every register entry shares, whatever its direction. */
export const commonEntryFields = {
  summary: textSchema(1000),
  recipients: z.array(textSchema(300)).max(300).default([]),
  urgency: z.enum(URGENCIES).default('normal'),
  secrecy: z.enum(SECRECIES).default('none'),
  content: optionalTextSchema(2_000_000),
  tags: z.array(textSchema(120)).max(50).default([]),
  pageCount: z.number().int().min(1).max(100_000).nullish(),
  copyCount: z.number().int().min(1).max(100_000).nullish(),
  notes: optionalTextSchema(2000),
  signer: signerRefSchema.nullish(),
  signerTitle: optionalTextSchema(120),
  signingAuthority: z.enum(SIGNING_AUTHORITIES).nullish(),
};
