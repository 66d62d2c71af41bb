/**
 * import-word: a Word file (.docx) of a Vietnamese administrative document → documents/<id>.md
 * and a draft of tasks/<id>.yaml in the instance chosen by PORTAL_CONTENT (default
 * content/quang-tri).
 *
 *   npm run import-word -- <file.docx> [--id <id>] [--dry-run] [--force]
 *
 * The front matter is read from the standard layout (Decree 30/2020/NĐ-CP): issuing body, number,
 * place and date, type and title, signer, "Kính gửi" and "Nơi nhận" (matched to the instance's
 * units where a name fits one unit). What the document does not show is null and listed; the
 * fields a Word file cannot give (the summaries, the kind of source) are null too, so the loader
 * refuses the file until a person fills them, and the command lists them. The tasks draft is
 * built from the numbered, lettered and dashed items; its lead and cooperating units are null
 * for the same reason. Nothing is written when the file cannot be read, or when the id is taken
 * (unless --force); --dry-run prints what would be written.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoadContext } from '../../src/base/content/context.ts';
import { IssueList, type Bilingual } from '../../src/base/content/errors.ts';
import { id as idSchema } from '../../src/base/content/fields.ts';
import { todayInVietnam } from '../../src/base/site/load.ts';
import { slugify } from '../../src/base/slug.ts';
import { DEFAULT_CONTENT, instanceOptions } from '../../src/instance.ts';
import { documentDraft, documentFile, type FieldNote } from '../../src/kinds/documents/from-word-draft.ts';
import { readLayout } from '../../src/kinds/documents/from-word-layout.ts';
import { tasksDraft, tasksFile } from '../../src/kinds/plans/from-word.ts';
import { loadUnits } from '../../src/kinds/units/load.ts';
import { DocxError, readDocx } from './docx-read.ts';

const USAGE = 'npm run import-word -- <tệp/file.docx> [--id <id>] [--dry-run] [--force]';

export interface ImportOptions {
  /** Where relative paths start (the project root when run by npm). */
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** The day of the import, YYYY-MM-DD (default: today in Viet Nam). */
  today?: string;
}

export interface ImportResult {
  /** 0 written (or would be, with --dry-run), 1 refused, 2 wrong arguments. */
  code: number;
  out: string[];
  /** Files written, relative to cwd. */
  written: string[];
}

interface Args {
  file?: string;
  id?: string;
  dryRun: boolean;
  force: boolean;
  wrong?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { dryRun: false, force: false };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k]!;
    if (a === '--dry-run') args.dryRun = true;
    else if (a === '--force') args.force = true;
    else if (a === '--id') {
      const value = argv[++k];
      if (value === undefined || value.startsWith('--')) args.wrong = '--id';
      else args.id = value;
    } else if (a.startsWith('--')) args.wrong = a;
    else if (args.file === undefined) args.file = a;
    else args.wrong = a;
  }
  return args;
}

/** A refusal as the content errors are written: where, what was found, what was expected. */
function problem(where: string, found: Bilingual, expected: Bilingual): string[] {
  return [
    `✗ ${where}`,
    `  [vi] Tìm thấy ${found.vi}; cần ${expected.vi}.`,
    `  [en] Found ${found.en}; expected ${expected.en}.`,
  ];
}

const USAGE_EXPECTED: Bilingual = { vi: `cách dùng: ${USAGE}`, en: `usage: ${USAGE}` };

function notes(title: string, list: FieldNote[]): string[] {
  if (list.length === 0) return [];
  return ['', title, ...list.flatMap((n) => [`  - ${n.field}`, `      [vi] ${n.vi}`, `      [en] ${n.en}`])];
}

