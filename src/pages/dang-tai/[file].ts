/**
 * /dang-tai/mau-<form>.xlsx: every form's template, written at build time from the kinds' form
 * descriptions by the writer `npm run templates` uses, with this instance's communes, units and
 * lists in the drop-downs — so a template never drifts from what the portal checks.
 * /dang-tai/kiem-tra.json: what the check in the browser needs of the instance (the forms'
 * lists and the content files they read), fetched with the publishing page.
 */
import { instancePaths } from '../../instance.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { folderFiles, folderText } from '../../base/content/folder.ts';
import { routes } from '../../base/routes.ts';
import { formFolders, type ContentSnapshot } from '../../base/sheets/check.ts';
import type { FormLists } from '../../base/sheets/form.ts';
import { instanceFormLists } from '../../base/sheets/importer.ts';
import { writeTemplate } from '../../base/sheets/template.ts';
import { contentFolder, getPortal } from '../../instance.ts';
import { allForms } from '../../portal.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const last = (path: string) => path.slice(path.lastIndexOf('/') + 1);

let cached: { dir: string; lists: FormLists } | undefined;
function instance() {
  const dir = contentFolder();
  if (cached?.dir !== dir) cached = { dir, lists: instanceFormLists(allForms, folderFiles(dir), getPortal().units) };
  return cached;
}

export const getStaticPaths = (() =>
  instancePaths(() => [
    ...allForms.map((form) => ({
      params: { file: last(routes.publishTemplate(form.key)) },
      props: { form: form.key },
    })),
    { params: { file: last(routes.publishCheckData()) }, props: { form: undefined } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { dir, lists } = instance();
  const form = allForms.find((f) => f.key === (props as { form?: string }).form);
  if (form) {
    const bytes = await writeTemplate(form, lists);
    const body = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return new Response(body, { headers: { 'content-type': XLSX_TYPE } });
  }
  const snapshot: ContentSnapshot = { lists, files: folderText(dir, formFolders(allForms)) };
  return new Response(JSON.stringify(snapshot), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
