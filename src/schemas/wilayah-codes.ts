/**
 * The 38 BPS/Kemendagri codes of the kabupaten/kota of Jawa Timur (province 35):
 * 29 kabupaten (3501–3529) and 9 kota (3571–3579). Fixed by law, so kept in code:
 * the schema can reject a wrong code before the wilayah collection is even loaded.
 */
export const KAB_KOTA_CODES: readonly string[] = [
  ...Array.from({ length: 29 }, (_, i) => String(3501 + i)),
  ...Array.from({ length: 9 }, (_, i) => String(3571 + i)),
];

/** True when `code` is one of the 38 kab/kota codes of Jawa Timur. */
export function isKabKotaCode(code: string): boolean {
  return KAB_KOTA_CODES.includes(code);
}
