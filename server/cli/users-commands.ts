import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../platform/actor';
import { AppError } from '../platform/errors';
import { createUser, resetPassword, updateUser } from '../access/manage-users';
import { createApiToken, TOKEN_SCOPES } from '../access/api-tokens';
import { listUsers } from '../access/user-queries';
import { ROLES, type Role } from '../access/tables';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import { collect, CliInputError, printJson, withContext } from './run-command';

function roleOption(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value))
    throw new CliInputError(`--role: một trong ${ROLES.join(', ')}`);
  return value as Role;
}

async function userIdByName(
  q: Parameters<typeof listUsers>[0],
  username: string,
  asOf: string,
  now: Date,
): Promise<{ id: number; version: number }> {
  const user = (await listUsers(q, { asOf, now })).find(
    (u) => u.username === username.toLowerCase(),
  );
  if (!user)
    throw new AppError('NOT_FOUND', {
      field: 'username',
      params: { entity: 'người dùng', id: username },
    });
  return { id: user.id, version: user.version };
}

/** `dieuhanh users …`, `dieuhanh tokens create`, `dieuhanh audit verify`. */
export function registerUsersCommands(program: Command): void {
  const users = program.command('users').description('Người dùng và vai trò');

  users
    .command('add')
    .description('Thêm người dùng (mật khẩu được tạo và in ra một lần nếu không nhập)')
    .requiredOption('--username <name>', 'tên đăng nhập')
    .requiredOption('--role <role>', `vai trò: ${ROLES.join(', ')}`, roleOption)
    .option('--name <fullName>', 'họ và tên')
    .option('--unit <unit>', 'đơn vị của người dùng (mã hoặc tên)')
    .option(
      '--scope <unit>',
      'phạm vi quyền (đơn vị gốc của cây); mặc định là đơn vị, hoặc tỉnh mặc định',
    )
    .option('--password <password>', 'mật khẩu (ít nhất 10 ký tự, có chữ và số)')
    .option('--json', 'in kết quả dạng JSON')
    .action(
      async (o: {
        username: string;
        role: Role;
        name?: string;
        unit?: string;
        scope?: string;
        password?: string;
        json?: boolean;
      }) =>
        withContext(async (ctx) => {
          let scope = o.scope ?? o.unit;
          if (!scope) {
            const root = await ctx.db.q
              .selectFrom('units')
              .select(['code'])
              .where('parent_id', 'is', null)
              .orderBy('id')
              .execute();
            scope = root.length === 1 ? root[0]?.code : undefined;
            if (!scope) {
              const { defaultProvince } = await import('../organisation/province');
              scope = (await defaultProvince(ctx.db.q, ctx.clock.today())).code;
            }
          }
          const result = await createUser(ctx, {
            actor: SYSTEM_ACTOR,
            input: {
              username: o.username,
              fullName: o.name ?? o.username,
              role: o.role,
              unit: o.unit ?? null,
              scope,
              ...(o.password ? { password: o.password } : {}),
            },
          });
          if (o.json) printJson(result);
          else
            process.stdout.write(
              `Đã tạo ${result.user.username} (${result.user.role}). Mật khẩu: ${result.password}\n`,
            );
        }),
    );

  users
    .command('list')
    .description('Danh sách người dùng')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: { json?: boolean }) =>
      withContext(async (ctx) => {
        const rows = await listUsers(ctx.db.q, { asOf: ctx.clock.today(), now: ctx.systemNow() });
        if (o.json) printJson(rows);
        else
          for (const u of rows)
            process.stdout.write(
              `${u.username.padEnd(20)} ${u.role.padEnd(12)} ${(u.unitName ?? '-').padEnd(30)} ${u.active ? '' : '(vô hiệu)'}\n`,
            );
      }),
    );

  users
    .command('set-role <username> <role>')
    .description('Đổi vai trò của người dùng')
    .action(async (username: string, role: string) =>
      withContext(async (ctx) => {
        const r = roleOption(role);
        const { id, version } = await userIdByName(
          ctx.db.q,
          username,
          ctx.clock.today(),
          ctx.systemNow(),
        );
        const user = await updateUser(ctx, {
          actor: SYSTEM_ACTOR,
          input: { userId: id, role: r, version },
        });
        process.stdout.write(`${user.username}: ${user.role}\n`);
      }),
    );

  users
    .command('reset-password <username>')
    .description('Đặt lại mật khẩu (in mật khẩu mới một lần); mở khóa tài khoản')
    .option('--password <password>', 'mật khẩu mới (mặc định: tạo ngẫu nhiên)')
    .action(async (username: string, o: { password?: string }) =>
      withContext(async (ctx) => {
        const { id } = await userIdByName(ctx.db.q, username, ctx.clock.today(), ctx.systemNow());
        const { password } = await resetPassword(ctx, {
          actor: SYSTEM_ACTOR,
          userId: id,
          ...(o.password ? { password: o.password } : {}),
        });
        process.stdout.write(`Mật khẩu mới của ${username}: ${password}\n`);
      }),
    );

  program
    .command('tokens')
    .description('Mã truy cập API cho hệ thống kết nối')
    .command('create')
    .requiredOption('--name <name>', 'tên hệ thống kết nối')
    .requiredOption('--user <username>', 'người dùng mà mã truy cập thay mặt')
    .option('--scope <scope>', `phạm vi (lặp lại được): ${TOKEN_SCOPES.join(', ')}`, collect)
    .action(async (o: { name: string; user: string; scope?: string[] }) =>
      withContext(async (ctx) => {
        const { id } = await userIdByName(ctx.db.q, o.user, ctx.clock.today(), ctx.systemNow());
        const token = await createApiToken(ctx, {
          actor: SYSTEM_ACTOR,
          input: { name: o.name, userId: id, scopes: o.scope ?? [] },
        });
        process.stdout.write(`Mã truy cập (chỉ hiện một lần): ${token.token}\n`);
      }),
    );

  program
    .command('audit')
    .description('Nhật ký thao tác')
    .command('verify')
    .description('Kiểm tra chuỗi băm của nhật ký; nêu mục bị sửa')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: { json?: boolean }) =>
      withContext(async (ctx) => {
        const result = await verifyAuditChain(ctx.db.q);
        if (o.json) printJson(result);
        else if (result.ok) process.stdout.write(`Nhật ký toàn vẹn: ${result.entries} mục.\n`);
        else
          process.stderr.write(
            `Nhật ký bị thay đổi tại mục #${result.brokenAt?.seq} (id ${result.brokenAt?.id}): ${result.brokenAt?.reason}\n`,
          );
        if (!result.ok) process.exitCode = 1;
      }),
    );
}
