/**
 * The organisation registry's API: effective-dated units, people and their
 * positions, HĐND terms and sessions. Shapes mirror server/organisation.
 */
import { useQuery } from '@tanstack/react-query';
import { api, itemsOf } from '../platform/api-client';

export const UNIT_KINDS = [
  'province',
  'provincial_committee',
  'provincial_council',
  'party_committee',
  'agency',
  'district_committee',
  'commune_committee',
  'division',
  'central_body',
  'working_group',
  'other_body',
  'national_root',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** A unit as seen on one date, with the name it bore that day. */
export interface Unit {
  id: number;
  code: string;
  kind: UnitKind;
  parentId: number | null;
  name: string;
  shortName: string;
  symbolCode: string | null;
  validFrom: string;
  validTo: string | null;
  successorId: number | null;
  version: number;
}

export interface UnitName {
  name: string;
  shortName: string;
  symbolCode: string | null;
  validFrom: string;
  validTo: string | null;
}

export const POSITION_RANKS = ['head', 'deputy', 'member', 'staff'] as const;
export type PositionRank = (typeof POSITION_RANKS)[number];

export interface Position {
  id: number;
  personId: number;
  fullName: string;
  unitId: number;
  title: string;
  rank: PositionRank;
  fieldsOfCharge: string[];
  validFrom: string;
  validTo: string | null;
}

/** `GET /api/v1/units/{id}`: the unit, its names over time and its positions. */
export interface UnitDetail extends Unit {
  names: UnitName[];
  positions: Position[];
}

export interface Person {
  id: number;
  fullName: string;
  email: string | null;
  phone: string | null;
  version: number;
}

export interface CouncilSession {
  id: number;
  termId: number;
  councilUnitId: number;
  termNumber: number;
  startYear: number;
  endYear: number;
  number: number;
  kind: 'regular' | 'thematic';
  startsOn: string;
  endsOn: string;
  label: string;
}

/** What a dissolution moved to the successor. */
export interface DissolveResult {
  moved: Record<string, number>;
  reparented: number;
}

export interface UnitListOptions {
  asOf: string;
  kind?: string;
  q?: string;
  includeEnded?: boolean;
}

/** Units existing on a date (all of them with `includeEnded`). */
export function useUnits(options: UnitListOptions, enabled = true) {
  return useQuery({
    queryKey: ['units', 'list', options],
    queryFn: async ({ signal }) =>
      itemsOf(
        await api.get<{ items: Unit[] }>(
          '/api/v1/units',
          {
            asOf: options.asOf,
            kind: options.kind,
            q: options.q,
            includeEnded: options.includeEnded ? 'true' : undefined,
          },
          signal,
        ),
      ),
    enabled: enabled && options.asOf !== '',
    staleTime: 60_000,
  });
}

/** One unit on a date, with its name history and positions. */
export function useUnit(id: number, asOf: string) {
  return useQuery({
    queryKey: ['units', 'detail', id, asOf],
    queryFn: ({ signal }) => api.get<UnitDetail>(`/api/v1/units/${id}`, { asOf }, signal),
    enabled: asOf !== '',
  });
}

/** People matching a search (diacritics-insensitive). */
export function usePeople(q: string) {
  return useQuery({
    queryKey: ['people', q],
    queryFn: async ({ signal }) =>
      itemsOf(await api.get<{ items: Person[] }>('/api/v1/people', { q }, signal)),
  });
}

/** Positions held on a date, optionally in one unit. */
export function usePositions(asOf: string, unitId?: number) {
  return useQuery({
    queryKey: ['positions', asOf, unitId],
    queryFn: async ({ signal }) =>
      itemsOf(await api.get<{ items: Position[] }>('/api/v1/positions', { asOf, unitId }, signal)),
    enabled: asOf !== '',
  });
}

/** HĐND sessions, newest first. */
export function useCouncilSessions() {
  return useQuery({
    queryKey: ['council-sessions'],
    queryFn: async ({ signal }) =>
      itemsOf(
        await api.get<{ items: CouncilSession[] }>('/api/v1/council-sessions', undefined, signal),
      ),
  });
}
