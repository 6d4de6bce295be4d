// Requests of different kinds measured in turns (a slice of each, alternating, several times), so that
// a ratio between them compares like with like: on a shared machine, one kind run after the other can
// meet a different machine (a neighbour's build, the database's maintenance, the server's garbage).
import { mergeLoads, runLoad, type LoadResult } from "./load";
import { cpuSpent, formatCpu, sampleCpu } from "./process-cpu";

export type Phase = { clients: number; seconds: number; send: (client: number, seq: number, turn: number) => Promise<number> };

/** Each phase's merged result and its CPU per request by process, in the order given. */
export async function runInTurns(turns: number, phases: Phase[]): Promise<{ result: LoadResult; cpu: string }[]> {
  const runs = phases.map(() => [] as LoadResult[]);
  const spent = phases.map(() => new Map<string, number>());
  for (let turn = 0; turn < turns; turn += 1) {
    for (const [index, phase] of phases.entries()) {
      const before = sampleCpu();
      runs[index].push(
        await runLoad({ clients: phase.clients, seconds: phase.seconds / turns, send: (client, seq) => phase.send(client, seq, turn) }),
      );
      cpuSpent(before, sampleCpu(), spent[index]);
    }
  }
  return runs.map((results, index) => {
    const result = mergeLoads(results);
    return { result, cpu: formatCpu(spent[index], result.ok) };
  });
}
