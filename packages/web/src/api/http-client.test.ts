import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { http } from './http-client';

afterEach(() => vi.unstubAllGlobals());

const respond = (status: number, body: unknown) => {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit) => {
      calls.push({ url, init });
      return Promise.resolve(new Response(body === null ? '' : JSON.stringify(body), { status }));
    }),
  );
  return calls;
};

describe('http.patch', () => {
  it('sends PATCH with a JSON body and the session cookie, and returns the parsed answer', async () => {
    const calls = respond(200, { id: 7, version: 3 });
    await expect(http.patch<{ id: number }>('/api/assistance/households/7', { address: '新地址' })).resolves.toEqual({ id: 7, version: 3 });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/api/assistance/households/7');
    expect(calls[0]?.init).toMatchObject({ method: 'PATCH', credentials: 'same-origin', body: JSON.stringify({ address: '新地址' }) });
    expect((calls[0]?.init.headers as Record<string, string>)['content-type']).toBe('application/json');
  });

  it('turns an error body into an ApiError with the server code and Chinese message', async () => {
    respond(409, { code: 'CONFLICT', message: '记录已被他人修改，请刷新后重试' });
    const error = await http.patch('/api/x', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'CONFLICT', message: '记录已被他人修改，请刷新后重试' });
  });
});
