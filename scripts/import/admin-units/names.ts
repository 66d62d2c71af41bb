/** Official names of administrative units as the lists write them, split into type word and name. */

// Longest first, so "thị xã" is not read as a one-word type.
const TYPE_WORDS = ['thành phố', 'thị trấn', 'thị xã', 'đặc khu', 'huyện', 'quận', 'phường', 'tỉnh', 'xã'];

export interface SplitName {
  /** The type word in lower case: "thành phố", "xã". */
  division: string;
  /** The name after it: "Đồng Hới". */
  rest: string;
  /** The name with one capital: "Thành phố Đồng Hới" (the lists also write "Thành Phố Đồng Hới"). */
  name: string;
}

/** "Thành Phố Đồng Hới" → { division: "thành phố", rest: "Đồng Hới", name: "Thành phố Đồng Hới" }. */
export function splitType(raw: string): SplitName {
  const division = TYPE_WORDS.find((t) => raw.toLowerCase().startsWith(t + ' '));
  if (!division) throw new Error(`Unknown unit type in "${raw}"`);
  const rest = raw.slice(division.length + 1).trim();
  return { division, rest, name: `${division[0]!.toUpperCase()}${division.slice(1)} ${rest}` };
}
