package io.gazette.place;

import io.gazette.archive.Checksums;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * China's administrative divisions down to townships, by code and by name: the full name (江苏省, 淮安市, 涟水县,
 * 高沟镇) and the short form a paper writes (江苏, 淮安, 涟水). Short forms drop the administrative ending of provinces
 * (省, 市, 自治区 with the peoples named before it), cities (市, 地区, 盟, 自治州 with its peoples) and counties (县, 旗,
 * a county-level 市, 自治县/自治旗 with its peoples); a district (区) keeps its ending unless three characters remain
 * (新华区 is never 新华, the news agency), a township never drops it, and no short form is shorter than two
 * characters. Placeholder cities of the municipalities (市辖区, 县) are kept in the hierarchy but never matched.
 */
public final class Gazetteer {

    private static final String RESOURCE = "/places/divisions.tsv.gz";
    private static final String VILLAGES = "/places/villages.tsv.gz";
    /** The peoples named in the names of autonomous regions, prefectures, counties and banners. */
    private static final List<String> PEOPLES = List.of("维吾尔", "柯尔克孜", "哈萨克", "塔吉克", "乌孜别克", "鄂温克", "鄂伦春",
        "达斡尔", "蒙古", "土家", "朝鲜", "布依", "傈僳", "拉祜", "纳西", "景颇", "仫佬", "毛南", "仡佬", "锡伯", "撒拉", "东乡",
        "保安", "裕固", "独龙", "普米", "阿昌", "德昂", "哈尼", "藏", "回", "苗", "彝", "壮", "满", "侗", "瑶", "白", "傣", "黎",
        "佤", "畲", "水", "羌", "土", "怒", "京", "各");
    private static final List<String> PLACEHOLDERS = List.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private static volatile Gazetteer bundled;

    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> byName = new HashMap<>();
    /** Villages by name, read per city or county when a source's region asks for them (620k in all). */
    private final Map<String, Map<String, List<Division>>> villagesByArea = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Map<String, List<Division>>> localNames = new java.util.concurrent.ConcurrentHashMap<>();

    /** A gazetteer of these divisions. */
    public Gazetteer(Collection<Division> divisions) {
        for (Division d : divisions) {
            byCode.put(d.code(), d);
        }
        for (Division d : divisions) {
            if (PLACEHOLDERS.contains(d.name())) {
                continue;
            }
            add(d.name(), d);
            shortForm(d).ifPresent(s -> add(s, d));
        }
    }

