/** Best-practice guide (panduan): how-to guidance with an owner and a change history. */
import { z } from 'astro/zod';
import { date, editorialFields, enumOf, refs, requireSources, strictObject, text, type SchemaDeps } from './common.ts';
import { GUIDE_LEVELS } from './vocabulary.ts';

/** Schema of `content/panduan/*.md(x)`. */
export const guideSchema = (deps: SchemaDeps) =>
  strictObject({
      /** Judul panduan. */
      judul: text('Judul'),
      /** Satu atau dua kalimat tentang apa yang dapat dilakukan pembaca setelah membacanya. */
      ringkasan: text('Ringkasan'),
      /** Topik, dipilih dari daftar topik (nama berkas di content/topik/). */
      topik: refs(deps, 'topik'),
      /** Tingkat panduan: dasar, menengah, atau lanjut. */
      tingkat: enumOf(GUIDE_LEVELS, 'Tingkat'),
      /**
       * Pemilik konten yang bertanggung jawab menjaga panduan tetap benar (nama berkas di
       * content/organisasi/).
       */
      pemilik: deps.reference('organisasi'),
      /** Riwayat perubahan, dari yang terbaru: apa yang berubah dan kapan. */
      riwayat: z
        .array(
          strictObject({
            /** Tanggal perubahan (TTTT-BB-HH). */
            tanggal: date(),
            /** Apa yang berubah, dalam satu kalimat. */
            catatan: text('Catatan perubahan'),
          }),
        )
        .default([]),
      /** Panduan terkait (nama berkas di content/panduan/). */
      panduan_terkait: refs(deps, 'panduan'),
      /** Studi kasus terkait (nama berkas di content/studi-kasus/). */
      studi_kasus_terkait: refs(deps, 'studi-kasus'),
      ...editorialFields(),
    })
    .superRefine(requireSources);
