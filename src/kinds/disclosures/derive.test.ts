import { describe, expect, it } from 'vitest';
import type { UnitTree } from '../units/tree.ts';
import { anySample, communeNames, communesNotEntered } from './derive.ts';
import type { CommuneDisclosures } from './model.ts';

const commune = (id: string, sample: boolean) => ({ commune: id, info: { sample } }) as CommuneDisclosures;
const unit = (id: string, kind: string, valid_to: string | null = null) => ({ id, kind, valid_to });
const units = {
  all: [
    unit('tinh', 'province'),
    unit('xa-a', 'commune'),
    unit('xa-b', 'commune'),
    unit('xa-c', 'commune'),
    unit('xa-cu', 'commune', '2025-06-30'),
  ],
  label: (id: string) => `Xã ${id.slice(3).toUpperCase()}`,
} as unknown as UnitTree;

describe('what the pages that list every commune show', () => {
  it('the names of the communes with disclosures, by id', () => {
    const names = communeNames({ disclosures: [commune('xa-a', false), commune('xa-c', false)], units });
    expect(names).toEqual({ 'xa-a': 'Xã A', 'xa-c': 'Xã C' });
  });
  it('says sample data when any commune has it', () => {
    expect(anySample({ disclosures: [commune('xa-a', false), commune('xa-b', true)] })).toBe(true);
    expect(anySample({ disclosures: [commune('xa-a', false)] })).toBe(false);
  });
  it('counts the current communes not on the portal yet, never the former ones', () => {
    expect(communesNotEntered({ disclosures: [commune('xa-a', false)], units })).toBe(2);
  });
});
