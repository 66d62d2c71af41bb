import { describe, expect, it } from 'vitest';
import { linksIn, pageKind, samplePerKind } from './built-site.ts';

describe('reading a built site', () => {
  it('finds href, src and srcset targets, entities decoded', () => {
    const html =
      '<a href="/a/?x=1&amp;y=2">a</a><img src="/b.png" srcset="/c.png 1x, /d.png 2x" alt=""><link href=\'/e.css\'>';
    expect(linksIn(html)).toEqual(['/a/?x=1&y=2', '/b.png', '/c.png', '/d.png', '/e.css']);
  });
  it('groups pages into kinds by language, section and depth', () => {
    expect(pageKind('/')).toBe('vi /');
    expect(pageKind('/en/')).toBe('en /');
    expect(pageKind('/don-vi/')).toBe('vi /don-vi/');
    expect(pageKind('/en/don-vi/xa-a/')).toBe('en /don-vi/*/');
    expect(samplePerKind(['/', '/don-vi/', '/don-vi/a/', '/don-vi/b/', '/don-vi/c/'], 2).map((s) => s.path)).toEqual([
      '/',
      '/don-vi/',
      '/don-vi/a/',
      '/don-vi/c/',
    ]);
    expect(samplePerKind(['/x/1/', '/x/2/', '/x/3/', '/x/4/', '/x/5/'], 3).map((s) => s.path)).toEqual([
      '/x/1/',
      '/x/3/',
      '/x/5/',
    ]);
  });
});
