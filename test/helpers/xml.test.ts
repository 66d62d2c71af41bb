import { describe, expect, it } from 'vitest';
import { xmlProblem } from './xml.ts';

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <id>https://x.example.org/nguon-tin/tat-ca.xml</id>
  <title>Cổng thử — &lt;mới&gt; &amp; &quot;đúng&quot; &apos;hạn&apos; &#273;&#x111;</title>
  <link rel="self" href="https://x.example.org/nguon-tin/tat-ca.xml?a=1&amp;b=2"/>
  <entry><title type='text'>A</title><summary><![CDATA[<b>không phải thẻ</b> & ]]></summary></entry>
  <!-- một chú thích -->
  <?processing instruction?>
</feed>
`;

describe('xmlProblem', () => {
  it('accepts well-formed XML: declaration, namespaces, entities, character references, CDATA, comments, PIs', () => {
    expect(xmlProblem(ATOM)).toBeUndefined();
    expect(xmlProblem('<a/>')).toBeUndefined();
    expect(
      xmlProblem('\uFEFF<?xml version="1.0"?>\n<!-- before -->\n<a b = \'1\' c="2" >x</a >\n<!-- after -->\n'),
    ).toBeUndefined();
    expect(xmlProblem('<?xml-stylesheet href="a.xsl" type="text/xsl"?><a><!----><b/></a>')).toBeUndefined();
    expect(xmlProblem('<ns:a xmlns:ns="urn:x"><ns:b>😀 Đ</ns:b></ns:a>')).toBeUndefined();
  });

  const broken: [string, string, RegExp][] = [
    ['nothing', '', /no root element/],
    ['only text', 'chữ', /before the root element/],
    ['an element never closed', '<feed><entry></entry>', /<feed> is never closed/],
    ['a closing tag for another element', '<a><b></a></b>', /<\/a> closes <b>/],
    ['a closing tag before any element', '</a><a/>', /before the root element/],
    ['two root elements', '<a/><b/>', /after the root element/],
    ['text after the root element', '<a/>x', /after the root element/],
    ['an unquoted attribute', '<a b=1/>', /not quoted/],
    ['an attribute without a value', '<a b/>', /without "="/],
    ['an attribute twice', '<a b="1" b="2"/>', /"b" twice/],
    ['attributes without a space between them', '<a b="1"c="2"/>', /expected a space/],
    ['"<" in an attribute value', '<a b="<"/>', /"<" in the value/],
    ['an attribute value never closed', '<a b="1/>', /never closed/],
    ['a bare "&" in text', '<a>Tom & Jerry</a>', /"&" that does not start/],
    ['a bare "&" in an attribute', '<a href="/?x=1&y=2"/>', /"&" that does not start/],
    ['an entity XML does not predefine', '<a>&nbsp;</a>', /"&" that does not start/],
    ['a reference to a forbidden character', '<a>&#0;</a>', /forbids/],
    ['a reference to a control character', '<a>&#x1B;</a>', /forbids/],
    ['a reference beyond Unicode', '<a>&#x110000;</a>', /forbids/],
    ['a control character in text', '<a>x\u0001y</a>', /forbids \(U\+0001\)/],
    ['a lone surrogate', '<a>\uD800</a>', /forbids \(U\+D800\)/],
    ['"]]>" in text', '<a>]]></a>', /"]]>" in text/],
    ['a CDATA section never closed', '<a><![CDATA[x</a>', /CDATA section that is never closed/],
    ['a comment never closed', '<a><!-- x </a>', /comment that is never closed/],
    ['"--" in a comment', '<a><!-- x -- y --></a>', /"--" inside a comment/],
    ['a comment ending in "--->"', '<a><!-- x ---></a>', /"--" inside a comment/],
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', /DOCTYPE/],
    ['an XML declaration after the start', '<!-- x --><?xml version="1.0"?><a/>', /not at the very start/],
    ['a malformed XML declaration', '<?xml version=1.0?><a/>', /malformed XML declaration/],
    ['an element name that starts with a digit', '<1a/>', /name of an element/],
    ['a closing tag left open', '<a></a', /not closed by ">"/],
    ['a "<" that starts no markup', '<a>1 < 2</a>', /name of an element/],
    ['an element prefix never declared', '<a><x:b/></a>', /prefix "x" of "x:b" is not declared/],
    ['an attribute prefix never declared', '<a x--ml:lang="vi"/>', /prefix "x--ml" of "x--ml:lang" is not declared/],
    ['a prefix declared only on a sibling', '<a><b xmlns:x="urn:x"/><x:c/></a>', /prefix "x" of "x:c" is not declared/],
    ['a name with two colons', '<a:b:c xmlns:a="urn:a"/>', /not a namespace-qualified name/],
  ];
  for (const [what, xml, problem] of broken) {
    it(`refuses ${what}`, () => {
      expect(xmlProblem(xml)).toMatch(problem);
    });
  }

  it('says on which line the problem is', () => {
    expect(xmlProblem('<a>\n<b>\n</c>\n</a>')).toMatch(/^line 3: <\/c> closes <b>/);
  });
});
