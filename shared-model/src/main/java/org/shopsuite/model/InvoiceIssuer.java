package org.shopsuite.model;

/**
 * Who issued an invoice, as the shop's settings stood at the moment of issue: printed on the
 * invoice for good, whatever the settings say later. {@code businessRegistrationNumber}
 * (사업자등록번호, {@code NNN-NN-NNNNN}) and {@code representative} (대표자) may be null.
 */
public record InvoiceIssuer(
        String name, String address, String phone, String businessRegistrationNumber, String representative) {}
