/**
 * A pretend layout for jsdom, which has none: elements marked `data-layout="hidden"` (or inside one) are not
 * rendered, `data-layout="x,y,width,height"` gives an element its box; anything else is rendered with a
 * 200×30 box at 10,10. Installed on the prototypes the finder reads at call time (finder/dom.ts).
 */
export function installLayout(): () => void {
  const proto = Element.prototype as Element & {
    checkVisibility?: (options?: unknown) => boolean;
  };
  const saved = {
    checkVisibility: proto.checkVisibility,
    getClientRects: proto.getClientRects,
    getBoundingClientRect: proto.getBoundingClientRect,
  };
  const hidden = (el: Element) => el.closest('[data-layout="hidden"]') !== null;
  const box = (el: Element) => {
    const spec = el.getAttribute('data-layout');
    const [x = 10, y = 10, width = 200, height = 30] =
      spec && spec !== 'hidden' ? spec.split(',').map(Number) : [];
    return new DOMRect(x, y, width, height);
  };
  proto.checkVisibility = function (this: Element) {
    return !hidden(this);
  };
  proto.getClientRects = function (this: Element) {
    const rects = hidden(this) ? [] : [box(this)];
    return Object.assign(rects, { item: (i: number) => rects[i] ?? null }) as unknown as DOMRectList;
  };
  proto.getBoundingClientRect = function (this: Element) {
    return hidden(this) ? new DOMRect(0, 0, 0, 0) : box(this);
  };
  return () => Object.assign(proto, saved);
}
