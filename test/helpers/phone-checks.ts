/**
 * What a page must be on a phone, measured in the browser (pass `phoneProblems` to
 * page.evaluate; it takes nothing from outside itself):
 *
 * - it does not scroll sideways (the document is no wider than the window);
 * - every visible target (a link, button, field, select, summary, role=button) is at least
 *   44 × 44 CSS px, or at least 24 × 24 with no other target within the 24 px circle around
 *   its centre (WCAG 2.2, 2.5.8); a link inside a sentence is exempt, as WCAG exempts it (its
 *   size is set by the line of text around it), and so is a target inside an element marked
 *   `data-equivalent-targets` (a map's communes) when another link on the page, outside it, goes
 *   to the same address (WCAG's "equivalent" exception: the list by former district);
 * - text in fields and selects is at least 16 px, so a phone does not zoom in on focus.
 *
 * Each problem is one line naming the element, so a failure says what to fix.
 */
export interface PhoneProblems {
  /** How many CSS px the page is wider than the window (0 when it fits). */
  overflow: number;
  targets: string[];
  fonts: string[];
}

export function phoneProblems(): PhoneProblems {
  const TARGETS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"]';
  const FIELDS = 'input:not([type="hidden"], [type="checkbox"], [type="radio"]), select, textarea';
  const root = document.documentElement;

  const name = (el: Element): string => {
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const id = el.id ? `#${el.id}` : '';
    const cls =
      typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `${el.tagName.toLowerCase()}${id}${cls} "${text}"`;
  };

  /** Out of sight on purpose: no box, hidden, folded away, off-screen (a skip link) or clipped to a pixel. */
  const unseen = (el: Element): boolean => {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return true;
    // Hidden, or inside a closed <details> (its content is skipped, not removed from layout).
    if (!el.checkVisibility({ visibilityProperty: true })) return true;
    if (box.right + scrollX <= 0 || box.bottom + scrollY <= 0) return true;
    for (let a: Element | null = el; a; a = a.parentElement) {
      const r = a.getBoundingClientRect();
      const style = getComputedStyle(a);
      if (
        r.width <= 1 &&
        r.height <= 1 &&
        (style.overflow !== 'visible' || style.clipPath !== 'none' || style.getPropertyValue('clip') !== 'auto')
      )
        return true;
    }
    return false;
  };

  const targets = [...document.querySelectorAll(TARGETS)].filter((el) => !unseen(el));
  const isTarget = (node: Node | null): boolean => !!node && node instanceof Element && !!node.closest(TARGETS);

  /** A link in a line of text: inline, in a block that has words of its own besides its targets. */
  const inSentence = (el: Element): boolean => {
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
    let block = el.parentElement;
    while (block && ['inline', 'contents'].includes(getComputedStyle(block).display)) block = block.parentElement;
    if (!block) return false;
    let own = '';
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (!isTarget(node.parentElement)) own += ` ${node.textContent ?? ''}`;
    return /\p{L}{2,}/u.test(own);
  };

  /** A map's area whose address another link on the page, outside any such map, also leads to. */
  const hasEquivalent = (el: Element): boolean => {
    const href = el.getAttribute('href');
    if (!href || !el.closest('[data-equivalent-targets]')) return false;
    return [...document.querySelectorAll('a[href]')].some(
      (other) => other !== el && other.getAttribute('href') === href && !other.closest('[data-equivalent-targets]'),
    );
  };

  // A link that wraps is one box per line: it is judged by its largest, and others keep their
  // distance from each of its boxes (not from the rectangle around them all).
  const fragments = new Map(
    targets.map((el) => [el, [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0)]),
  );
  const problems: string[] = [];
  for (const el of targets) {
    const box = fragments.get(el)!.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
    if (box.width >= 44 && box.height >= 44) continue;
    if (inSentence(el)) continue;
    if (hasEquivalent(el)) continue;
    const size = `${Math.round(box.width)}×${Math.round(box.height)}`;
    if (box.width < 23.5 || box.height < 23.5) {
      problems.push(`${name(el)} is ${size} px (under 24 × 24)`);
      continue;
    }
    // The 24 px circle around its centre must not reach another target (one inside it, like a
    // link in a summary, counts as part of it).
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    const near = targets.find((other) => {
      if (other === el || other.contains(el) || el.contains(other)) return false;
      return fragments.get(other)!.some((o) => {
        const dx = Math.max(o.left - cx, 0, cx - o.right);
        const dy = Math.max(o.top - cy, 0, cy - o.bottom);
        return Math.hypot(dx, dy) < 12;
      });
    });
    if (near) problems.push(`${name(el)} is ${size} px and ${name(near)} is within 12 px of its centre`);
  }

  const fonts = [...document.querySelectorAll(FIELDS)]
    .filter((el) => !unseen(el))
    .map((el) => [el, parseFloat(getComputedStyle(el).fontSize)] as const)
    .filter(([, size]) => size < 16)
    .map(([el, size]) => `${name(el)} has ${size} px text`);

  return { overflow: root.scrollWidth - root.clientWidth, targets: problems, fonts };
}
