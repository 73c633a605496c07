import { DescribeCache } from '../../api/supervisor/describe-cache';
import type { WorkflowDescription } from '../../services/visibility';

const description = (attempt: number): WorkflowDescription => ({
  raw: { pendingActivities: [{ activityType: { name: 'notify' }, attempt }] },
});

describe('DescribeCache (supervisor view)', () => {
  it('reuses a description within its time to live and describes again after it', async () => {
    let clock = 0;
    const cache = new DescribeCache(15_000, () => clock);
    let calls = 0;
    const describe = async () => description(++calls);

    expect((await cache.get('case-1', describe)).raw.pendingActivities?.[0]?.attempt).toBe(1);
    clock = 14_999;
    expect((await cache.get('case-1', describe)).raw.pendingActivities?.[0]?.attempt).toBe(1);
    expect((await cache.get('case-2', describe)).raw.pendingActivities?.[0]?.attempt).toBe(2);
    clock = 15_000;
    expect((await cache.get('case-1', describe)).raw.pendingActivities?.[0]?.attempt).toBe(3);
    expect(calls).toBe(3);
  });

  it('does not remember a describe that failed', async () => {
    const cache = new DescribeCache(15_000, () => 0);
    await expect(cache.get('case-1', () => Promise.reject(new Error('unavailable')))).rejects.toThrow();
    await new Promise((r) => setImmediate(r));
    expect((await cache.get('case-1', async () => description(4))).raw.pendingActivities?.[0]?.attempt).toBe(
      4,
    );
  });

  it('stays bounded: expired entries go first, a full cache of fresh ones starts over', async () => {
    let clock = 0;
    const cache = new DescribeCache(10, () => clock, 2);
    let calls = 0;
    const describe = async () => description(++calls);
    await cache.get('a', describe);
    await cache.get('b', describe);
    await cache.get('c', describe); // full of fresh entries: cleared, then c
    await cache.get('a', describe); // described again
    expect(calls).toBe(4);
    clock = 5;
    await cache.get('c', describe); // still fresh
    expect(calls).toBe(4);
  });
});
