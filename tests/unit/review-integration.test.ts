import { describe, expect, it, vi } from 'vitest';
import reviewDrafts, { REVIEW_PAGE } from '../../src/tools/review/integration';
import { sameOrigin } from '../../src/tools/review/decide-handler';

/** The review view exists in `astro dev` only: a build never gets its page nor its endpoint. */
function setup(command: 'dev' | 'build' | 'preview') {
  const integration = reviewDrafts('content');
  const injectRoute = vi.fn();
  const hook = integration.hooks['astro:config:setup'] as (options: unknown) => void;
  hook({ command, config: { base: '/' }, injectRoute });
  return injectRoute;
}

describe('the review integration', () => {
  it('injects /review only for astro dev', () => {
    expect(setup('dev')).toHaveBeenCalledWith({ pattern: '/review', entrypoint: REVIEW_PAGE });
    expect(setup('build')).not.toHaveBeenCalled();
    expect(setup('preview')).not.toHaveBeenCalled();
  });

  it('takes decisions only from pages of the same server', () => {
    expect(sameOrigin({ host: '127.0.0.1:4321', origin: 'http://127.0.0.1:4321' })).toBe(true);
    expect(sameOrigin({ host: '127.0.0.1:4321', referer: 'http://127.0.0.1:4321/review/' })).toBe(true);
    expect(sameOrigin({ host: '127.0.0.1:4321', origin: 'http://evil.example' })).toBe(false);
    expect(sameOrigin({ host: '127.0.0.1:4321' })).toBe(false);
  });
});
