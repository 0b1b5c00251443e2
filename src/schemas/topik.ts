/** Topic (topik): one term of the topic taxonomy. The Markdown body may explain it. */
import { strictObject, text } from './common.ts';

/** Schema of `content/topik/*.md(x)`. */
export const topicSchema = () =>
  strictObject({
    /** Nama yang tampil bagi pembaca, misalnya "Kesehatan". */
    nama: text('Nama'),
    /** Satu kalimat tentang apa yang termasuk topik ini. */
    deskripsi: text('Deskripsi'),
  });
