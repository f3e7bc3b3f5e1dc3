package dev.techkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeLogTest {
    @Test
    void the_graphs_changed_since_a_version_are_those_of_the_later_writes() {
        ChangeLog log = new ChangeLog();
        assertEquals(Optional.of(Set.of()), log.changedSince(0));
        log.written(List.of("urn:g1"));
        long afterFirst = log.version();
        log.written(List.of("urn:g2", "urn:g3"));
        assertEquals(Optional.of(Set.of("urn:g1", "urn:g2", "urn:g3")), log.changedSince(0));
        assertEquals(Optional.of(Set.of("urn:g2", "urn:g3")), log.changedSince(afterFirst));
        assertEquals(Optional.of(Set.of()), log.changedSince(log.version()));
    }

    @Test
    void a_write_anywhere_a_forgotten_write_or_a_foreign_version_make_the_change_unknown() {
        ChangeLog log = new ChangeLog();
        log.written(List.of("urn:g1"));
        long before = log.version();
        log.writtenAnywhere();
        log.written(List.of("urn:g2"));
        assertEquals(Optional.empty(), log.changedSince(before));
        assertEquals(Optional.of(Set.of("urn:g2")), log.changedSince(log.version() - 1));
        assertEquals(Optional.empty(), log.changedSince(log.version() + 1));
        for (int i = 0; i < ChangeLog.REMEMBERED + 1; i++) {
            log.written(List.of("urn:g" + i));
        }
        assertEquals(Optional.empty(), log.changedSince(before), "forgotten");
    }
}
