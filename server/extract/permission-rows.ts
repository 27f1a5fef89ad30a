import type { MatrixRow, Pair } from '../http/permission-matrix.rows';
import { ROLES, type Role } from '../access/tables';
import type { PermissionFixture, Side } from '../testing/permission-fixture';
import { SYSTEM_ACTOR } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { importExtraction } from './extractions';
import { multipart } from '../testing/http';

const same = (s: number): Pair => [s, s];
function only(allowed: readonly Role[], ok: Pair): Record<Role, Pair> {
  return Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? ok : same(403)])) as Record<
    Role,
    Pair
  >;
}
/** Readers of the UBND's tasks with the province in scope. */
const READERS = ['admin', 'leader', 'office', 'viewer'] as const;
/** The Văn phòng UBND imports, confirms and records cited documents. */
const MANAGERS = ['admin', 'office'] as const;

/**
 * Permission-matrix rows of extractions. An extraction belongs to the UBND of a province:
 * reading needs `task.read` on it, importing and confirming `task.manage`, recording a cited
 * document `document.write` in its register. Roles scoped to a Sở do not see the UBND's drafts.
 */
export const EXTRACTION_MATRIX: MatrixRow[] = [
  {
    method: 'GET',
    route: '/api/v1/extractions',
    build: () => Promise.resolve({ url: '/api/v1/extractions' }),
    expect: only(READERS, same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/extractions',
    build: (f, side) =>
      Promise.resolve({
        url: '/api/v1/extractions',
        payload: {
          text: 'Giao Sở Kế hoạch và Đầu tư chủ trì rà soát, báo cáo trước ngày 30/9/2023.',
          province: (side === 'own' ? f.t : f.u).province.code,
        },
      }),
    expect: only(MANAGERS, [201, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/extractions/upload',
    build: () => {
      const upload = multipart(
        {},
        {
          name: 'chi-dao.txt',
          bytes: Buffer.from('Giao Sở Tài chính chủ trì rà soát, báo cáo trước ngày 30/9/2023.'),
          type: 'text/plain',
        },
      );
      return Promise.resolve({
        url: '/api/v1/extractions/upload',
        payload: upload.payload,
        headers: upload.headers,
      });
    },
    // The upload is read for the caller's own province: there is no other side to reach.
    expect: only(MANAGERS, same(201)),
  },
  {
    method: 'GET',
    route: '/api/v1/extractions/:id',
    build: async (f, side) => ({ url: `/api/v1/extractions/${await f.extractions.fresh(side)}` }),
    expect: only(READERS, [200, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/extractions/:id/export',
    build: async (f, side) => ({
      url: `/api/v1/extractions/${await f.extractions.fresh(side)}/export`,
    }),
    expect: only(READERS, [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/extractions/:id/confirm',
    build: async (f, side) => ({
      url: `/api/v1/extractions/${await f.extractions.fresh(side)}/confirm`,
      payload: { documentId: (await f.freshDocument(side)).id, items: [{ index: 0 }] },
    }),
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/extractions/:id/citations/:index/register',
    build: async (f, side) => ({
      url: `/api/v1/extractions/${await f.extractions.fresh(side)}/citations/0/register`,
      payload: {},
    }),
    expect: only(MANAGERS, [200, 403]),
  },
];

/** Extraction resources for the permission matrix. */
export interface ExtractionFixture {
  /** A new extraction of the side's UBND: one task led by its Sở KH&ĐT, one unregistered citation. */
  fresh(side: Side): Promise<number>;
}

/** Builds the extraction resources with the system actor. */
export function buildExtractionFixture(ctx: AppContext, f: PermissionFixture): ExtractionFixture {
  let seq = 0;
  return {
    async fresh(side) {
      seq += 1;
      const p = side === 'own' ? f.t : f.u;
      const view = await importExtraction(ctx, {
        actor: SYSTEM_ACTOR,
        input: {
          province: p.province.code,
          text: `Thực hiện Chỉ thị số ${seq}/CT-TTg ngày 02/6/2023 của Thủ tướng Chính phủ.\nGiao ${p.skhdt.name} chủ trì rà soát, báo cáo trước ngày 30/9/2023.`,
        },
      });
      return view.id;
    },
  };
}
