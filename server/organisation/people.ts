import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import {
  localDateSchema,
  optionalTextSchema,
  parseInput,
  textSchema,
} from '../platform/validation';
import { searchText, viFold, viSortKey } from '../../shared/vi/text';
import { POSITION_RANKS } from './tables';
import { resolveUnit } from './unit-queries';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';

/** Input of createPerson. */
export const createPersonInput = z
  .object({
    fullName: textSchema(120),
    email: optionalTextSchema(200).pipe(z.email('không phải địa chỉ thư hợp lệ').nullable()),
    phone: optionalTextSchema(40),
  })
  .strict();

/** A person as the registry shows them. */
export interface PersonRow {
  id: number;
  fullName: string;
  email: string | null;
  phone: string | null;
  version: number;
}

/** Adds a person (cán bộ) to the registry. */
export async function createPerson(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof createPersonInput> },
): Promise<PersonRow> {
  const data = parseInput(createPersonInput, input);
  const now = ctx.clock.now().toISOString();
  authorize(actor, 'person.manage');
  return ctx.db.write(async (tx) => {
    const row = await tx
      .insertInto('people')
      .values({
        full_name: data.fullName,
        email: data.email,
        phone: data.phone,
        sort_key: personSortKey(data.fullName),
        search_text: searchText(data.fullName, data.email),
        created_at: now,
        updated_at: now,
      })
      .returning(['id', 'full_name', 'email', 'phone', 'version'])
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'person.create',
      entity: 'person',
      entityId: row.id,
      after: data,
    });
    return {
      id: row.id,
      fullName: row.full_name,
      email: row.email,
      phone: row.phone,
      version: row.version,
    };
  });
}

/**
 * Vietnamese names sort by given name (the last word), then the whole name:
 * "Trần Tuệ Hiền" files under H.
 */
export function personSortKey(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  const given = words.at(-1) ?? '';
  return `${viSortKey(given)}0${viSortKey(fullName)}`;
}

/** Input of appointPosition. */
export const appointPositionInput = z
  .object({
    personId: z.number().int().positive(),
    unit: z.union([z.number().int(), z.string().min(1)]),
    title: textSchema(120),
    rank: z.enum(POSITION_RANKS),
    fieldsOfCharge: z.array(textSchema(200)).max(30).default([]),
    validFrom: localDateSchema,
    validTo: localDateSchema.nullish(),
  })
  .strict();

/** Appoints a person to a position in a unit for a term (e.g. Phó Chủ tịch UBND tỉnh with fields of charge). */
export async function appointPosition(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof appointPositionInput> },
): Promise<{ id: number }> {
  const data = parseInput(appointPositionInput, input);
  if (data.validTo && data.validTo < data.validFrom) {
    throw new AppError('DATE_RANGE_INVALID', {
      field: 'validTo',
      params: { from: data.validFrom, to: data.validTo },
    });
  }
  const now = ctx.clock.now().toISOString();
  return ctx.db.write(async (tx) => {
    const person = await tx
      .selectFrom('people')
      .select('id')
      .where('id', '=', data.personId)
      .executeTakeFirst();
    if (!person)
      throw new AppError('UNKNOWN_PERSON', { field: 'personId', params: { value: data.personId } });
    const unit = await resolveUnit(tx, data.unit, { asOf: data.validFrom, field: 'unit' });
    authorize(actor, 'person.manage', { unitPaths: [unit.path] });
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'person.appoint',
      entity: 'person',
      entityId: person.id,
      after: data,
    });
    return tx
      .insertInto('positions')
      .values({
        person_id: person.id,
        unit_id: unit.id,
        title: data.title,
        rank: data.rank,
        search_text: viFold(data.title),
        fields_of_charge: JSON.stringify(data.fieldsOfCharge),
        valid_from: data.validFrom,
        valid_to: data.validTo ?? null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  });
}

/** A position held on a date, with the person's name. */
export interface PositionRow {
  id: number;
  personId: number;
  fullName: string;
  unitId: number;
  title: string;
  rank: (typeof POSITION_RANKS)[number];
  fieldsOfCharge: string[];
  validFrom: string;
  validTo: string | null;
}

/** Positions held on `asOf`, optionally in one unit, heads first. */
export async function listPositionsOn(
  q: Tx,
  opts: { asOf: string; unitId?: number; personId?: number },
): Promise<PositionRow[]> {
  let query = q
    .selectFrom('positions as p')
    .innerJoin('people as pe', 'pe.id', 'p.person_id')
    .select([
      'p.id',
      'p.person_id',
      'pe.full_name',
      'p.unit_id',
      'p.title',
      'p.rank',
      'p.fields_of_charge',
      'p.valid_from',
      'p.valid_to',
    ])
    .where('p.valid_from', '<=', opts.asOf)
    .where((eb) => eb.or([eb('p.valid_to', 'is', null), eb('p.valid_to', '>=', opts.asOf)]));
  if (opts.unitId !== undefined) query = query.where('p.unit_id', '=', opts.unitId);
  if (opts.personId !== undefined) query = query.where('p.person_id', '=', opts.personId);
  const rows = await query.orderBy('p.unit_id').orderBy('p.id').execute();
  const rankOrder = { head: 0, deputy: 1, member: 2, staff: 3 } as const;
  return rows
    .map((r) => ({
      id: r.id,
      personId: r.person_id,
      fullName: r.full_name,
      unitId: r.unit_id,
      title: r.title,
      rank: r.rank,
      fieldsOfCharge: JSON.parse(r.fields_of_charge) as string[],
      validFrom: r.valid_from,
      validTo: r.valid_to,
    }))
    .sort((a, b) => a.unitId - b.unitId || rankOrder[a.rank] - rankOrder[b.rank] || a.id - b.id);
}

/** People whose name matches `search` (diacritics-insensitive), sorted Vietnamese-style. */
export async function searchPeople(q: Tx, search: string, limit = 50): Promise<PersonRow[]> {
  const rows = await q
    .selectFrom('people')
    .select(['id', 'full_name', 'email', 'phone', 'version'])
    .where('search_text', 'like', `%${viFold(search)}%`)
    .orderBy('sort_key')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    fullName: r.full_name,
    email: r.email,
    phone: r.phone,
    version: r.version,
  }));
}
