package org.akuntabel.registers.importing;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A compact, unmodifiable field → value map over an array (a plan of 100 000 rows keeps 100 000 of these).
 * Fields marked {@link #ABSENT} (no column in the file) are not in the map; {@code null} values are.
 */
final class FieldValues extends AbstractMap<String, Object> {

    static final Object ABSENT = new Object();

    private final List<ImportField> fields;
    private final Object[] values;
    private final int size;

    FieldValues(List<ImportField> fields, Object[] values) {
        this.fields = fields;
        this.values = values;
        int present = 0;
        for (Object value : values) {
            if (value != ABSENT) {
                present++;
            }
        }
        this.size = present;
    }

    @Override
    public Object get(Object key) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != ABSENT && fields.get(i).name().equals(key)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != ABSENT && fields.get(i).name().equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < values.length && values[i] == ABSENT) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Object> entry = new SimpleImmutableEntry<>(fields.get(next).name(), values[next]);
                        next = advance(next + 1);
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public Object put(String key, Object value) {
        throw new UnsupportedOperationException();
    }

    static Map<String, Object> of(List<ImportField> fields, Object[] values) {
        return new FieldValues(fields, values);
    }
}
