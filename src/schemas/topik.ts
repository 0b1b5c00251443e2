/** Topic (topik): one term of the topic taxonomy. The Markdown body may explain it. */
import { strictObject, text } from './common.ts';

/** Schema of `content/topik/*.md(x)`. */
export const topicSchema = () =>
  strictObject({
    /** Name shown to readers, e.g. "Kesehatan". */
    nama: text('Nama'),
    /** One sentence on what belongs under this topic. */
    deskripsi: text('Deskripsi'),
  });
