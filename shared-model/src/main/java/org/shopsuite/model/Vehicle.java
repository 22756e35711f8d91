package org.shopsuite.model;

/** The customer's car, as far as the counter knows it. */
public record Vehicle(String vin, String make, String model, Integer year, Integer mileageKm) {}