export function importWord(argv: string[], options: ImportOptions = {}): ImportResult {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const today = options.today ?? todayInVietnam();
  const args = parseArgs(argv);
  const refuse = (code: number, lines: string[]): ImportResult => ({
    code,
    out: [...lines, '', 'Không ghi tệp nào. / Nothing was written.'],
    written: [],
  });

  if (args.wrong !== undefined || args.file === undefined) {
    return refuse(2, [
      ...problem(
        'import-word',
        args.wrong !== undefined
          ? { vi: `"${args.wrong}", không hiểu`, en: `"${args.wrong}", not understood` }
          : { vi: 'một lệnh không có tên tệp Word', en: 'a command without a Word file' },
        USAGE_EXPECTED,
      ),
    ]);
  }

  const file = args.file;
  const filePath = resolve(cwd, file);
  if (!existsSync(filePath) || !statSync(filePath).isFile()) {
    return refuse(
      1,
      problem(
        file,
        { vi: 'một đường dẫn không dẫn tới tệp nào', en: 'a path that leads to no file' },
        { vi: 'đường dẫn tới một tệp .docx', en: 'the path of a .docx file' },
      ),
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(filePath);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return refuse(
      1,
      problem(
        file,
        { vi: `một tệp không đọc được (${reason})`, en: `a file that cannot be read (${reason})` },
        { vi: 'một tệp được phép đọc', en: 'a file that may be read' },
      ),
    );
  }
  let text: ReturnType<typeof readDocx>;
  try {
    text = readDocx(bytes);
  } catch (error) {
    if (error instanceof DocxError) return refuse(1, problem(file, error.found, error.expected));
    throw error;
  }
  if (!text.paragraphs.some((p) => p.text.trim() !== '')) {
    return refuse(
      1,
      problem(
        file,
        { vi: 'một văn bản không có chữ nào', en: 'a document without any text' },
        {
          vi: 'văn bản có nội dung (chữ trong hộp văn bản hay hình ảnh thì không đọc được)',
          en: 'a document with text (text in text boxes or pictures cannot be read)',
        },
      ),
    );
  }

  const contentDir = instanceOptions(env).contentDir;
  const dir = resolve(cwd, contentDir);
  if (!existsSync(join(dir, 'site.yaml'))) {
    return refuse(
      1,
      problem(
        `PORTAL_CONTENT=${contentDir}`,
        { vi: `"${contentDir}", không có site.yaml`, en: `"${contentDir}", without a site.yaml` },
        {
          vi: 'thư mục nội dung của một cổng (có site.yaml), ví dụ content/quang-tri',
          en: "a portal's content folder (with a site.yaml), e.g. content/quang-tri",
        },
      ),
    );
  }

  const id = args.id ?? slugify(basename(file, extname(file)));
  if (!idSchema.safeParse(id).success) {
    return refuse(
      2,
      problem(
        file,
        { vi: `mã "${id}"`, en: `the id "${id}"` },
        {
          vi: 'một mã làm địa chỉ trang, chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối, đặt bằng --id (ví dụ --id ke-hoach-papi-2025)',
          en: 'an id for the page address, of lower-case letters without diacritics, digits and hyphens, given with --id (e.g. --id ke-hoach-papi-2025)',
        },
      ),
    );
  }
  const docPath = join(dir, 'documents', `${id}.md`);
  const tasksPath = join(dir, 'tasks', `${id}.yaml`);
  const rel = (p: string) => {
    const r = relative(cwd, p);
    return (r.startsWith('..') ? p : r).split('\\').join('/');
  };
  const taken = [docPath, tasksPath].filter((p) => existsSync(p));
  if (taken.length > 0 && !args.force) {
    return refuse(
      1,
      problem(
        file,
        {
          vi: `mã "${id}" đã có văn bản (${taken.map(rel).join(', ')})`,
          en: `the id "${id}" already taken (${taken.map(rel).join(', ')})`,
        },
        {
          vi: 'một mã chưa dùng, đặt bằng --id; hoặc thêm --force để ghi đè',
          en: 'an id not yet used, given with --id; or add --force to overwrite',
        },
      ),
    );
  }

  // The instance's units, to match names; a unit file with errors does not stop the import.
  const ctx: LoadContext = { root: cwd, dir, nationalDir: resolve(cwd, 'content/national'), issues: new IssueList() };
  const units = loadUnits(ctx);
  const out: string[] = [`Tệp / File: ${file}`];
  if (!units.complete || !ctx.issues.ok) {
    out.push(
      `  ! units/ có lỗi (npm run validate để xem); chỉ dùng các đơn vị đọc được. / units/ has errors (see npm run validate); only the units that could be read are matched.`,
    );
  }

  const layout = readLayout(text.paragraphs);
  const draft = documentDraft(layout, { units: units.units.map((u) => u.data), today, fileName: basename(file) });
  const tasks = tasksDraft(layout.body, id);
  const taskCount = tasks.sections.reduce((n, s) => n + s.tasks.length, 0);
  // Pictures (a drawn rule under the issuing body, a scanned seal) carry no text; text boxes and footnotes do.
  const { textBoxes, footnotes } = text.skipped;
  if (textBoxes > 0)
    draft.toCheck.push({
      field: '(nội dung / text)',
      vi: `không đọc chữ trong ${textBoxes} hộp văn bản (text box): nếu phần đầu hay chữ ký nằm trong đó, hãy điền tay các trường còn thiếu`,
      en: `the text of ${textBoxes} text box(es) was not read: if the header or the signature is in one, fill the missing fields by hand`,
    });
  if (footnotes > 0)
    draft.toCheck.push({
      field: '(nội dung / text)',
      vi: `không đọc ${footnotes} chú thích cuối trang: chép tay vào nội dung nếu cần`,
      en: `${footnotes} footnote(s) not read: copy them into the text by hand if needed`,
    });

  const fm = draft.frontMatter;
  const show = (v: string | null) => (v === null ? 'null' : JSON.stringify(v));
  const tables = layout.body.filter((b) => b.type === 'table').length;
  out.push(
    '',
    'Đã đọc / Read:',
    `  kind: ${show(fm.kind)}`,
    `  title_vi: ${show(fm.title_vi)}`,
    `  number: ${show(fm.number)}`,
    `  date: ${show(fm.date)}`,
    `  place: ${show(fm.place)}`,
    `  issuer: ${show(fm.issuer)}${layout.issuerLines.length > 0 ? ` ← "${layout.issuerLines.join(' / ')}"` : ''}`,
    `  signer: authority ${show(fm.signer.authority)}, title ${show(fm.signer.title)}, name ${show(fm.signer.name)}`,
    `  addressees: ${fm.addressees.length}, recipients: ${fm.recipients.length}`,
    `  nội dung / body: ${layout.body.length - tables} đoạn / paragraphs, ${tables} bảng / tables`,
    `  nhiệm vụ / tasks: ${tasks.sections.length} mục / sections, ${taskCount} nhiệm vụ / tasks`,
  );
  out.push(
    ...notes(
      'Văn bản không ghi — để null, trang sẽ ghi "không ghi trong văn bản" / Not in the document — left null, the page says so:',
      draft.notShown,
    ),
  );
  out.push(
    ...notes(
      `Cần điền hoặc sửa trong ${rel(docPath)} — tệp chưa nạp được cho đến khi xong / To fill or fix in ${rel(docPath)} — the file does not load until then:`,
      draft.toFill,
    ),
  );
  if (taskCount > 0) {
    out.push(
      '',
      `Cần điền trong ${rel(tasksPath)}: leads và cooperating của từng nhiệm vụ (mã đơn vị, hoặc [] nếu văn bản không nêu) / To fill in ${rel(tasksPath)}: leads and cooperating of each task (unit ids, or [] if the document names none):`,
      ...tasks.sections.flatMap((s, i) =>
        s.tasks.map((t, j) => `  - sections.${i}.tasks.${j} (${t.id}, ${t.number ?? '—'}): leads, cooperating`),
      ),
    );
  }
  out.push(...notes('Cần kiểm tra / To check:', [...draft.toCheck, ...(taskCount > 0 ? tasks.toCheck : [])]));

  const header = [
    `Bản nháp nhập từ tệp Word "${basename(file)}" bằng npm run import-word ngày ${today}.`,
    `Draft imported from the Word file "${basename(file)}" with npm run import-word on ${today}.`,
    'Điền các trường ghi CẦN ĐIỀN rồi chạy npm run validate. / Fill the fields marked TO FILL, then run npm run validate.',
  ];
  const docText = documentFile(draft, header);
  const tasksText =
    taskCount > 0
      ? tasksFile(tasks, [
          `Nhiệm vụ của documents/${id}.md — bản nháp lập từ các mục đánh số, chữ cái và gạch đầu dòng của văn bản.`,
          `Tasks of documents/${id}.md — a draft made from the numbered, lettered and dashed items of the document.`,
          'CẦN ĐIỀN / TO FILL: leads, cooperating (mã đơn vị / unit ids, hoặc / or []).',
          'Thêm khi văn bản nêu / add where the document states them: dimensions, areas, indices, targets, deadline, reporting, papi_year.',
        ])
      : null;

  if (taskCount === 0) {
    out.push(
      '',
      existsSync(tasksPath)
        ? `Không thấy mục đánh số nào để làm nhiệm vụ; giữ nguyên ${rel(tasksPath)}. / No numbered items to make tasks of; ${rel(tasksPath)} is kept as it is.`
        : 'Không thấy mục đánh số nào để làm nhiệm vụ; không lập tasks/. / No numbered items to make tasks of; no tasks file.',
    );
  }

  if (args.dryRun) {
    out.push(
      '',
      `--dry-run: không ghi tệp nào; sẽ ghi / nothing written; would write ${rel(docPath)}${tasksText ? ` và / and ${rel(tasksPath)}` : ''}:`,
      '',
      docText,
      ...(tasksText ? [tasksText] : []),
    );
    return { code: 0, out, written: [] };
  }

  mkdirSync(join(dir, 'documents'), { recursive: true });
  writeFileSync(docPath, docText);
  const written = [rel(docPath)];
  if (tasksText) {
    mkdirSync(join(dir, 'tasks'), { recursive: true });
    writeFileSync(tasksPath, tasksText);
    written.push(rel(tasksPath));
  }
  const validate =
    contentDir === DEFAULT_CONTENT ? 'npm run validate' : `PORTAL_CONTENT=${contentDir} npm run validate`;
  out.push(
    '',
    `Đã ghi / Written: ${written.join(', ')}`,
    `Tiếp theo: điền các trường trên rồi chạy ${validate}; lỗi còn lại sẽ chỉ đúng các trường cần điền. / Next: fill the fields above, then run ${validate}; what is left is named field by field.`,
  );
  return { code: 0, out, written };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = importWord(process.argv.slice(2));
  (result.code === 0 ? console.log : console.error)(result.out.join('\n'));
  process.exitCode = result.code;
}
