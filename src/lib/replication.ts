/**
 * The replication graph: which innovation was replicated where, from which region (or
 * the province) to which, when, with what adaptation and on what evidence. Built from
 * each case study's `replikasi` list; pure, so pages and tests share it.
 */
import type { PartialDate } from '../schemas/common.ts';
import type { Problem } from './corpus-check.ts';

/** A case study as the replication graph needs it. */
export interface ReplicationCase {
  id: string;
  file?: string | undefined;
  /** BPS code of the case's kab/kota; undefined for the provincial government. */
  region?: string | undefined;
  replikasi: readonly {
    lokasi: string;
    kabupaten_kota?: { id: string } | undefined;
    oleh: string;
    tanggal?: PartialDate | undefined;
    adaptasi?: string | undefined;
    sumber: string;
    studi_kasus?: { id: string } | undefined;
  }[];
}

/** An entry as the graph (`Node`) or the content check (`CorpusEntry`) holds it. */
export interface ReplicationSourceEntry {
  collection: string;
  id: string;
  file?: string | undefined;
  filePath?: string | undefined;
  data: unknown;
}

/**
 * The case studies among `entries`, as the replication graph reads them. Both the build
 * (graph nodes) and the content check (its corpus, where a file that failed its schema
 * has placeholder data) call this, so it tolerates a case without the lists.
 */
export function replicationCases(entries: readonly ReplicationSourceEntry[]): ReplicationCase[] {
  return entries
    .filter((e) => e.collection === 'studi-kasus')
    .map((e) => {
      const data = (e.data ?? {}) as { kabupaten_kota?: { id: string } | undefined; replikasi?: unknown };
      return {
        id: e.id,
        file: e.file ?? e.filePath,
        region: data.kabupaten_kota?.id,
        replikasi: Array.isArray(data.replikasi) ? (data.replikasi as ReplicationCase['replikasi']) : [],
      };
    });
}

/** One replication: an edge from the original innovation's place to the replicating place. */
export interface ReplicationEdge {
  /** The original case study's id. */
  from: string;
  /** Its kab/kota code, or undefined for the province. */
  fromRegion?: string | undefined;
  /** Kab/kota code of the replication, when in Jawa Timur. */
  toRegion?: string | undefined;
  /** The place as the source names it. */
  place: string;
  /** The replication's own case study, when it has one. */
  toCase?: string | undefined;
  by: string;
  date?: PartialDate | undefined;
  adapted?: string | undefined;
  evidence: string;
}

/** The whole graph, with the lookups pages need. */
export interface ReplicationGraph {
  edges: ReplicationEdge[];
  /** Replications of one innovation, in file order. */
  of(caseId: string): ReplicationEdge[];
  /** The innovations a case study replicates (edges naming it as `studi_kasus`). */
  sourcesOf(caseId: string): ReplicationEdge[];
  /** Replications carried out in a kab/kota. */
  into(region: string): ReplicationEdge[];
  /** Replications of innovations from a kab/kota (or, with undefined, from the province). */
  outOf(region: string | undefined): ReplicationEdge[];
}

/** Every replication of every case, as edges with lookups. */
export function replicationGraph(cases: readonly ReplicationCase[]): ReplicationGraph {
  const edges: ReplicationEdge[] = cases.flatMap((c) =>
    c.replikasi.map((r) => ({
      from: c.id,
      fromRegion: c.region,
      toRegion: r.kabupaten_kota?.id,
      place: r.lokasi,
      toCase: r.studi_kasus?.id,
      by: r.oleh,
      date: r.tanggal,
      adapted: r.adaptasi,
      evidence: r.sumber,
    })),
  );
  const group = (key: (e: ReplicationEdge) => string | undefined) => {
    const map = new Map<string | undefined, ReplicationEdge[]>();
    for (const e of edges) {
      const k = key(e);
      map.set(k, [...(map.get(k) ?? []), e]);
    }
    return (k: string | undefined) => map.get(k) ?? [];
  };
  const byFrom = group((e) => e.from);
  const byToCase = group((e) => e.toCase);
  const byToRegion = group((e) => e.toRegion);
  const byFromRegion = group((e) => e.fromRegion);
  return {
    edges,
    of: (id) => byFrom(id),
    sourcesOf: (id) => byToCase(id),
    into: (region) => byToRegion(region),
    outOf: (region) => byFromRegion(region),
  };
}

/**
 * Replications that cannot be right: a case study named as its own replication. Fails the
 * build with the file and field, like a broken reference.
 */
export function replicationProblems(cases: readonly ReplicationCase[]): Problem[] {
  return cases.flatMap((c) =>
    c.replikasi.flatMap((r, i) =>
      r.studi_kasus?.id === c.id
        ? [
            {
              file: c.file ?? c.id,
              field: `replikasi[${i}].studi_kasus`,
              message: `Studi kasus "${c.id}" tidak bisa menjadi replikasi dirinya sendiri. Isi studi_kasus dengan nama berkas studi kasus replikasinya, atau hapus baris ini.`,
            },
          ]
        : [],
    ),
  );
}
