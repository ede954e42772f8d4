package io.gazette.nlp;

import edu.stanford.nlp.util.Index;
import java.io.Writer;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * A read-only {@link Index} of a trained model's feature strings, packed into three arrays. CoreNLP keeps a CRF's
 * features in a {@code HashIndex}: a String, an Integer and a hash-map node per feature, about 110 bytes each and
 * millions of objects for the Chinese models (some 600 MB of the 870 MB they hold). Classification only asks which
 * number a feature has, so the same answers fit in the characters themselves plus two ints per feature, and the
 * garbage collector has a few arrays to trace instead of millions of objects.
 *
 * <p>Features are looked up by open addressing on {@link String#hashCode()}. Thread-safe: nothing changes after
 * construction.
 */
final class PackedFeatureIndex implements Index<String> {

    private static final long serialVersionUID = 1L;

    private final char[] characters;
    /** Where feature i starts in {@link #characters}; entry {@code size} is the end of the last one. */
    private final int[] starts;
    /** Open-addressing table of feature number + 1 (0 = empty), its length a power of two at least twice the size. */
    private final int[] slots;

    PackedFeatureIndex(List<String> features) {
        int size = features.size();
        long total = 0;
        for (String feature : features) {
            total += feature.length();
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("too many feature characters to pack: " + total);
        }
        characters = new char[(int) total];
        starts = new int[size + 1];
        int at = 0;
        for (int i = 0; i < size; i++) {
            String feature = features.get(i);
            feature.getChars(0, feature.length(), characters, at);
            starts[i] = at;
            at += feature.length();
        }
        starts[size] = at;
        slots = new int[Math.max(16, Integer.highestOneBit(Math.max(1, size) * 2 - 1) << 1)];
        int mask = slots.length - 1;
        for (int i = 0; i < size; i++) {
            int slot = spread(features.get(i).hashCode()) & mask;
            while (slots[slot] != 0) {
                if (matches(slots[slot] - 1, features.get(i))) {
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (slots[slot] == 0) {
                slots[slot] = i + 1;
            }
        }
    }

    /** Packs a model's index when it is large enough to matter; returns it unchanged otherwise. */
    static Index<String> pack(Index<String> index) {
        return index == null || index instanceof PackedFeatureIndex || index.size() < 1024
            ? index : new PackedFeatureIndex(index.objectsList());
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private boolean matches(int index, String feature) {
        int from = starts[index];
        int length = starts[index + 1] - from;
        if (length != feature.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (characters[from + k] != feature.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int size() {
        return starts.length - 1;
    }

    @Override
    public String get(int i) {
        if (i < 0 || i >= size()) {
            throw new ArrayIndexOutOfBoundsException("feature " + i + " of " + size());
        }
        return new String(characters, starts[i], starts[i + 1] - starts[i]);
    }

    @Override
    public int indexOf(String feature) {
        if (feature == null) {
            return -1;
        }
        int mask = slots.length - 1;
        int slot = spread(feature.hashCode()) & mask;
        while (slots[slot] != 0) {
            int index = slots[slot] - 1;
            if (matches(index, feature)) {
                return index;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    @Override
    public int addToIndex(String feature) {
        int index = indexOf(feature);
        if (index < 0) {
            throw new UnsupportedOperationException("a trained model's feature index is read-only");
        }
        return index;
    }

    @Override
    @Deprecated
    public int indexOf(String feature, boolean add) {
        return add ? addToIndex(feature) : indexOf(feature);
    }

    @Override
    public List<String> objectsList() {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return PackedFeatureIndex.this.get(index);
            }

            @Override
            public int size() {
                return PackedFeatureIndex.this.size();
            }
        };
    }

    @Override
    public Collection<String> objects(int[] indices) {
        List<String> objects = new ArrayList<>(indices.length);
        for (int index : indices) {
            objects.add(get(index));
        }
        return objects;
    }

    @Override
    public boolean isLocked() {
        return true;
    }

    @Override
    public void lock() {
        // always locked
    }

    @Override
    public void unlock() {
        throw new UnsupportedOperationException("a trained model's feature index is read-only");
    }

    @Override
    public void saveToWriter(Writer out) {
        throw new UnsupportedOperationException("a packed feature index is not saved");
    }

    @Override
    public void saveToFilename(String file) {
        throw new UnsupportedOperationException("a packed feature index is not saved");
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String feature && indexOf(feature) >= 0;
    }

    @Override
    public boolean add(String feature) {
        throw new UnsupportedOperationException("a trained model's feature index is read-only");
    }

    @Override
    public boolean addAll(Collection<? extends String> features) {
        throw new UnsupportedOperationException("a trained model's feature index is read-only");
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("a trained model's feature index is read-only");
    }

    @Override
    public Iterator<String> iterator() {
        return objectsList().iterator();
    }
}
