/** Fields the parts of a commune's disclosures share. */
import { z } from 'astro/zod';
import { expect } from '../../base/content/error-map.ts';

/** The year a disclosure is for. */
export const year = z.number(expect('một năm, ví dụ 2025', 'a year, e.g. 2025')).int().min(2000).max(2100);
