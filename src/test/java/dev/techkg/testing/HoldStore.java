package dev.techkg.testing;

import dev.techkg.store.Tdb2Store;
import java.nio.file.Path;

/** A second process for tests: opens the store given as argument, says "ready", and holds it until stdin closes. */
public final class HoldStore {
    private HoldStore() {}

    public static void main(String[] args) throws Exception {
        try (Tdb2Store store = Tdb2Store.open(Path.of(args[0]))) {
            store.graphNames();
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the parent closes our input
            }
        }
    }
}
