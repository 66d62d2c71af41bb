import { describe, expect, it } from 'vitest';
import { embedCode, oembedFor } from './code.ts';

describe('embed codes', () => {
  it("give the iframe and the resizing script at the portal's own address", () => {
    const code = embedCode('https://minhbach.quangtri.gov.vn', 'vi', 'sap-xep-2025', 'Sắp xếp "2025" & đơn vị');
    expect(code).toContain('<iframe src="https://minhbach.quangtri.gov.vn/embed/sap-xep-2025/" data-minhbach-embed');
    expect(code).toContain('title="Sắp xếp &quot;2025&quot; &amp; đơn vị"');
    expect(code).toContain('<script src="https://minhbach.quangtri.gov.vn/embed/host.js" defer></script>');
    expect(embedCode('https://minhbach.quangtri.gov.vn', 'en', 'don-vi', 'Units')).toContain(
      'src="https://minhbach.quangtri.gov.vn/en/embed/don-vi/"',
    );
  });

  it('describe an embed for oEmbed with its code, or only as a link while the address is to be filled', () => {
    const rich = oembedFor('https://minhbach.quangtri.gov.vn', 'Cổng', 'vi', 'don-vi', 'Đơn vị');
    expect(rich).toMatchObject({ type: 'rich', provider_url: 'https://minhbach.quangtri.gov.vn' });
    expect('html' in rich && rich.html).toContain('data-minhbach-embed');
    expect(oembedFor(null, 'Cổng', 'vi', 'don-vi', 'Đơn vị')).toEqual({
      version: '1.0',
      type: 'link',
      title: 'Đơn vị',
      provider_name: 'Cổng',
    });
  });
});
