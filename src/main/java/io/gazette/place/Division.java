package io.gazette.place;

/**
 * One administrative division.
 *
 * @param code the statistical division code (2 digits for a province, 4 a city, 6 a county, 9 a township)
 * @param level 1 province, 2 city (prefecture level), 3 county (county level), 4 township or street office, 5 village
 *     or residential community
 * @param name the full name (江苏省, 淮安市, 涟水县, 高沟镇)
 * @param parentCode the code of the division it belongs to; null for a province
 */
public record Division(String code, int level, String name, String parentCode) {

    public Division {
        if (code == null || !code.matches("[0-9]{2,12}") || level < 1 || level > 5 || name == null || name.isBlank()) {
            throw new IllegalArgumentException("not a division: " + code + " " + level + " " + name);
        }
    }

    /** The level's name as stored in dim_place: province, city, county, township, village. */
    public String levelName() {
        return switch (level) {
            case 1 -> "province";
            case 2 -> "city";
            case 3 -> "county";
            case 4 -> "township";
            default -> "village";
        };
    }
}
