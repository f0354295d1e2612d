// Diacritic folding, shared by matching, slugs and search so they all agree.

const ASCII = /^[\x00-\x7f]*$/;

/** `Nguyễn Văn Bình` → `Nguyen Van Binh`, `Đà Nẵng` → `Da Nang`. Unicode decomposition does not split `đ`, so it is mapped by hand. */
export function foldDiacritics(text: string): string {
  // Plain ASCII has nothing to fold (most words of English copy): skip the two normalisations.
  if (ASCII.test(text)) return text;
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

/** A lower-case key for comparing names: folded, apostrophes dropped, spaces collapsed. */
export function matchKey(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A URL slug: `Thành phố Hồ Chí Minh` → `thanh-pho-ho-chi-minh`. */
export function slugify(text: string): string {
  return matchKey(text).replace(/ /g, "-");
}

/** How many letters carry a diacritic (`Bình` → 1). */
export function diacritics(text: string): number {
  if (ASCII.test(text)) return 0;
  return [...text.normalize("NFD")].filter((char) => /\p{Mn}/u.test(char)).length + (text.match(/[đĐ]/g)?.length ?? 0);
}
