import { describe, expect, it } from 'vitest';
import { renderDocumentBody } from './render.ts';

describe('renderDocumentBody', () => {
  it('renders headings, paragraphs and lists', () => {
    const html = renderDocumentBody('## I. MỤC ĐÍCH\n\nĐoạn văn.\n\n- một\n- hai\n');
    expect(html).toContain('<h3>I. MỤC ĐÍCH</h3>');
    expect(html).toContain('<p>Đoạn văn.</p>');
    expect(html).toContain('<li>một</li>');
  });
  it('shows raw HTML as text instead of running it', () => {
    const html = renderDocumentBody('Xin chào <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });
  it('drops javascript: links', () => {
    const html = renderDocumentBody('[bấm](javascript:alert(1))');
    expect(html).not.toContain('javascript:');
  });
});
