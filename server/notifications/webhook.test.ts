import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { SYSTEM_ACTOR } from '../platform/actor';
import { dispatchOutbox } from './dispatch-outbox';
import { deliveryId, enqueueOutbox } from './outbox';
import { verifyWebhookSignature } from './channels/webhook';
import { createWebhookEndpoint, deleteWebhookEndpoint } from './webhook-endpoints';

interface Call {
  headers: IncomingHttpHeaders;
  body: string;
}

let realNow = new Date('2026-12-01T02:00:00.000Z');
let ctx: TestContext;
let server: Server;
let baseUrl: string;
const calls: Call[] = [];
/** Statuses the receiver answers, in order; then 200. */
let answers: number[] = [];

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T09:00:00+07:00', systemNow: () => realNow });
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      calls.push({ headers: req.headers, body });
      res.statusCode = answers.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await ctx.cleanup();
});
beforeEach(async () => {
  realNow = new Date('2026-12-01T02:00:00.000Z');
  calls.length = 0;
  answers = [];
  await ctx.db.write((tx) => tx.deleteFrom('outbox').execute());
});

async function endpointAndMessage(path: string) {
  const { endpoint, secret } = await createWebhookEndpoint(ctx, {
    actor: SYSTEM_ACTOR,
    input: { url: `${baseUrl}${path}`, description: 'Cổng SMS thử' },
  });
  const key = `reminder:1:overdue:2023-07-10T01:00:00.000Z:webhook:endpoint:${endpoint.id}:user:7`;
  await ctx.db.write((tx) =>
    enqueueOutbox(
      tx,
      [
        {
          key,
          kind: 'reminder.overdue',
          channel: 'webhook',
          recipient: `endpoint:${endpoint.id}:user:7`,
          userId: null,
          payload: {
            title: 'Quá hạn 5 ngày — Báo cáo giải ngân',
            body: 'Nhiệm vụ: Báo cáo giải ngân',
            link: '/nhiem-vu/1',
            data: { taskId: 1, recipient: { userId: 7, phone: '0912345678' } },
          },
          dueAt: new Date('2023-07-10T01:00:00.000Z'),
        },
      ],
      realNow,
    ),
  );
  return { endpoint, secret, key };
}

const dispatch = () =>
  dispatchOutbox(ctx, { holder: 'T', leaseMs: 60_000, email: null, messageIdDomain: 'x' });
const later = (ms: number) => (realNow = new Date(realNow.getTime() + ms));
const rowOf = (key: string) =>
  ctx.db.q.selectFrom('outbox').selectAll().where('key', '=', key).executeTakeFirstOrThrow();

describe(`signed webhooks (${TEST_ENGINE})`, () => {
  it('signs the body with HMAC-SHA256 over timestamp and body, with a stable delivery id', async () => {
    const { secret, key } = await endpointAndMessage('/zalo');
    expect(await dispatch()).toMatchObject({ sent: 1 });
    expect(calls).toHaveLength(1);
    const [call] = calls;
    if (!call) return;
    const timestamp = call.headers['x-dieuhanh-timestamp'] as string;
    expect(Number(timestamp)).toBe(Math.floor(realNow.getTime() / 1000));
    // What a receiver computes on its own, without our code:
    const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${call.body}`).digest('hex')}`;
    expect(call.headers['x-dieuhanh-signature']).toBe(expected);
    expect(verifyWebhookSignature(secret, Number(timestamp), call.body, expected)).toBe(true);
    expect(verifyWebhookSignature(secret, Number(timestamp), `${call.body} `, expected)).toBe(
      false,
    );
    expect(verifyWebhookSignature('whsec_other', Number(timestamp), call.body, expected)).toBe(
      false,
    );
    expect(call.headers['idempotency-key']).toBe(deliveryId(key));
    expect(call.headers['x-dieuhanh-delivery']).toBe(deliveryId(key));
    expect(call.headers['x-dieuhanh-event']).toBe('reminder.overdue');
    expect(JSON.parse(call.body)).toMatchObject({
      id: deliveryId(key),
      event: 'reminder.overdue',
      title: 'Quá hạn 5 ngày — Báo cáo giải ngân',
      link: '/nhiem-vu/1',
      data: { recipient: { phone: '0912345678' } },
    });
    expect(await rowOf(key)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('retries a failing receiver with backoff, same delivery id and body, until it answers 2xx', async () => {
    const { key } = await endpointAndMessage('/sms');
    answers = [500, 503];
    expect(await dispatch()).toMatchObject({ claimed: 1, retried: 1 });
    expect(await rowOf(key)).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_error: 'HTTP 500',
      next_attempt_at: new Date(realNow.getTime() + 60_000).toISOString(),
    });
    later(59_000);
    expect(await dispatch()).toMatchObject({ claimed: 0 });
    later(1_000);
    expect(await dispatch()).toMatchObject({ claimed: 1, retried: 1 });
    expect((await rowOf(key)).next_attempt_at).toBe(
      new Date(realNow.getTime() + 5 * 60_000).toISOString(),
    );
    later(5 * 60_000);
    expect(await dispatch()).toMatchObject({ claimed: 1, sent: 1 });
    expect(await rowOf(key)).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((c) => c.headers['idempotency-key'])).size).toBe(1);
    expect(new Set(calls.map((c) => c.body)).size).toBe(1);
    // Each attempt is signed afresh with its own timestamp.
    expect(new Set(calls.map((c) => c.headers['x-dieuhanh-timestamp'])).size).toBe(3);
  });

  it('gives up at once on a 4xx refusal, and on a removed endpoint', async () => {
    const refused = await endpointAndMessage('/refuses');
    answers = [400];
    expect(await dispatch()).toMatchObject({ dead: 1 });
    expect(await rowOf(refused.key)).toMatchObject({ status: 'dead', last_error: 'HTTP 400' });

    const removed = await endpointAndMessage('/removed');
    await deleteWebhookEndpoint(ctx, { actor: SYSTEM_ACTOR, id: removed.endpoint.id });
    expect(await dispatch()).toMatchObject({ dead: 1 });
    expect((await rowOf(removed.key)).status).toBe('dead');
    expect(calls).toHaveLength(1);
  });

  it('retries when the receiver cannot be reached', async () => {
    const { endpoint, key } = await endpointAndMessage('/gone');
    await ctx.db.write((tx) =>
      tx
        .updateTable('webhook_endpoints')
        .set({ url: 'http://127.0.0.1:1/unreachable' })
        .where('id', '=', endpoint.id)
        .execute(),
    );
    expect(await dispatch()).toMatchObject({ retried: 1 });
    expect(await rowOf(key)).toMatchObject({ status: 'pending', attempts: 1 });
    expect((await rowOf(key)).last_error).toMatch(/fetch failed/);
  });
});
