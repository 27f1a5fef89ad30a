/**
 * The province's webhook endpoints (Zalo OA bridge, SMS gateway): an
 * administrator adds and removes them; each creation returns the signing
 * secret once. Every change is audited.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { optionalTextSchema, parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { NOTIFICATION_KINDS, type NotificationKind } from './tables';

/** An endpoint as the API shows it (never the secret). */
export interface WebhookEndpointView {
  id: number;
  url: string;
  description: string | null;
  events: NotificationKind[];
  active: boolean;
  createdAt: string;
}

export const createWebhookEndpointInput = z
  .object({
    url: z.string().trim().min(1).max(2000),
    description: optionalTextSchema(200),
    events: z
      .array(z.enum(NOTIFICATION_KINDS))
      .min(1)
      .default([...NOTIFICATION_KINDS])
      .transform((e) => [...new Set(e)]),
  })
  .strict();

function checkUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('WEBHOOK_URL_INVALID', {
      field: 'url',
      params: { url: raw, reason: 'không phải địa chỉ web' },
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new AppError('WEBHOOK_URL_INVALID', {
      field: 'url',
      params: { url: raw, reason: 'chỉ nhận http:// hoặc https://' },
    });
  if (url.username || url.password)
    throw new AppError('WEBHOOK_URL_INVALID', {
      field: 'url',
      params: { url: raw, reason: 'không ghi tài khoản, mật khẩu trong địa chỉ; dùng chữ ký HMAC' },
    });
  return url.toString();
}

type Row = {
  id: number;
  url: string;
  description: string | null;
  events: string;
  active: number;
  created_at: string;
};

function toView(r: Row): WebhookEndpointView {
  return {
    id: r.id,
    url: r.url,
    description: r.description,
    events: JSON.parse(r.events) as NotificationKind[],
    active: r.active === 1,
    createdAt: r.created_at,
  };
}

const COLUMNS = ['id', 'url', 'description', 'events', 'active', 'created_at'] as const;

/** The endpoints that are not removed. */
export async function listWebhookEndpoints(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<WebhookEndpointView[]> {
  authorize(actor, 'notification.manage');
  const rows = await ctx.db.q
    .selectFrom('webhook_endpoints')
    .select(COLUMNS)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map(toView);
}

/** Adds an endpoint; returns it with its signing secret, shown this once. */
export async function createWebhookEndpoint(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof createWebhookEndpointInput> },
): Promise<{ endpoint: WebhookEndpointView; secret: string }> {
  authorize(actor, 'notification.manage');
  const data = parseInput(createWebhookEndpointInput, input);
  const url = checkUrl(data.url);
  const secret = `whsec_${randomBytes(32).toString('hex')}`;
  const now = ctx.systemNow();
  const row = await ctx.db.write(async (tx) => {
    const inserted = await tx
      .insertInto('webhook_endpoints')
      .values({
        url,
        secret,
        description: data.description,
        events: JSON.stringify(data.events),
        created_at: now.toISOString(),
        deleted_at: null,
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    await recordAudit(tx, now, {
      actor,
      action: 'webhook_endpoint.create',
      entity: 'webhook_endpoint',
      entityId: inserted.id,
      after: { url, description: data.description, events: data.events },
    });
    return inserted;
  });
  return { endpoint: toView(row), secret };
}

/** Removes an endpoint: no new calls are planned, and its pending ones are given up. */
export async function deleteWebhookEndpoint(
  ctx: AppContext,
  { actor, id }: { actor: Actor; id: number },
): Promise<void> {
  authorize(actor, 'notification.manage');
  const now = ctx.systemNow();
  await ctx.db.write(async (tx) => {
    const row = await tx
      .selectFrom('webhook_endpoints')
      .select(COLUMNS)
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', { params: { entity: 'webhook', id } });
    await tx
      .updateTable('webhook_endpoints')
      .set({ deleted_at: now.toISOString(), active: 0 })
      .where('id', '=', id)
      .execute();
    await recordAudit(tx, now, {
      actor,
      action: 'webhook_endpoint.delete',
      entity: 'webhook_endpoint',
      entityId: id,
      before: { url: row.url, events: JSON.parse(row.events) as unknown },
    });
  });
}
