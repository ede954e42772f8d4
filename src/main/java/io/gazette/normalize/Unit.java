package io.gazette.normalize;

import java.math.BigDecimal;

/**
 * A unit code of dim_unit with its factor to the base unit.
 *
 * @param code the unit code
 * @param dimension money, ratio, area, length, mass, power, energy, volume, count or duration
 * @param factorToBase multiply a value in this unit by it to get the base unit
 */
public record Unit(String code, String dimension, BigDecimal factorToBase) {
}
