package dev.quiz.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The same workload as {@link FsrsNextBenchmark}, timed in CPU time of the benchmark thread rather
 * than wall time, so that a loaded machine does not distort the comparison with node (whose side
 * uses {@code process.cpuUsage()}). Prints one JSON line per fuzz setting.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.quiz.bench.FsrsCpuTime workload.json}
 */
public final class FsrsCpuTime {
  private FsrsCpuTime() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("workload", args[0]);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (boolean fuzz : new boolean[] {false, true}) {
      FsrsNextBenchmark b = new FsrsNextBenchmark();
      b.fuzz = fuzz;
      b.load();
      long sink = 0;
      double sum = 0;
      for (int round = 0; round < 10; round++) {
        long t0 = mx.getCurrentThreadCpuTime();
        int ops = 200_000;
        for (int i = 0; i < ops; i++) {
          sink += b.next().easy().scheduledDays();
        }
        double rate = ops * 1e9 / (mx.getCurrentThreadCpuTime() - t0);
        if (round >= 4) {
          sum += rate;
        }
      }
      System.out.printf("{\"fuzz\":%s,\"ops_per_cpu_s\":%.0f,\"sink\":%d}%n", fuzz, sum / 6, sink);
    }
  }
}