    /** The divisions Gazette ships ({@code places/divisions.tsv.gz}), read once. */
    public static Gazetteer bundled() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = bundled;
                if (g == null) {
                    g = new Gazetteer(read());
                    bundled = g;
                }
            }
        }
        return g;
    }

    /**
     * The SHA-256 of the bundled divisions file: what dim_place is made of, read without parsing it (a warehouse
     * compares it on open to know whether dim_place is current).
     */
    public static String bundledChecksum() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the gazetteer " + RESOURCE + " is not on the class path");
            }
            return Checksums.sha256Hex(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + RESOURCE, e);
        }
    }

    private static List<Division> read() {
        List<Division> divisions = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the gazetteer " + RESOURCE + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t", -1);
                divisions.add(new Division(f[0], Integer.parseInt(f[1]), f[2], f.length > 3 && !f[3].isEmpty() ? f[3] : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + RESOURCE, e);
        }
        return divisions;
    }

    private void add(String name, Division d) {
        List<Division> list = byName.computeIfAbsent(name, n -> new ArrayList<>(1));
        if (!list.contains(d)) {
            list.add(d);
        }
    }

    /** The short form papers write for a division, if it has one. */
    static Optional<String> shortForm(Division d) {
        String name = d.name();
        String stem = switch (d.level()) {
            case 1 -> strip(name, "特别行政区", "自治区", "省", "市");
            case 2 -> strip(name, "自治州", "地区", "市", "盟");
            case 3 -> name.endsWith("区") ? (name.length() >= 4 && !name.endsWith("自治区") ? name.substring(0, name.length() - 1) : null)
                : strip(name, "自治县", "自治旗", "县", "市", "旗");
            default -> null;
        };
        return stem != null && stem.length() >= 2 && !stem.equals(name) ? Optional.of(stem) : Optional.empty();
    }

    /** The name without the first ending it has, and without the peoples named before an autonomous ending. */
    private static String strip(String name, String... endings) {
        for (String ending : endings) {
            if (name.endsWith(ending) && name.length() > ending.length()) {
                String stem = name.substring(0, name.length() - ending.length());
                if (ending.startsWith("自治")) {
                    stem = withoutPeoples(stem);
                }
                return stem;
            }
        }
        return null;
    }

    private static String withoutPeoples(String stem) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            if (stem.endsWith("族")) {
                for (String people : PEOPLES) {
                    String named = people + "族";
                    if (stem.endsWith(named) && stem.length() - named.length() >= 2) {
                        stem = stem.substring(0, stem.length() - named.length());
                        stripped = true;
                        break;
                    }
                }
            }
        }
        return stem;
    }

    /** The divisions a name may be: by full name or short form, province first. */
    public List<Division> candidates(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** A division by code, villages included. */
    public Optional<Division> division(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Division d = byCode.get(code);
        if (d == null && code.length() == 12 && byCode.containsKey(code.substring(0, 6))) {
            d = villagesWithin(byCode.get(code.substring(0, 6))).values().stream().flatMap(List::stream)
                .filter(v -> v.code().equals(code)).findFirst().orElse(null);
        }
        return Optional.ofNullable(d);
    }

    /**
     * The villages and residential communities (龙兴村, 港东社区) within a city, county or township, by name; none
     * within a province (too many to hold, and a village name means nothing without its area).
     */
    public Map<String, List<Division>> villagesWithin(Division area) {
        if (area.level() < 2 || area.level() > 4) {
            return Map.of();
        }
        return villagesByArea.computeIfAbsent(area.code(), this::readVillages);
    }

    private Map<String, List<Division>> readVillages(String prefix) {
        Map<String, List<Division>> villages = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(VILLAGES)) {
            if (in == null) {
                return Map.of();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith(prefix)) {
                    String[] f = line.split("\t", -1);
                    villages.computeIfAbsent(f[1], n -> new ArrayList<>(1)).add(new Division(f[0], 5, f[1], f[2]));
                } else if (line.compareTo(prefix) > 0 && !line.startsWith(prefix)) {
                    break; // sorted by code: past the area
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the villages " + VILLAGES, e);
        }
        return villages;
    }

    /** The division and those above it, itself first. */
    public List<Division> lineage(Division d) {
        List<Division> lineage = new ArrayList<>();
        for (Division at = d; at != null; at = at.parentCode() == null ? null : byCode.get(at.parentCode())) {
            lineage.add(at);
        }
        return lineage;
    }

    /** Whether {@code d} is {@code area} or lies within it. */
    public boolean within(Division d, Division area) {
        return lineage(d).contains(area);
    }

    /**
     * The division a source's region names (江苏省淮安市, 淮安, 全国): the deepest division named in it whose every
     * named ancestor is named there too; empty for a region that names none, or several at the same depth.
     */
    public Optional<Division> region(String region) {
        if (region == null || region.isBlank()) {
            return Optional.empty();
        }
        Map<String, Division> named = new LinkedHashMap<>();
        for (int from = 0; from < region.length(); from++) {
            for (int to = region.length(); to >= from + 2; to--) {
                List<Division> found = candidates(region.substring(from, to));
                if (!found.isEmpty()) {
                    found.forEach(d -> named.put(d.code(), d));
                    from = to - 1;
                    break;
                }
            }
        }
        Division deepest = null;
        boolean tie = false;
        for (Division d : named.values()) {
            // keep a candidate only if the other divisions named are its ancestors (淮安 under 江苏)
            boolean consistent = named.values().stream().allMatch(o -> o == d || within(d, o) || within(o, d));
            if (!consistent) {
                continue;
            }
            if (deepest == null || d.level() > deepest.level()) {
                deepest = d;
                tie = false;
            } else if (d.level() == deepest.level()) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(deepest);
    }

    /**
     * The townships, street offices, villages and communities within an area (a city or county), by full name: the
     * names a local paper writes about that no model may know (its own 街道, 镇, 村, 社区).
     */
    public Map<String, List<Division>> localNamesWithin(Division area) {
        if (area.level() < 2 || area.level() > 4) {
            return Map.of();
        }
        return localNames.computeIfAbsent(area.code(), code -> {
            Map<String, List<Division>> names = new HashMap<>();
            for (Division d : byCode.values()) {
                if (d.level() == 4 && d.code().startsWith(code)) {
                    names.computeIfAbsent(d.name(), n -> new ArrayList<>(1)).add(d);
                }
            }
            villagesWithin(area).forEach((name, list) -> names.computeIfAbsent(name, n -> new ArrayList<>(1)).addAll(list));
            return names;
        });
    }

    /** Every division, for dim_place. */
    public Collection<Division> divisions() {
        return byCode.values();
    }
}
