/**
 * Inside an embed: tell the host page how tall the content is, now and whenever it changes
 * (a chart drawn, the window resized). The message carries only a height and the embed's
 * path; the host checks the sender before acting on it.
 */
export const MESSAGE_TYPE = 'minhbach:embed-height';

export function reportHeight(): void {
  if (window.parent === window) return;
  const main = document.querySelector<HTMLElement>('[data-embed-path]');
  const path = main?.dataset.embedPath ?? location.pathname;
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: MESSAGE_TYPE, path, height }, '*');
  };
  send();
  new ResizeObserver(send).observe(document.documentElement);
  window.addEventListener('load', send);
}
