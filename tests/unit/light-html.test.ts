import { describe, expect, it } from 'vitest';
import { linkWithoutScripts, withoutClientRuntime } from '@/lib/page-cache/light-html';

// The shape of a page as Next.js 16 renders it (trimmed): chunk scripts, their preload, the TURBOPACK bootstrap and
// the React Server Components payload, next to what must stay (styles, JSON-LD, the content).
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="n" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" nonce="n" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/c.js" async="" nonce="n"></script>',
  '<script src="/_next/static/chunks/p.js" noModule="" nonce="n"></script>',
  '<title>Projects</title><link rel="canonical" href="https://example.org/en/projects"/></head><body>',
  '<main><h1>Projects</h1><a href="/en/projects/PX.0220">PX.0220</a></main>',
  '<script type="application/ld+json" nonce="n">{"@context":"https://schema.org"}</script>',
  '<script nonce="n" id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"a":1})</script>',
  '<script src="/_next/static/chunks/d.js" nonce="n" async=""></script>',
  '<script nonce="n">(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script nonce="n">self.__next_f.push([1,"0:{\\u003cb\\u003e}"])</script>',
  '</body></html>',
].join('');

describe('withoutClientRuntime', () => {
  const light = withoutClientRuntime(PAGE);

  it('removes the chunk scripts, their preloads, the bootstrap and the RSC payload', () => {
    expect(light).not.toContain('/_next/static/chunks/b.js');
    expect(light).not.toContain('/_next/static/chunks/c.js');
    expect(light).not.toContain('/_next/static/chunks/d.js');
    expect(light).not.toContain('/_next/static/chunks/p.js');
    expect(light).not.toContain('TURBOPACK');
    expect(light).not.toContain('__next_f');
  });

  it('keeps the styles, the head, the content and structured data', () => {
    expect(light).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(light).toContain('<title>Projects</title>');
    expect(light).toContain('<link rel="canonical"');
    expect(light).toContain('<a href="/en/projects/PX.0220">PX.0220</a>');
    expect(light).toContain('<script type="application/ld+json" nonce="n">{"@context":"https://schema.org"}</script>');
    expect(light.endsWith('</body></html>')).toBe(true);
  });

  it('removes every one of many payload scripts', () => {
    const many = PAGE.replace(
      '<main>',
      `<main>${'<script nonce="n">self.__next_f.push([1,"x"])</script>'.repeat(5000)}`,
    );
    expect(withoutClientRuntime(many)).toBe(light);
  });
});

describe('linkWithoutScripts', () => {
  it('drops script preloads from a Link header and keeps the rest', () => {
    const link =
      '</_next/static/chunks/a.css>; rel=preload; as="style", </_next/static/chunks/b.js>; rel=preload; as="script"';
    expect(linkWithoutScripts(link)).toBe('</_next/static/chunks/a.css>; rel=preload; as="style"');
  });
});
