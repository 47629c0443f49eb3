package vn.covidmaps.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.covidmaps.text.Text;

class RowPrefetcherTest {

    private static Stream<RawRow> rows(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> new RawRow(n, List.of("row " + n)));
    }

    @Test
    void everyRowArrivesOnceAndInOrderAcrossBatches() {
        try (Stream<RawRow> prefetched = RowPrefetcher.of(rows(5_000))) {
            List<Integer> numbers = prefetched.map(RawRow::number).toList();
            assertEquals(IntStream.rangeClosed(1, 5_000).boxed().toList(), numbers);
        }
        try (Stream<RawRow> empty = RowPrefetcher.of(Stream.empty())) {
            assertEquals(0, empty.count());
        }
    }

    @Test
    void theReadersFailureIsThrownToTheConsumerAfterTheRowsBeforeIt() {
        WorkbookException damaged = new WorkbookException(Text.of("file.damaged", "bao-cao.xlsx"), null);
        Stream<RawRow> failing = IntStream.rangeClosed(1, 701).mapToObj(n -> {
            if (n == 701) {
                throw damaged;
            }
            return new RawRow(n, List.of("row " + n));
        });
        try (Stream<RawRow> prefetched = RowPrefetcher.of(failing)) {
            var iterator = prefetched.iterator();
            for (int n = 1; n <= 700; n++) {
                assertEquals(n, iterator.next().number());
            }
            assertSame(damaged, assertThrows(WorkbookException.class, iterator::hasNext));
        }
    }

    @Test
    void anErrorOnTheReaderThreadEndsTheConsumerInsteadOfLeavingItWaiting() {
        Stream<RawRow> exhausting = IntStream.rangeClosed(1, 3).mapToObj(n -> {
            if (n == 3) {
                throw new OutOfMemoryError("Java heap space");
            }
            return new RawRow(n, List.of("row " + n));
        });
        WorkbookException explained = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (Stream<RawRow> prefetched = RowPrefetcher.of(exhausting,
                    failure -> ReaderFailure.explain(failure, "bao-cao.xlsx", "Ca bệnh", 2))) {
                return assertThrows(WorkbookException.class, prefetched::count);
            }
        });
        assertEquals("bao-cao.xlsx › Ca bệnh: after row 2 the sheet holds a cell or row far larger than any report, too large to read;"
                + " check what was pasted there", explained.getMessage());
        assertTrue(explained.getCause() instanceof OutOfMemoryError);
    }

    @Test
    void closingEarlyStopsTheReaderAndClosesTheSource() {
        AtomicBoolean closed = new AtomicBoolean();
        Stream<RawRow> endless = Stream.iterate(1, n -> n + 1).map(n -> new RawRow(n, List.of())).onClose(() -> closed.set(true));
        try (Stream<RawRow> prefetched = RowPrefetcher.of(endless)) {
            assertEquals(10, prefetched.limit(10).count());
        }
        assertTrue(closed.get(), "the source is closed once the stream is");
    }
}
