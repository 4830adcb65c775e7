package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.PriorityQueue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The path heap gives paths out in exactly the order {@link PriorityQueue} gives them. */
class TagPathHeapTest {
  /**
   * Operations: a score in 0..4 adds a new path with minus that score (so that many are equal), 5
   * polls, 6 clears; every poll must return the very path PriorityQueue returns.
   */
  @Property(tries = 3000)
  void pathsComeOutAsFromAPriorityQueue(@ForAll("operations") List<Integer> operations) {
    PriorityQueue<TagPath> expected = new PriorityQueue<>(3);
    TagPath.Heap heap = new TagPath.Heap();
    int tag = 0;
    for (int op : operations) {
      if (op < 5) {
        TagPath p = new TagPath(TagPath.START, tag++, op == 4 ? -0.0 : -op);
        expected.add(p);
        heap.add(p);
      } else if (op == 5) {
        assertThat(heap.poll()).isSameAs(expected.poll());
      } else {
        expected.clear();
        heap.clear();
      }
      assertThat(heap.size()).isEqualTo(expected.size());
      assertThat(heap.isEmpty()).isEqualTo(expected.isEmpty());
    }
    while (!expected.isEmpty()) {
      assertThat(heap.poll()).isSameAs(expected.poll());
    }
    assertThat(heap.poll()).isNull();
  }

  @Provide
  Arbitrary<List<Integer>> operations() {
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(10, Arbitraries.integers().between(0, 4)),
            net.jqwik.api.Tuple.of(5, Arbitraries.just(5)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(6)))
        .list()
        .ofMaxSize(60);
  }
}
