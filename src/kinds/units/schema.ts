/**
 * Units (đơn vị): administrative units (provinces, districts, communes, before and after
 * the 1 July 2025 reorganisation) and the bodies documents name (People's Committees,
 * departments, mass organisations, media…). One schema for the CSV tables and the YAML list.
 */
import { z } from 'astro/zod';
import { expect } from '../../base/content/error-map.ts';
import { id, isoDate, text } from '../../base/content/fields.ts';

export const unitKinds = [
  'province',
  'district',
  'commune',
  'people-committee',
  'people-council',
  'party-committee',
  'national-assembly-delegation',
  'department',
  'central-agency',
  'public-service-unit',
  'media',
  'mass-organisation',
  'inspection-board',
  'enterprise',
  'official',
  'committee',
] as const;

export type UnitKind = (typeof unitKinds)[number];

/** Administrative units have a territory; the other kinds are bodies. */
export const territorialKinds: readonly UnitKind[] = ['province', 'district', 'commune'];

export const unitSchema = z
  .strictObject({
    /** Page address of the unit: /don-vi/<id>/. */
    id,
    kind: z.enum(unitKinds, expect(`một trong: ${unitKinds.join(', ')}`, `one of: ${unitKinds.join(', ')}`)),
    /** Vietnamese type word of an administrative unit: "xã", "phường", "huyện", "thị xã"… */
    division: text.nullable().default(null),
    /** Official name, e.g. "Ủy ban nhân dân tỉnh Quảng Trị", "Xã Cam Lộ". */
    name_vi: text,
    name_en: text.nullable().default(null),
    /** The abbreviation documents use ("UBND tỉnh", "Đài PTTH tỉnh"), for search and display. */
    short_vi: text.nullable().default(null),
    /** Official code (mã đơn vị hành chính of the National Statistics Office) where one exists. */
    code: z
      .string()
      .regex(
        /^\d{2,5}$/,
        expect('mã số gồm 2–5 chữ số, ví dụ "44" hoặc "19186"', 'a code of 2–5 digits, e.g. "44" or "19186"'),
      )
      .nullable()
      .default(null),
    /** Id of the unit this one belongs to; null only for the top of the tree. */
    parent: id.nullable().default(null),
    /** First day the unit existed in this form; null when the sources do not say. */
    valid_from: isoDate.nullable().default(null),
    /** Last day the unit existed in this form; null while it exists or when unknown. */
    valid_to: isoDate.nullable().default(null),
    /** A note for readers, e.g. what a document leaves unsaid about this unit. */
    note: text.nullable().default(null),
  })
  .refine((u) => !u.valid_from || !u.valid_to || u.valid_from <= u.valid_to, {
    ...expect('valid_to không sớm hơn valid_from', 'valid_to not earlier than valid_from'),
    path: ['valid_to'],
  });

export type Unit = z.output<typeof unitSchema>;

export const successionTypes = ['full', 'partial'] as const;

/** One link across a reorganisation: all or part of `from` became part of `to`. */
export const successionSchema = z.strictObject({
  from: id,
  to: id,
  /** full: the whole of `from` went into `to`; partial: part of it did. */
  type: z.enum(successionTypes, expect('"full" (toàn bộ) hoặc "partial" (một phần)', '"full" or "partial"')),
  /** The legal act that made the change, e.g. "Nghị quyết 1680/NQ-UBTVQH15 ngày 16/6/2025". */
  basis: text,
  note: text.nullable().default(null),
});

export type Succession = z.output<typeof successionSchema>;
