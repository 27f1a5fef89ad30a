import type { AppContext } from '../platform/context';
import { SYSTEM_ACTOR } from '../platform/actor';
import { createUser } from '../access/manage-users';
import type { Role } from '../access/tables';
import { searchPeople } from '../organisation/people';

/** The password of every demo user (demo only; listed in the README). */
export const DEMO_PASSWORD = 'dieuhanh2023';

/** One user per role, on units of the demo province. */
export const DEMO_USERS: ReadonlyArray<{
  username: string;
  fullName: string;
  role: Role;
  unit: string;
  scope: string;
  person?: string;
}> = [
  {
    username: 'admin',
    fullName: 'Quản trị hệ thống',
    role: 'admin',
    unit: 'BP.VPUBND',
    scope: 'BP',
  },
  {
    username: 'chutich',
    fullName: 'Trần Tuệ Hiền',
    role: 'leader',
    unit: 'BP.UBND',
    scope: 'BP',
    person: 'Trần Tuệ Hiền',
  },
  {
    username: 'vanthu',
    fullName: 'Văn thư UBND tỉnh',
    role: 'office',
    unit: 'BP.VPUBND',
    scope: 'BP',
  },
  {
    username: 'skhdt',
    fullName: 'Lãnh đạo Sở Kế hoạch và Đầu tư',
    role: 'unit_leader',
    unit: 'BP.SKHDT',
    scope: 'BP.SKHDT',
  },
  {
    username: 'skhdt.cv',
    fullName: 'Chuyên viên Sở Kế hoạch và Đầu tư',
    role: 'unit_staff',
    unit: 'BP.SKHDT',
    scope: 'BP.SKHDT',
  },
  {
    username: 'stc',
    fullName: 'Lãnh đạo Sở Tài chính',
    role: 'unit_leader',
    unit: 'BP.STC',
    scope: 'BP.STC',
  },
  { username: 'xem', fullName: 'Người xem', role: 'viewer', unit: 'BP.VPUBND', scope: 'BP' },
];

/** Creates the demo users; returns their usernames, roles and the shared password. */
export async function createDemoUsers(
  ctx: AppContext,
): Promise<Array<{ username: string; role: Role; password: string }>> {
  const out: Array<{ username: string; role: Role; password: string }> = [];
  for (const u of DEMO_USERS) {
    const person = u.person ? (await searchPeople(ctx.db.q, u.person, 1))[0] : undefined;
    await createUser(ctx, {
      actor: SYSTEM_ACTOR,
      input: {
        username: u.username,
        fullName: u.fullName,
        role: u.role,
        unit: u.unit,
        scope: u.scope,
        ...(person ? { personId: person.id } : {}),
        password: DEMO_PASSWORD,
      },
    });
    out.push({ username: u.username, role: u.role, password: DEMO_PASSWORD });
  }
  return out;
}
