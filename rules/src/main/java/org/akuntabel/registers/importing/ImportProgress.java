package org.akuntabel.registers.importing;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far the planning or storing of an upload has got, by a key the caller chooses (the page uses one per view),
 * so that a page can poll it while a large file is read. Kept in memory only.
 */
@ApplicationScoped
public class ImportProgress {

    /** Where one import stands: {@code percent} 0–100, {@code text} for people (Bahasa Indonesia). */
    public record State(int percent, String text, boolean done) {
    }

    private final Map<String, Tracker> trackers = new ConcurrentHashMap<>();

    /** The state for {@code key}, {@code null} when nothing is tracked under it. */
    public State state(String key) {
        Tracker tracker = key == null ? null : trackers.get(key);
        return tracker == null ? null : tracker.state();
    }

    Tracker start(String key) {
        Tracker tracker = new Tracker();
        if (key != null && !key.isBlank()) {
            trackers.put(key, tracker);
        }
        return tracker;
    }

    void forget(String key) {
        if (key != null) {
            trackers.remove(key);
        }
    }

    /**
     * Counts rows: the planner reads the file twice (first the number formats of whole columns, then the rows),
     * then the rows to store are written. Each stage is a third of the bar.
     */
    static final class Tracker {
        private volatile int pass;
        private volatile long rows;
        private volatile long total;
        private volatile long stored;
        private volatile long toStore;
        private volatile boolean storing;
        private volatile boolean done;

        void row() {
            rows++;
        }

        void passEnded() {
            if (pass == 0) {
                total = rows;
            }
            pass++;
            rows = 0;
        }

        void storing(long count) {
            toStore = count;
            storing = true;
        }

        void stored() {
            stored++;
        }

        void done() {
            done = true;
        }

        State state() {
            if (done) {
                return new State(100, "Selesai", true);
            }
            if (storing) {
                return new State(66 + (int) (toStore == 0 ? 34 : 34 * stored / toStore),
                        "Menyimpan: " + stored + " dari " + toStore + " data", false);
            }
            if (pass == 0) {
                return new State(rows == 0 ? 0 : 5, "Memeriksa format angka: " + rows + " baris dibaca", false);
            }
            return new State(33 + (int) (total == 0 ? 33 : Math.min(33, 33 * rows / total)),
                    "Membaca baris: " + rows + " dari " + total, false);
        }
    }
}
