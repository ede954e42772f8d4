/**
 * Pure Java normalisation: Chinese and Arabic numbers, units, qualifiers and ranges into exact values,
 * and dates relative to the edition date. No HanLP, no Spring.
 */
package io.gazette.normalize;
