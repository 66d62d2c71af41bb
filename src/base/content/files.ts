/**
 * Every file in a content folder is either read by a loader or named in a message: a file
 * that nothing reads (a misspelt extension, a stray folder) would otherwise be silently left
 * off the site, and its author would think it published. What the loaders read is learnt from
 * the loaders themselves (read.ts records every file they open), not from a second list here.
 */
import { readdirSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { relPath, type LoadContext } from './context.ts';

/** Notes beside data (where it came from, how to regenerate it) that no loader reads, by design. */
export function isNote(name: string): boolean {
  return /^(SOURCE|README)(\.md)?$/.test(name);
}

interface Tree {
  files: string[];
  links: string[];
}

/** Files and symbolic links under a folder; links are listed, never followed. */
function walk(dir: string, tree: Tree = { files: [], links: [] }): Tree {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const abs = join(dir, entry.name);
    if (entry.isSymbolicLink()) tree.links.push(abs);
    else if (entry.isDirectory()) walk(abs, tree);
    else tree.files.push(abs);
  }
  return tree;
}

function contentRoots(ctx: LoadContext): string[] {
  return [...new Set([ctx.dir, ctx.nationalDir])].filter((dir) => {
    try {
      readdirSync(dir);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Reports every symbolic link in the content folders. A link can point anywhere (a private
 * file outside the content, or back at its own folder), so nothing is read while one is there:
 * returns false and the portal stops before any loader opens a file.
 */
export function refuseLinks(ctx: LoadContext): boolean {
  const links = contentRoots(ctx).flatMap((root) => walk(root).links);
  for (const abs of links) {
    ctx.issues.add({
      file: relPath(ctx, abs),
      field: '(tệp / file)',
      found: 'một liên kết tượng trưng (symlink) / a symbolic link',
      expected: {
        vi: 'một tệp hoặc thư mục thật: chép nội dung vào đây thay cho liên kết (cổng không đọc qua liên kết, vì liên kết có thể trỏ ra ngoài thư mục nội dung)',
        en: 'a real file or folder: copy the content here instead of linking it (the portal never reads through a link, which could point outside the content folder)',
      },
    });
  }
  return links.length === 0;
}

const list = (items: Iterable<string>) => [...items].sort().join(', ');

/**
 * Reports each file no loader read and no message already names (`read`: the files the
 * loaders opened). The expected form is what the loaders read in that folder, or, for a folder
 * nothing reads, the folders they read.
 */
export function reportUnread(ctx: LoadContext, read: ReadonlySet<string>): void {
  const named = ctx.issues.issues.map((issue) => issue.file);
  // A folder a loader claimed (claim in read.ts) accounts for every file in it.
  const isRead = (abs: string): boolean => {
    for (let at = resolve(abs); ; at = dirname(at)) {
      if (read.has(at)) return true;
      if (dirname(at) === at) return false;
    }
  };
  const isNamed = (file: string) => named.some((n) => file === n || file.startsWith(`${n}/`));
  for (const root of contentRoots(ctx)) {
    const inRoot = [...read].filter((abs) => !relative(root, abs).startsWith('..'));
    const extsIn = new Map<string, Set<string>>();
    const topLevel = new Map<string, Set<string>>();
    for (const abs of inRoot) {
      const folder = dirname(abs);
      const ext = extname(abs);
      extsIn.set(folder, (extsIn.get(folder) ?? new Set()).add(ext));
      const top = relative(root, abs).split(/[\\/]/);
      const key = top.length > 1 ? `${top[0]}/` : './';
      topLevel.set(key, (topLevel.get(key) ?? new Set()).add(ext));
    }
    const allExts = new Set([...topLevel.values()].flatMap((exts) => [...exts]));
    for (const abs of walk(root).files) {
      const name = abs.slice(dirname(abs).length + 1);
      const file = relPath(ctx, abs);
      if (isRead(abs) || isNote(name) || isNamed(file)) continue;
      // A misspelt name in a folder whose only file it was is still a name to correct, not a
      // stray folder: judged against the extensions read anywhere.
      const here = extsIn.get(dirname(abs)) ?? (misspelt(name, allExts) ? allExts : undefined);
      ctx.issues.add({ file, field: '(tên tệp / file name)', ...(here ? misnamed(name, here) : strayFolder(root, abs, topLevel)) });
    }
  }
}

/** An upper-case name or a second extension on a kind of file the loaders read. */
function misspelt(name: string, exts: Set<string>): boolean {
  const last = extname(name).toLowerCase();
  return exts.has(last) && (name !== name.toLowerCase() || name.split('.').length > 2);
}

/** A file beside others the loaders read: its name, not its place, is what is wrong. */
function misnamed(name: string, exts: Set<string>) {
  const found = JSON.stringify(name);
  const stem = name.split('.')[0]!;
  const last = extname(name).toLowerCase();
  const known = list(exts);
  if (name !== name.toLowerCase() && exts.has(last)) {
    const fixed = name.toLowerCase().replace(/(\.[a-z]+)+$/, last);
    return {
      found,
      expected: {
        vi: `tên tệp viết thường, ví dụ "${fixed}" (cổng chỉ đọc tệp ${known} viết thường ở thư mục này)`,
        en: `a lower-case file name, e.g. "${fixed}" (the portal reads only lower-case ${known} files in this folder)`,
      },
    };
  }
  if (exts.has(last) && name.slice(stem.length) !== last) {
    return {
      found,
      expected: {
        vi: `một phần mở rộng duy nhất, ví dụ "${stem}${last}"`,
        en: `a single extension, e.g. "${stem}${last}"`,
      },
    };
  }
  return {
    found,
    expected: {
      vi: `một tệp ${known} (những gì cổng đọc ở thư mục này), hoặc SOURCE.md ghi nguồn dữ liệu; tệp khác không được đăng`,
      en: `a ${known} file (what the portal reads in this folder), or a SOURCE.md stating the source; any other file is not published`,
    },
  };
}

/** A file in a folder where the loaders read nothing. */
function strayFolder(root: string, abs: string, topLevel: Map<string, Set<string>>) {
  const folders = list([...topLevel].map(([folder, exts]) => `${folder} (${list(exts)})`));
  return {
    found: `${JSON.stringify(relative(root, dirname(abs)).split('\\').join('/') + '/')} (thư mục cổng không đọc / a folder the portal does not read)`,
    expected: {
      vi: `tệp nằm trong thư mục cổng đọc: ${folders}`,
      en: `a file in a folder the portal reads: ${folders}`,
    },
  };
}
